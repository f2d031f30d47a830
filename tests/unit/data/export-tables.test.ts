import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { bundleZip, tableCsv, templateCsv } from '../../../src/lib/data/export-tables.ts';
import { readBundle } from '../../../src/lib/data/bundle-read.ts';
import { TABLES } from '../../../src/lib/data/schema.ts';
import { file, gazetteer, shippedFiles, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

const ds = buildDataset(shippedFiles(), gazetteer);

describe('bundleZip / readBundle', () => {
  it('re-imports the shipped dataset unchanged', () => {
    const again = buildDataset(readBundle(bundleZip(ds)).files, gazetteer);
    // The same problems as the original (totals above 5 VZÄ are Warnungen), no new ones.
    expect(again.problems).toEqual(ds.problems);
    expect(again.problems.filter((p) => p.severity !== 'Warnung')).toEqual([]);
    expect(again.manifest).toEqual(ds.manifest);
    for (const key of ['posts', 'regions', 'events', 'obliged', 'population'] as const)
      expect(again[key]).toEqual(ds[key]);
  });

  it('is deterministic (same bytes for the same data)', () => {
    expect(bundleZip(ds)).toEqual(bundleZip(ds));
  });

  it('keeps unknown columns and hostile text through a round trip', () => {
    const tricky = buildDataset(
      [
        file(
          'stellen.csv',
          `${STELLEN_HEADER};Büro;anmerkung\nA;05970;2;kommune;"=HYPERLINK(""x"")";0,5;besetzt;"Raum 1; Flur";"Zeile 1\n+Zeile 2 € ü"\n`,
        ),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    expect(tricky.problems.filter((p) => p.severity !== 'Hinweis')).toEqual([]);
    const again = buildDataset(readBundle(bundleZip(tricky)).files, gazetteer);
    expect(again.posts).toEqual(tricky.posts);
    expect(tableCsv(tricky, 'stellen')).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('keeps columns named like Object members (toString, __proto__ …), empty cells included', () => {
    const names = ['toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty'];
    const ds2 = buildDataset(
      [
        file(
          'stellen.csv',
          `${STELLEN_HEADER};${names.join(';')}\nA;05970;2;kommune;S;1;besetzt;;;;;\nB;05970;2;kommune;S;1;besetzt;a;b;c;d;e\n`,
        ),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    const csv = tableCsv(ds2, 'stellen');
    expect(csv.split('\r\n')[0]).toMatch(new RegExp(`;anmerkung;${names.join(';')}$`));
    expect(csv.split('\r\n')[1]).toMatch(/;;;;;$/);
    expect(csv.split('\r\n')[2]).toMatch(/;a;b;c;d;e$/);
    const again = buildDataset(readBundle(bundleZip(ds2)).files, gazetteer);
    expect([...again.posts[1]!.extra]).toEqual(names.map((n, i) => [n, 'abcde'[i]]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('templateCsv', () => {
  it.each(TABLES.map((t) => t.name))('%s: header and an example row that validate', (name) => {
    const csv = templateCsv(name);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const files = [file(`${name}.csv`, csv)];
    if (name !== 'termine') files.push(file('termine.csv', TERMINE_OK));
    if (name !== 'stellen')
      files.push(file('stellen.csv', `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`));
    if (name === 'stellen')
      files.push(
        file(
          'regionen.csv',
          'region;koerperschaft;gemeinden\nWittgenstein;05970;05970004,05970028,05970012\n',
        ),
      );
    const ds2 = buildDataset(files, gazetteer);
    expect(ds2.problems).toEqual([]);
    expect(ds2.tables[name]).toMatchObject({ rows: 1, records: 1 });
  });
});

import { complementFiles } from '../../../src/lib/data/export-tables.ts';

describe('complementFiles', () => {
  it('keeps the tables and manifest the upload does not contain', () => {
    const upload = [file('stellen.csv', `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`)];
    const { files, kept } = complementFiles(ds, upload, new Set(['stellen']));
    expect(kept).toEqual(['regionen', 'termine', 'ausreisepflichtige', 'bevoelkerung']);
    const merged = buildDataset(files, gazetteer);
    expect(merged.problems).toEqual([]);
    expect(merged.posts.map((p) => p.id)).toEqual(['A']);
    expect(merged.events).toEqual(ds.events);
    expect(merged.manifest.titel).toBe(ds.manifest.titel);
  });
});
