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

/** How many rows are held, over all tables. */
export function heldCount(held: readonly HeldRows[] | undefined): number {
  let n = 0;
  for (const h of held ?? []) n += h.rows.length;
  return n;
}
