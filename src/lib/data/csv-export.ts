import { neutralise, restoreNeutralised } from './neutralise.ts';
import type { Post } from './types.ts';
import { STELLEN } from './schema.ts';

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

/** The `stellen.csv` columns and the posts as rows (DATA-FORMAT.md). */
export function postRows(posts: readonly Post[]): [string[], Cell[][]] {
  // The columns in the order of the table spec (schema.ts), which DATA-FORMAT.md documents.
  const header = STELLEN.columns.map((c) => c.name);
  const rows = posts.map((p): Cell[] => [
    p.id,
    p.body,
    p.baustein,
    p.role,
    p.area ? (p.area.kind === 'region' ? p.area.name : p.area.codes.join(',')) : null,
    p.carrierType,
    p.carrier,
    p.fte,
    p.status,
    germanDate(p.start?.iso),
    germanDate(p.end?.iso),
    p.fundingPerYear,
    p.costPerYear,
    p.scenario,
    p.source,
    germanDate(p.asOf?.iso),
    p.evidence,
    p.note,
  ]);
  return [header, rows];
}

/** Posts in the `stellen.csv` format of DATA-FORMAT.md. */
export function postsToCsv(posts: readonly Post[]): string {
  const [header, rows] = postRows(posts);
  return toCsv(header, rows);
}
