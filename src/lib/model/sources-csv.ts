import { toCsv } from '../data/csv-export.ts';
import type { SourceRef } from './sources.ts';

/** Every source of a figure as CSV: the list the page shortens, in full. */
export function sourcesCsv(refs: readonly SourceRef[]): string {
  return toCsv(
    ['quelle', 'beleg', 'zeilen', 'fundstellen'],
    refs.map((r) => [
      r.text,
      r.evidence,
      r.rows.length,
      r.rows.map((row) => `${row.file} ${row.line}`).join(' | '),
    ]),
  );
}
