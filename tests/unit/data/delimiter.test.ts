import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/lib/data/delimiter.ts';

describe('detectDelimiter', () => {
  it.each([
    ['semicolon with decimal commas', 'id;vzae;gebiet\nA;0,5;05970004,05970028\nB;1,5;\n', ';'],
    ['comma', 'id,vzae,status\nA,0.5,besetzt\nB,1,geplant\n', ','],
    ['tab', 'id\tvzae\tstatus\nA\t0,5\tbesetzt\n', '\t'],
    ['quoted comma does not count', '"a,b";c;d\n"x,y";1;2\n', ';'],
    ['header only', 'id;koerperschaft;baustein', ';'],
    ['no delimiter at all defaults to ;', 'nur_eine_spalte\nwert\n', ';'],
    [
      'comma file whose text contains semicolons in quotes',
      'id,titel,datum\n1,"a; b",16.11.2022\n2,"c; d",17.11.2022\n',
      ',',
    ],
  ])('%s', (_name, text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('an ambiguous header delimiter (Issue 19)', () => {
  it('is read with the consistent candidate and reported as a Warnung when two split alike', async () => {
    const { readTable } = await import('../../../src/lib/data/read-table.ts');
    const { file } = await import('../helpers.ts');
    // Header and rows split into 2 by `;` and into 2 by `,`: `;` wins, and the report says so.
    const r = readTable(file('termine.csv', 'datum;art,titel\r\n16.11.2022;sitzung,Sitzung\r\n'));
    expect(r.table?.delimiter).toBe(';');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      severity: 'Warnung',
      line: 1,
      text: { key: 'file.ambiguousDelimiter', params: { chosen: ';', rival: ',', columns: 2 } },
    });
    expect(r.problems[0]!.message).toBe(
      'Die Kopfzeile enthält „;“ und „,“ als mögliche Trennzeichen; gelesen wird mit „;“ (2 Spalten).',
    );
    // A plain German file (decimal commas and AGS lists in the rows only) gets no warning.
    const plain = readTable(
      file(
        'stellen.csv',
        'id;koerperschaft;vzae;einsatzgebiet\r\nA;05970;0,5;"05970024,05970020"\r\n',
      ),
    );
    expect(plain.table?.delimiter).toBe(';');
    expect(plain.problems).toEqual([]);
  });
});
