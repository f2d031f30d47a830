import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { githubAnnotations, headersOf } from '../../../src/lib/data/report-github.ts';
import { file, gazetteer, TERMINE_OK } from '../helpers.ts';

describe('githubAnnotations (validate --format github)', () => {
  it('puts each problem at its file, row and column, escaped as GitHub requires', () => {
    const files = [
      // Columns in another order and one by its alias (VZÄ): the column number is the file's.
      // Row 2's note spans two lines: B is Excel's row 3.
      file(
        'stellen.csv',
        'id;traeger;VZÄ;koerperschaft;baustein;traeger_typ;status;anmerkung\r\nA;Stadt;viel;05970;2;kommune;besetzt;"50 %, Zeile\r\nzwei"\r\nB;Stadt;1;5970;2;kommune;besetzt;\r\n',
      ),
      file('termine.csv', TERMINE_OK),
    ];
    const ds = buildDataset(files, gazetteer);
    const lines = githubAnnotations(ds, (f) => `daten/kreis-si/${f}`, headersOf(files));
    expect(lines).toContain(
      '::error file=daten/kreis-si/stellen.csv,line=2,col=3,title=KIM Fehler%3A stellen.csv%2C Zeile 2%2C Spalte vzae::„viel“ ist keine Zahl. Die Zeile wird nicht genutzt. Bitte eine Zahl mit Dezimalkomma eintragen, z. B. 0,5 oder 1.234,50 – ohne Einheit.',
    );
    expect(lines.find((l) => l.startsWith('::warning') && l.includes('line=3'))).toMatch(
      /^::warning file=daten\/kreis-si\/stellen\.csv,line=3,col=4,title=KIM Warnung%3A stellen\.csv%2C Zeile 3%2C Spalte koerperschaft::Führende Null ergänzt/,
    );
    // One line per problem: no raw line break ever reaches the log (it would end the command).
    expect(lines).toHaveLength(ds.problems.length);
    for (const l of lines) expect(l).not.toMatch(/[\r\n]/);
  });

  it('escapes % and line breaks in messages and : , in properties', () => {
    const ds = buildDataset(
      [file('stell,en:1.csv', 'id;koerperschaft\r\nA;05970\r\n'), file('termine.csv', TERMINE_OK)],
      gazetteer,
    );
    const lines = githubAnnotations(ds, (f) => f);
    expect(lines.some((l) => l.includes('file=stell%2Cen%3A1.csv'))).toBe(true);
    const withPercent = githubAnnotations(
      { ...ds, problems: [{ ...ds.problems[0]!, message: '50 % mehr\nzweite Zeile', hint: '' }] },
      (f) => f,
    );
    expect(withPercent[0]).toMatch(/::50 %25 mehr%0Azweite Zeile$/);
  });
});
