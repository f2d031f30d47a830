import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { groupProblems, lineRanges } from '../../../src/lib/ui/problem-groups.ts';
import { file, gazetteer, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

describe('groupProblems', () => {
  it('shows 71 identical warnings of one column as one line with the count and the rows', () => {
    const rows = Array.from({ length: 71 }, (_, i) => `S${i};5970;2;kommune;S;1;besetzt`);
    rows.splice(40, 0, 'X1;05970;2;kommune;S;viel;besetzt');
    const ds = buildDataset(
      [
        file('stellen.csv', `${STELLEN_HEADER}\r\n${rows.join('\r\n')}\r\n`),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    const groups = groupProblems(ds.problems);
    expect(groups).toHaveLength(2);
    const zero = groups.find((g) => g.first.column === 'koerperschaft')!;
    expect(zero).toMatchObject({ count: 71, values: ['5970'] });
    expect(zero.first.severity).toBe('Warnung');
    expect(lineRanges(zero.lines)).toBe('2–41, 43–73');
    expect(groups.find((g) => g.first.column === 'vzae')).toMatchObject({ count: 1, lines: [42] });
  });

  it('keeps a bounded report’s summary entry as its own line with its count', () => {
    const summary = {
      table: 'stellen',
      file: 'stellen.csv',
      line: null,
      column: 'vzae',
      value: null,
      severity: 'Fehler' as const,
      message: '… und 4.000 weitere',
      hint: 'x',
      count: 4000,
    };
    expect(groupProblems([summary, summary])).toHaveLength(2);
    expect(groupProblems([summary])[0]!.count).toBe(4000);
  });
});

describe('lineRanges', () => {
  it('writes runs as ranges and stops after eight', () => {
    expect(lineRanges([2, 3, 4, 7, 9, 10])).toBe('2–4, 7, 9–10');
    expect(lineRanges([])).toBe('');
    expect(lineRanges(Array.from({ length: 20 }, (_, i) => i * 2))).toBe(
      '0, 2, 4, 6, 8, 10, 12, 14, …',
    );
  });
});
