import { normaliseName } from './header.ts';
import type { Problem } from './problem.ts';
import type { RawTable } from './read-table.ts';
import { columnIndex } from './schema.ts';
import { columnLetters, sheetOf } from './sheet-file.ts';

/**
 * The problems of a workbook's sheets with the column's letters as Excel
 * shows them (`Spalte F`), found from the sheet's header by the problem's
 * column (canonical name, alias or header text as typed). Problems of other
 * files, and those that name no column, are returned as they are.
 */
export function withSheetColumns(
  problems: readonly Problem[],
  tables: readonly RawTable[],
): Problem[] {
  const letters = new Map<string, Map<string, string>>();
  for (const t of tables) {
    if (!sheetOf(t.file) || letters.has(t.file)) continue;
    const index = columnIndex(t.spec);
    const byName = new Map<string, string>();
    t.header.forEach((h, i) => {
      const key = normaliseName(h);
      if (!key) return;
      const canonical = index.get(key)?.name;
      if (canonical && !byName.has(canonical)) byName.set(canonical, columnLetters(i));
      if (!byName.has(h)) byName.set(h, columnLetters(i));
    });
    letters.set(t.file, byName);
  }
  if (!letters.size) return [...problems];
  return problems.map((p) => {
    const letter = p.column && !p.sheetColumn ? letters.get(p.file)?.get(p.column) : undefined;
    return letter ? { ...p, sheetColumn: letter } : p;
  });
}
