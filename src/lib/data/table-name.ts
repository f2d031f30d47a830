import { normaliseName } from './header.ts';
import { columnIndex, TABLES, type TableSpec } from './schema.ts';
import { sheetOf } from './sheet-file.ts';

/**
 * Finds the table by file name (`stellen*.csv`) or, for a workbook's sheet,
 * by the sheet's name (`Stellen 2024`); case- and umlaut-insensitive.
 */
export function tableByName(fileName: string): TableSpec | undefined {
  const sheet = sheetOf(fileName)?.sheet;
  const base = normaliseName(
    sheet ?? fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|txt|tsv)$/i, ''),
  );
  return TABLES.find((t) => base.startsWith(t.name));
}

/** Finds the table whose required columns all appear in the header; the best match wins. */
export function tableByHeader(header: readonly string[]): TableSpec | undefined {
  let best: { spec: TableSpec; score: number } | undefined;
  for (const spec of TABLES) {
    const index = columnIndex(spec);
    const found = new Set(header.map((h) => index.get(normaliseName(h))?.name).filter(Boolean));
    const complete = spec.columns.every((c) => !c.required || found.has(c.name));
    if (complete && (!best || found.size > best.score)) best = { spec, score: found.size };
  }
  return best?.spec;
}

/** The table a file (or sheet) is: by its name, else by its header (the one rule for both). */
export function recogniseTable(name: string, header: readonly string[]): TableSpec | undefined {
  return tableByName(name) ?? tableByHeader(header);
}
