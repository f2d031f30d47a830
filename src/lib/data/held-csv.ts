import { toCsv } from './csv-export.ts';
import type { HeldRows } from './held-rows.ts';
import { TABLES, type TableName } from './schema.ts';

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
