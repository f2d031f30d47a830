import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { tableCsv } from '../../../src/lib/data/export-tables.ts';
import { file, gazetteer, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

const build = (...files: ReturnType<typeof file>[]) =>
  buildDataset([file('termine.csv', TERMINE_OK), ...files], gazetteer);

describe('beleg, bezug, basis and totals above 5 VZÄ', () => {
  it('uses a total above 5 VZÄ with a Warnung that names the fix, not a Fehler', () => {
    const ds = build(
      file('stellen.csv', `${STELLEN_HEADER}\nME;05158;2;kommune;Kreis Mettmann;9;unbekannt\n`),
    );
    expect(ds.posts.map((p) => p.fte)).toEqual([9]);
    expect(ds.problems).toMatchObject([
      { severity: 'Warnung', line: 2, column: 'vzae', value: '9' },
    ]);
    expect(ds.problems[0]!.message).toContain('Sammelzeile');
    expect(ds.problems[0]!.hint).toContain('Gesamtzahl');
  });

  it('reads beleg (also as einordnung and in German words) and defaults it to amtlich only for a council system', () => {
    const ds = build(
      file(
        'stellen.csv',
        [
          `${STELLEN_HEADER};quelle;einordnung`,
          'A;05970;2;kommune;K;1;besetzt;https://www.wp.de/x;Zeitung',
          'B;05970;2;kommune;K;1;besetzt;https://session.rhein-kreis-neuss.de/bi/to0050.asp?__ktonr=1;',
          'C;05970;2;kommune;K;1;besetzt;https://www.wp.de/y;',
          'D;05970;2;kommune;K;1;besetzt;https://www.wp.de/z;Partei',
        ].join('\n'),
      ),
    );
    expect(ds.posts.map((p) => p.evidence)).toEqual(['presse', 'amtlich', null, 'zitiert']);
    const bad = build(
      file('stellen.csv', `${STELLEN_HEADER};beleg\nA;05970;2;kommune;K;1;besetzt;vielleicht\n`),
    );
    expect(bad.problems).toMatchObject([
      { severity: 'Fehler', column: 'beleg', hint: 'Erlaubt: amtlich, presse, zitiert.' },
    ]);
  });

  it('keeps a count of only geduldete, with bezug; a row with neither number is a Fehler', () => {
    const ds = build(
      file('stellen.csv', `${STELLEN_HEADER}\nA;05970;2;kommune;K;1;besetzt\n`),
      file(
        'ausreisepflichtige.csv',
        'stichtag;ags;anzahl;davon_geduldet;bezug;beleg\n10.2023;05170;;378;Kreis-ABH ohne Moers;presse\n2023;05170;;;x;presse\n',
      ),
    );
    expect(ds.obliged).toMatchObject([
      { count: null, tolerated: 378, reference: 'Kreis-ABH ohne Moers', evidence: 'presse' },
    ]);
    expect(ds.problems).toMatchObject([{ severity: 'Fehler', line: 3, column: 'anzahl' }]);
  });

  it('exports beleg, bezug and basis so that a round trip keeps them', () => {
    const ds = build(
      file('stellen.csv', `${STELLEN_HEADER};beleg\nA;05970;2;kommune;K;1;besetzt;presse\n`),
      file(
        'ausreisepflichtige.csv',
        'stichtag;ags;anzahl;bezug;beleg\n31.07.2024;05970040;216;Stadt Siegen;presse\n',
      ),
      file(
        'bevoelkerung.csv',
        'stichtag;ags;einwohner;basis;beleg\n15.05.2022;05315;1017355;Zensus 2022;amtlich\n',
      ),
    );
    expect(tableCsv(ds, 'stellen')).toContain(';beleg;');
    expect(tableCsv(ds, 'ausreisepflichtige')).toContain(
      '\r\n31.07.2024;05970040;216;;Stadt Siegen;presse;;\r\n',
    );
    expect(tableCsv(ds, 'bevoelkerung')).toContain(
      '15.05.2022;05315;1017355;;;Zensus 2022;amtlich;;',
    );
    const again = build(
      file('stellen.csv', tableCsv(ds, 'stellen')),
      file('ausreisepflichtige.csv', tableCsv(ds, 'ausreisepflichtige')),
      file('bevoelkerung.csv', tableCsv(ds, 'bevoelkerung')),
    );
    expect(again.obliged[0]).toMatchObject({ reference: 'Stadt Siegen', evidence: 'presse' });
    expect(again.population[0]).toMatchObject({ basis: 'Zensus 2022', evidence: 'amtlich' });
    expect(again.posts[0]!.evidence).toBe('presse');
  });
});
