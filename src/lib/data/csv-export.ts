import { neutralise, restoreNeutralised } from './neutralise.ts';
import type { Post } from './types.ts';
import { STELLEN, type ColumnSpec, type TableSpec } from './schema.ts';
import type { AreaRef } from './cell.ts';
import type { IsoDate } from './dates.ts';

import { germanDate } from './german-date.ts';

export { germanDate, neutralise, restoreNeutralised };

/** A cell: text, a number (written with decimal comma), or empty. */
export type Cell = string | number | null | undefined;

/** One cell for a German Excel CSV: decimal comma, quotes where needed, formula-safe. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value).replace('.', ',') : neutralise(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file Excel opens right: UTF-8 with BOM, `;`, CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/**
 * Lists are written with ` | ` (DATA-FORMAT.md): German Excel and LibreOffice
 * read `05970024,05970020` as one decimal number and destroy it on saving.
 */
export const LIST_SEPARATOR = ' | ';

/** A record's value as staff type it in its column: German dates, lists with ` | `, a region by name. */
export function cellOf(column: ColumnSpec, value: unknown): Cell {
  if (value === undefined || value === null) return null;
  switch (column.type.kind) {
    case 'date': {
      const d = value as IsoDate;
      return germanDate(d.iso, d.time);
    }
    case 'ags-list-or-region': {
      const area = value as AreaRef;
      return area.kind === 'region' ? area.name : area.codes.join(LIST_SEPARATOR);
    }
    case 'ags-list':
    case 'baustein-list':
      return (value as readonly (string | number)[]).join(LIST_SEPARATOR);
    default:
      return value as string | number;
  }
}

/**
 * A table's header and its records as rows, in the order of the table spec
 * (DATA-FORMAT.md). `cell` makes each cell (default: as staff type it in a
 * CSV; the Excel export keeps dates and numbers typed).
 */
export function tableRows(spec: TableSpec, records: readonly object[]): [string[], Cell[][]];
export function tableRows<C>(
  spec: TableSpec,
  records: readonly object[],
  cell: (column: ColumnSpec, value: unknown) => C,
): [string[], C[][]];
export function tableRows(
  spec: TableSpec,
  records: readonly object[],
  cell: (column: ColumnSpec, value: unknown) => unknown = cellOf,
): [string[], unknown[][]] {
  const columns = spec.columns;
  const header = columns.map((c) => c.name);
  const rows = records.map((r) => {
    const values = r as Record<string, unknown>;
    return columns.map((c) => cell(c, values[c.field]));
  });
  return [header, rows];
}

/** The `stellen.csv` columns and the posts as rows (DATA-FORMAT.md). */
export function postRows(posts: readonly Post[]): [string[], Cell[][]] {
  return tableRows(STELLEN, posts);
}

/** Posts in the `stellen.csv` format of DATA-FORMAT.md. */
export function postsToCsv(posts: readonly Post[]): string {
  const [header, rows] = postRows(posts);
  return toCsv(header, rows);
}
