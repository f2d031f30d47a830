import { describe, expect, it } from 'vitest';
import { readBundle } from '../../../src/lib/data/bundle-read.ts';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { bundleZip, complementFiles, tableCsv } from '../../../src/lib/data/export-tables.ts';
import { heldByTable, heldCsv } from '../../../src/lib/data/held-csv.ts';
import { heldTableOf } from '../../../src/lib/data/held-rows.ts';
import { tableOf } from '../../../src/lib/data/read-table.ts';
import { file, gazetteer, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

const STELLEN = `${STELLEN_HEADER};Büro
A;05970;2;kommune;S;1;besetzt;R1
B;05970;2;kommune;S;viel;besetzt;R2
C;05999;2;kommune;S;1;besetzt;R3
A;05970;2;kommune;S;0,5;besetzt;R4
D;05970;2;kommune;S;1;besetzt;R5
`;
const build = (files = [file('stellen.csv', STELLEN), file('termine.csv', TERMINE_OK)]) =>
  buildDataset(files, gazetteer);

describe('rows with a Fehler are held, not lost', () => {
  const ds = build();

  it('keeps every unused row as typed, with its line', () => {
    expect(ds.posts.map((p) => p.id)).toEqual(['A', 'D']);
    expect(ds.held).toHaveLength(1);
    const held = ds.held![0]!;
    expect(held).toMatchObject({ table: 'stellen', file: 'stellen.csv' });
    expect(held.rows.map((r) => [r.line, r.cells[0], r.cells[5], r.cells[7]])).toEqual([
      [3, 'B', 'viel', 'R2'],
      [4, 'C', '1', 'R3'],
      [5, 'A', '0,5', 'R4'],
    ]);
  });

  it('reports a repeated id also when an earlier row has another Fehler', () => {
    const rows = `${STELLEN_HEADER}\nX;05970;2;kommune;S;viel;besetzt\nX;05970;2;kommune;S;1;besetzt\nX;05970;2;kommune;S;zwei;besetzt\n`;
    const d = build([file('stellen.csv', rows), file('termine.csv', TERMINE_OK)]);
    expect(d.posts).toEqual([]);
    const dup = d.problems.filter((p) => p.column === 'id');
    expect(dup.map((p) => [p.line, p.message])).toEqual([
      [3, 'Die id „X“ gibt es im Szenario „Ist“ schon (Zeile 2); diese Zeile wird nicht genutzt.'],
      [4, 'Die id „X“ gibt es im Szenario „Ist“ schon (Zeile 2); diese Zeile wird nicht genutzt.'],
    ]);
    expect(d.held![0]!.rows).toHaveLength(3);
  });

  it('travels in the bundle as problemzeilen/stellen.csv and comes back held', () => {
    const zip = readBundle(bundleZip(ds));
    expect(zip.files.map((f) => f.name)).toContain('problemzeilen/stellen.csv');
    const again = buildDataset(zip.files, gazetteer);
    const key = (d: typeof ds) => d.posts.map((p) => [p.id, p.fte, [...p.extra]]);
    expect(key(again)).toEqual(key(ds)); // lines change: the bundle holds only used rows
    expect(again.held!.map((h) => h.rows.map((r) => r.cells.join(';')))).toEqual([
      [
        'B;05970;2;kommune;S;viel;besetzt;R2',
        'C;05999;2;kommune;S;1;besetzt;R3',
        'A;05970;2;kommune;S;0,5;besetzt;R4',
      ],
    ]);
    expect(again.problems.filter((p) => p.severity === 'Fehler')).toHaveLength(3);
  });

  it('stays when another table is uploaded; fixed rows re-imported join their table', () => {
    const { files } = complementFiles(ds, [file('termine.csv', TERMINE_OK)], new Set(['termine']));
    expect(files.map((f) => f.name)).toContain('problemzeilen/stellen.csv');
    expect(build(files).held![0]!.rows).toHaveLength(3);

    // Staff download the held rows, fix two in Excel and upload the file again.
    const fixed = heldCsv(heldByTable(ds.held!).get('stellen')!)
      .replace(';viel;', ';1;')
      .replace('C;05999', 'C;05970');
    const upload = file('problemzeilen-stellen.csv', fixed);
    expect(tableOf(upload)).toBeNull(); // never replaces stellen.csv
    expect(heldTableOf(upload.name)).toBe('stellen');
    const next = complementFiles(ds, [upload], new Set());
    const after = build(next.files);
    expect(after.posts.map((p) => p.id).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(after.held![0]!.rows.map((r) => r.cells[0])).toEqual(['A']); // still a repeated id
    expect(tableCsv(after, 'stellen')).toContain('B;05970');
  });
});
