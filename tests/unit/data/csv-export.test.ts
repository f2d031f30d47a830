import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { csvCell, neutralise, postsToCsv } from '../../../src/lib/data/csv-export.ts';
import { file, gazetteer, shippedFiles, TERMINE_OK } from '../helpers.ts';

describe('neutralise', () => {
  it.each([
    ['=SUMME(A1)', "'=SUMME(A1)"],
    ['+49', "'+49"],
    ['-5', "'-5"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    [' =1+1', "' =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['Zeile 1\n=HYPERLINK("x")', '\'Zeile 1\n=HYPERLINK("x")'],
    ['Stadt Siegen', 'Stadt Siegen'],
    ['B90/Grüne', 'B90/Grüne'],
  ])('%j → %j', (input, output) => {
    expect(neutralise(input)).toBe(output);
  });

  it('writes numbers as numbers with a decimal comma, never escaped', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0.5)).toBe('0,5');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('er sagte "KIM"')).toBe('"er sagte ""KIM"""');
  });
});

describe('postsToCsv', () => {
  it('round-trips the shipped posts through the validator unchanged', () => {
    const ds = buildDataset(shippedFiles(), gazetteer);
    const csv = postsToCsv(ds.posts);
    expect(csv.startsWith('\uFEFFid;koerperschaft;baustein')).toBe(true);
    const again = buildDataset(
      [
        file('stellen.csv', csv),
        file('termine.csv', TERMINE_OK),
        ...shippedFiles().filter((f) => f.name === 'regionen.csv'),
      ],
      gazetteer,
    );
    expect(again.problems.filter((p) => p.severity !== 'Warnung')).toEqual([]);
    expect(again.problems.map((p) => [p.line, p.message])).toEqual(
      ds.problems.filter((p) => p.table === 'stellen').map((p) => [p.line, p.message]),
    );
    const strip = (p: (typeof ds.posts)[number]) => ({ ...p, file: '', line: 0 });
    expect(again.posts.map(strip)).toEqual(ds.posts.map(strip));
  });
});

import { restoreNeutralised } from '../../../src/lib/data/csv-export.ts';

describe('restoreNeutralised', () => {
  it.each(['=SUMME(A1)', '+1,9 Stellen', ' =1', 'Zeile\n@x', "'schon mit Apostroph", 'normal'])(
    'undoes neutralise for %j',
    (text) => {
      expect(restoreNeutralised(neutralise(text))).toBe(text);
    },
  );
  it('keeps an apostrophe that was not ours', () => {
    expect(restoreNeutralised("'normal")).toBe("'normal");
  });
});
