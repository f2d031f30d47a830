import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { countBySeverity, problemAt } from '../../../src/lib/data/problem.ts';
import { ENTRIES_PER_KIND, ProblemLog } from '../../../src/lib/data/problem-log.ts';
import { reportJson, reportText } from '../../../src/lib/data/report.ts';
import { file, gazetteer, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

const bad = (i: number) =>
  problemAt(
    { table: 'stellen', file: 'stellen.csv' },
    'Fehler',
    `„x${i}“ ist keine Zahl.`,
    'Zahl eintragen.',
    {
      line: i + 2,
      column: 'vzae',
      value: `x${i}`,
    },
  );

describe('ProblemLog', () => {
  it('lists 1,000 of a kind, sums the rest in one entry, counts all', () => {
    const log = new ProblemLog();
    for (let i = 0; i < 5000; i++) log.push(bad(i));
    log.push({ ...bad(0), column: 'beginn' });
    const list = log.list();
    expect(list).toHaveLength(ENTRIES_PER_KIND + 2);
    expect(countBySeverity(list)).toEqual({ Fehler: 5001, Warnung: 0, Hinweis: 0 });
    const summary = list.find((p) => p.count !== undefined)!;
    expect(summary).toMatchObject({
      column: 'vzae',
      line: null,
      count: 4000,
      hint: 'Zahl eintragen.',
    });
    expect(summary.message).toMatch(/^… und 4\.000 weitere Fehler dieser Art in der Spalte „vzae“/);
  });

  it('merges summaries of earlier logs into one count', () => {
    const a = new ProblemLog(10);
    for (let i = 0; i < 30; i++) a.push(bad(i));
    const b = new ProblemLog(10);
    b.pushAll(a.list());
    b.pushAll(a.list());
    expect(countBySeverity(b.list())).toEqual({ Fehler: 60, Warnung: 0, Hinweis: 0 });
    expect(b.list().filter((p) => p.count)).toEqual([expect.objectContaining({ count: 50 })]);
  });
});

describe('a file with 70,000 row errors', () => {
  const rows = Array.from({ length: 70_000 }, (_, i) => `S${i};05970;2;kommune;S;viel;besetzt`);
  const ds = buildDataset(
    [
      file('stellen.csv', `${STELLEN_HEADER}\n${rows.join('\n')}\n`),
      file('termine.csv', TERMINE_OK),
    ],
    gazetteer,
  );

  it('is read without a stack overflow, every error counted, 1,000 listed', () => {
    expect(countBySeverity(ds.problems).Fehler).toBe(70_000);
    expect(ds.problems.length).toBeLessThan(1010);
    expect(ds.tables.stellen).toMatchObject({ rows: 70_000, records: 0 });
  });

  it('gives a bounded report with the full count', () => {
    const json = reportJson(ds);
    expect(json.summary.Fehler).toBe(countBySeverity(ds.problems).Fehler);
    expect(json.problems.length).toBe(ds.problems.length);
    const text = reportText(ds);
    expect(text).toContain('… und 69.000 weitere Fehler dieser Art in der Spalte „vzae“');
    expect(text).toMatch(/Ergebnis: 70\.000 Fehler/);
  });
});

describe('a 160,000-row file in which every AGS lost its leading zero (Excel as number)', () => {
  const rows = Array.from(
    { length: 160_000 },
    (_, i) => `S${i};5970;2;kommune;S;1;besetzt;${i % 2 ? '5970040' : '5970024'}`,
  );
  const ds = buildDataset(
    [
      file('stellen.csv', `${STELLEN_HEADER};einsatzgebiet\r\n${rows.join('\r\n')}\r\n`),
      file('termine.csv', TERMINE_OK),
    ],
    gazetteer,
  );

  it('imports every row with its zero restored and every warning counted', () => {
    expect(ds.posts).toHaveLength(160_000);
    expect(ds.posts[1]).toMatchObject({
      body: '05970',
      area: { kind: 'ags', codes: ['05970040'] },
    });
    expect(countBySeverity(ds.problems)).toEqual({ Fehler: 0, Warnung: 320_000, Hinweis: 0 });
  });

  it('keeps the report bounded: 1,000 listed per column, the rest as one counted line', () => {
    expect(ds.problems.length).toBe(2 * ENTRIES_PER_KIND + 2);
    const text = reportText(ds);
    expect(text).toContain(
      '… und 159.000 weitere Warnungen dieser Art in der Spalte „koerperschaft“',
    );
    expect(text).toContain(
      '… und 159.000 weitere Warnungen dieser Art in der Spalte „einsatzgebiet“',
    );
    expect(text).toMatch(/Ergebnis: 0 Fehler, 320\.000 Warnungen/);
  });
});
