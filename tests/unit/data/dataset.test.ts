import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import type { Problem } from '../../../src/lib/data/problem.ts';
import { file, gazetteer, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

const only = (problems: readonly Problem[], severity: Problem['severity']) =>
  problems.filter((p) => p.severity === severity);

function stellen(
  rows: string[],
  header = STELLEN_HEADER,
  encoding: Parameters<typeof file>[2] = 'utf-8',
) {
  return buildDataset(
    [
      file('stellen.csv', [header, ...rows].join('\r\n') + '\r\n', encoding),
      file('termine.csv', TERMINE_OK),
    ],
    gazetteer,
  );
}

describe('buildDataset', () => {
  it('reads a Windows-1252 file with Körperschaft;VZÄ headers, 0,5 and 16.11.2022', () => {
    const ds = stellen(
      ['SI-1;05970;2;freier Träger;Caritasverband Siegen-Wittgenstein e.V.;0,5;besetzt;16.11.2022'],
      'ID;Körperschaft;Baustein;Trägertyp;Träger;VZÄ;Status;Beginn',
      'windows-1252',
    );
    expect(ds.problems).toEqual([]);
    expect(ds.tables.stellen).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      rows: 1,
      records: 1,
    });
    expect(ds.posts[0]).toMatchObject({
      id: 'SI-1',
      body: '05970',
      baustein: 2,
      carrierType: 'frei',
      carrier: 'Caritasverband Siegen-Wittgenstein e.V.',
      fte: 0.5,
      start: { iso: '2022-11-16', precision: 'day' },
      scenario: 'Ist',
      line: 2,
    });
  });

  it('reads UTF-8 with BOM, CRLF and trailing empty lines', () => {
    const ds = buildDataset(
      [
        file(
          'stellen.csv',
          `${STELLEN_HEADER}\r\nA;05970;Baustein 2;Wohlfahrtsverband;Diakonie;1;besetzt\r\n\r\n\r\n`,
          'utf-8-bom',
        ),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    expect(ds.problems).toEqual([]);
    expect(ds.posts).toHaveLength(1);
    expect(ds.posts[0]).toMatchObject({ id: 'A', baustein: 2, carrierType: 'frei' });
    expect(ds.tables.stellen).toMatchObject({ encoding: 'utf-8', rows: 1, records: 1 });
  });

  it('keeps Excel row numbers after a quoted line break', () => {
    const ds = stellen([
      'A;05970;2;kommune;"Stadt\nSiegen";1;besetzt',
      'B;05999;2;kommune;Stadt Siegen;1;besetzt',
    ]);
    const p = only(ds.problems, 'Fehler')[0]!;
    expect(p).toMatchObject({ line: 3, column: 'koerperschaft', value: '05999' });
    expect(ds.posts[0]!.carrier).toBe('Stadt\nSiegen');
  });

  it('restores AGS 5970040 with a Warnung', () => {
    const ds = stellen(['A;5970;2;kommune;Stadt Siegen;1;besetzt'], `${STELLEN_HEADER}`);
    const ds2 = buildDataset(
      [
        file('ausreisepflichtige.csv', 'stichtag;ags;anzahl\n31.07.2024;5970040;216\n'),
        file('stellen.csv', `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    expect(ds.posts[0]!.body).toBe('05970');
    const w = only(ds2.problems, 'Warnung');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({
      table: 'ausreisepflichtige',
      line: 2,
      column: 'ags',
      value: '5970040',
    });
    expect(w[0]!.message).toContain('05970040');
    expect(ds2.obliged[0]).toMatchObject({ ags: '05970040', count: 216 });
  });

  it('makes an unknown AGS a Fehler naming the code, and does not use the row', () => {
    const ds = stellen(['A;05999;2;kommune;S;1;besetzt', 'B;05970;2;kommune;S;1;besetzt']);
    const f = only(ds.problems, 'Fehler');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('05999');
    expect(f[0]).toMatchObject({
      table: 'stellen',
      file: 'stellen.csv',
      line: 2,
      column: 'koerperschaft',
    });
    expect(ds.posts.map((p) => p.id)).toEqual(['B']);
    expect(ds.tables.stellen).toMatchObject({ rows: 2, records: 1 });
  });

  it('makes an Excel serial date a Fehler with a hint', () => {
    const ds = stellen(['A;05970;2;kommune;S;1;besetzt;44881'], `${STELLEN_HEADER};beginn`);
    const f = only(ds.problems, 'Fehler');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 2, column: 'beginn', value: '44881' });
    expect(f[0]!.hint).toContain('16.11.2022');
  });

  it('reports a missing required column once, at table level', () => {
    const ds = stellen(
      ['A;05970;2;kommune;S;besetzt', 'B;05970;2;kommune;S;besetzt'],
      'id;koerperschaft;baustein;traeger_typ;traeger;status',
    );
    const f = only(ds.problems, 'Fehler');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ table: 'stellen', line: null, column: null });
    expect(f[0]!.message).toContain('vzae');
    expect(ds.posts).toEqual([]);
  });

  it('reports an empty file and a binary file as one clear Fehler each', () => {
    const ds = buildDataset(
      [
        { name: 'stellen.csv', bytes: new Uint8Array() },
        { name: 'termine.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) },
      ],
      gazetteer,
    );
    const empty = ds.problems.filter((p) => p.file === 'stellen.csv');
    const binary = ds.problems.filter((p) => p.file === 'termine.xlsx');
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ severity: 'Fehler', message: 'Die Datei ist leer.' });
    expect(binary).toHaveLength(1);
    expect(binary[0]!.severity).toBe('Fehler');
    expect(binary[0]!.message).toContain('Binärdaten');
    expect(binary[0]!.hint).toContain('CSV');
  });

  it('reports unknown columns as a Hinweis and keeps their values', () => {
    const ds = stellen(['A;05970;2;kommune;S;1;besetzt;Raum 12'], `${STELLEN_HEADER};Büro`);
    expect(ds.problems).toHaveLength(1);
    expect(ds.problems[0]).toMatchObject({ severity: 'Hinweis', column: 'Büro', line: 1 });
    expect([...ds.posts[0]!.extra]).toEqual([['Büro', 'Raum 12']]);
  });

  it('recognises a file by its header when the name says nothing', () => {
    const ds = buildDataset(
      [
        file('Export (3).csv', 'Stichtag;AGS;Einwohner\n31.12.2019;05970040;102.770\n'),
        file('stellen.csv', `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    expect(ds.problems).toEqual([]);
    expect(ds.population[0]).toMatchObject({ ags: '05970040', inhabitants: 102770 });
  });

  it('reports an unrecognised table and missing required tables', () => {
    const ds = buildDataset([file('notizen.csv', 'foo;bar\n1;2\n')], gazetteer);
    const messages = ds.problems.map((p) => p.message);
    expect(messages.some((m) => m.startsWith('Unbekannte Tabelle'))).toBe(true);
    expect(messages).toContain('Die Pflichttabelle „stellen.csv“ fehlt.');
    expect(messages).toContain('Die Pflichttabelle „termine.csv“ fehlt.');
  });

  it('requires ids unique per scenario, not across scenarios', () => {
    const ds = stellen(
      [
        'A;05970;2;kommune;S;1;besetzt;Ist',
        'A;05970;2;frei;T;1;geplant;Antrag X',
        'A;05970;2;kommune;S;1;besetzt;',
      ],
      `${STELLEN_HEADER};szenario`,
    );
    const f = only(ds.problems, 'Fehler');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 4, column: 'id' });
    expect(f[0]!.message).toContain('Zeile 2');
    expect(ds.posts.map((p) => p.scenario)).toEqual(['Ist', 'Antrag X']);
  });

  it('resolves regions by name within the body and warns on unresolved ones', () => {
    const ds = buildDataset(
      [
        file(
          'regionen.csv',
          'region;koerperschaft;gemeinden\nWittgenstein;05970;05970004,05970028,05970012\n',
        ),
        file(
          'stellen.csv',
          `${STELLEN_HEADER};einsatzgebiet\nA;05970;2;kommune;S;1;besetzt;wittgenstein\nB;05970;2;kommune;S;1;besetzt;Siegerland\nC;05970;2;kommune;S;1;besetzt;05970040|05970024\n`,
        ),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    expect(ds.posts[0]!.area).toEqual({ kind: 'region', name: 'Wittgenstein' });
    expect(ds.posts[1]!.area).toBeNull();
    expect(ds.posts[2]!.area).toEqual({ kind: 'ags', codes: ['05970040', '05970024'] });
    const w = only(ds.problems, 'Warnung');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ line: 3, column: 'einsatzgebiet', value: 'Siegerland' });
  });

  it('checks row rules: ende before beginn, geduldet above anzahl, bis before datum', () => {
    const ds = buildDataset(
      [
        file(
          'stellen.csv',
          `${STELLEN_HEADER};beginn;ende\nA;05970;2;kommune;S;1;besetzt;01.01.2023;31.12.2022\n`,
        ),
        file(
          'termine.csv',
          'datum;bis;art;koerperschaft;titel\n16.01.2025;19.12.2024;frist;NRW;Fenster\n',
        ),
        file('ausreisepflichtige.csv', 'stichtag;ags;anzahl;davon_geduldet\n2024;05970;10;11\n'),
      ],
      gazetteer,
    );
    expect(only(ds.problems, 'Fehler').map((p) => [p.table, p.column])).toEqual([
      ['stellen', 'ende'],
      ['termine', 'bis'],
      ['ausreisepflichtige', 'davon_geduldet'],
    ]);
    expect(ds.posts).toEqual([]);
    expect(ds.events).toEqual([]);
    expect(ds.obliged).toEqual([]);
  });

  it('lists every problem of a bad row at once and never throws', () => {
    const ds = stellen(['A;05999;7;egal;;-1;fertig']);
    const cols = only(ds.problems, 'Fehler')
      .map((p) => p.column)
      .sort();
    expect(cols).toEqual(['baustein', 'koerperschaft', 'status', 'traeger', 'traeger_typ', 'vzae']);
    for (const p of ds.problems) {
      expect(p.message.length).toBeGreaterThan(10);
      expect(p.hint.length).toBeGreaterThan(10);
    }
  });

  it('does not modify its input files', () => {
    const input = file('stellen.csv', `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`);
    const copy = [...input.bytes];
    buildDataset([input], gazetteer);
    expect([...input.bytes]).toEqual(copy);
  });
});
