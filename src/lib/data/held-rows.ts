import { toCsv } from './csv-export.ts';
import type { CsvRow } from './csv.ts';
import { TABLES, type TableName } from './schema.ts';

/**
 * Rows staff typed that are not used because of a Fehler ("zurückgestellt"):
 * kept as typed, listed on the Daten page and written into every bundle and
 * stored version as `problemzeilen/<table>.csv`, so that nothing typed is lost
 * and the rows can be fixed and imported again.
 */
export interface HeldRows {
  table: TableName;
  /** The file they came from. */
  file: string;
  /** Its header as typed. */
  header: readonly string[];
  rows: readonly CsvRow[];
}

/** Folder of held rows inside a bundle. */
export const HELD_FOLDER = 'problemzeilen';

/** The name of the held rows of a table in a bundle or stored version. */
export const heldFileName = (table: TableName) => `${HELD_FOLDER}/${table}.csv`;

/** The name to download them under (a file picker shows no folders). */
export const heldDownloadName = (table: TableName) => `${HELD_FOLDER}-${table}.csv`;

/**
 * The table whose held rows a file holds: `problemzeilen/stellen.csv` (in a
 * bundle) or `problemzeilen-stellen.csv` (downloaded, fixed, uploaded again);
 * null for every other file.
 */
export function heldTableOf(fileName: string): TableName | null {
  const m = /(?:^|[\\/])problemzeilen[\\/ _-]+([a-z]+)[^\\/]*\.(?:csv|txt|tsv)$/i.exec(fileName);
  const name = m?.[1]?.toLowerCase();
  return TABLES.find((t) => t.name === name)?.name ?? null;
}

/** The raw rows of a file that no record came from: what a Fehler kept out. */
export function unusedRows(rows: readonly CsvRow[], usedLines: Iterable<number>): CsvRow[] {
  let max = 0;
  for (const r of rows) if (r.line > max) max = r.line;
  const used = new Uint8Array(max + 1);
  for (const line of usedLines) if (line <= max) used[line] = 1;
  return rows.filter((r) => !used[r.line] && r.cells.some((c) => c.trim() !== ''));
}

/**
 * The held rows of one table as one CSV (Excel-ready, like every export):
 * the columns of all their files in order of appearance, each cell as typed.
 */
export function heldCsv(groups: readonly HeldRows[]): string {
  const header: string[] = [];
  const at = new Map<string, number>();
  for (const g of groups)
    g.header.forEach((name, i) => {
      const key = name || `Spalte ${i + 1}`;
      if (!at.has(key)) {
        at.set(key, header.length);
        header.push(key);
      }
    });
  const rows: string[][] = [];
  for (const g of groups) {
    const index = g.header.map((name, i) => at.get(name || `Spalte ${i + 1}`)!);
    for (const r of g.rows) {
      const out = new Array<string>(header.length).fill('');
      r.cells.forEach((c, i) => {
        if (i < index.length) out[index[i]!] = c;
      });
      rows.push(out);
    }
  }
  return toCsv(header, rows);
}

/** Held rows per table, in table order. */
export function heldByTable(held: readonly HeldRows[]): Map<TableName, HeldRows[]> {
  const out = new Map<TableName, HeldRows[]>();
  for (const spec of TABLES) {
    const groups = held.filter((h) => h.table === spec.name && h.rows.length > 0);
    if (groups.length) out.set(spec.name, groups);
  }
  return out;
}
