import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { assignRows, MAX_ROWS, timelineLayout } from '../../../src/lib/model/timeline-layout.ts';
import { gazetteer, fixtureFiles } from '../helpers.ts';

const ds = buildDataset(fixtureFiles(), gazetteer);

describe('assignRows', () => {
  it('puts overlapping items in different rows and reuses free rows', () => {
    const rows = assignRows([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 12, end: 20 },
      { start: 16, end: 30 },
    ]);
    expect(rows).toEqual([0, 1, 0, 1]);
  });

  it('never lets two items of a row overlap, over many random cases', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 200; run++) {
      const items = Array.from({ length: 30 }, () => {
        const start = rand() * 1000;
        return { start, end: start + rand() * 80 };
      });
      const rows = assignRows(items, 2);
      for (let i = 0; i < items.length; i++)
        for (let j = i + 1; j < items.length; j++)
          if (rows[i] === rows[j])
            expect(
              items[i]!.end + 2 <= items[j]!.start || items[j]!.end + 2 <= items[i]!.start,
            ).toBe(true);
    }
  });
});

describe('timelineLayout', () => {
  const layout = timelineLayout(ds.events, gazetteer, {
    from: '2020-06-01',
    to: '2025-03-01',
    width: 980,
    today: '2022-11-01',
  });

  it('gives each body a lane per committee and a lane for its periods', () => {
    const nrw = layout.lanes.filter((l) => l.body === 'NRW');
    expect(nrw[0]).toMatchObject({ label: 'Nordrhein-Westfalen', sublabel: 'Zeiträume' });
    const siegen = layout.lanes.find(
      (l) =>
        l.body === '05970040' && l.sublabel === 'Ausschuss für Soziales, Familien und Senioren',
    );
    expect(siegen).toBeDefined();
    const ys = layout.lanes.map((l) => [l.y, l.y + l.height]);
    for (let i = 1; i < ys.length; i++) expect(ys[i]![0]).toBeGreaterThanOrEqual(ys[i - 1]![1]!);
  });

  it('draws the Siegen session of 16.11.2022 as "vertagt" (diamond)', () => {
    const m = layout.marks.find((k) => k.entry.date.iso === '2022-11-16');
    expect(m).toMatchObject({ shape: 'diamond', color: '#E69F00' });
    expect(m!.entry.agendaItem).toBe('4b');
  });

  it('clips bands at the range edges and flags them', () => {
    const narrow = timelineLayout(ds.events, gazetteer, {
      from: '2021-01-01',
      to: '2022-06-30',
      width: 980,
      today: '2022-11-01',
    });
    const fund = narrow.bands.find((b) => b.entry.kind === 'foerderzeitraum')!;
    expect(fund.x0).toBe(narrow.plotLeft);
    expect(fund.x1).toBe(narrow.plotRight);
    expect(fund).toMatchObject({ clippedStart: true, clippedEnd: true });
    expect(narrow.outside).toBeGreaterThan(0);
    expect(narrow.todayX).toBeNull();
  });

  it('places marks inside the plot and the "heute" line at today', () => {
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(m.x).toBeLessThanOrEqual(layout.plotRight);
    }
    expect(layout.todayX!).toBeGreaterThan(layout.plotLeft);
    expect(layout.outside).toBe(0);
  });

  it('does not modify the entries', () => {
    const copy = JSON.stringify(ds.events);
    timelineLayout(ds.events, gazetteer, {
      from: '2020-01-01',
      to: '2026-01-01',
      width: 600,
      today: '2022-11-01',
    });
    expect(JSON.stringify(ds.events)).toBe(copy);
  });
});

import { existedOn, postsAt } from '../../../src/lib/model/posts-at.ts';

describe('postsAt', () => {
  const ids = (posts: { id: string }[]) => posts.map((p) => p.id).sort();

  it('counts no post without a published start; lists them apart', () => {
    const at = postsAt(ds, gazetteer, '05970040', '2022-11-16');
    expect(at.running).toEqual([]);
    expect(ids(at.startUnknown)).toEqual([
      'SI-CM-1',
      'SI-CM-2',
      'SI-CM-3',
      'SI-CM-4',
      'SW-B3-SIEGEN',
    ]);
  });

  it('leaves out posts that had not begun; a start given only as a year is uncertain within it', () => {
    expect(postsAt(ds, gazetteer, '05382', '2024-09-24')).toEqual({
      running: [],
      startUnknown: [],
      uncertain: [],
    });
    const in2025 = postsAt(ds, gazetteer, '05382', '2025-03-01');
    expect(in2025.running).toEqual([]);
    expect(in2025.uncertain).toHaveLength(4);
    expect(postsAt(ds, gazetteer, '05382', '2026-01-01').running).toHaveLength(4);
    expect(postsAt(ds, gazetteer, 'NRW', '2022-01-01').running).toEqual([]);
  });

  it('on 25.06.2021 shows only posts of Kreis Siegen-Wittgenstein that existed then', () => {
    const at = postsAt(ds, gazetteer, '05970', '2021-06-25');
    // No post of the Kreis has a published start on or before that day.
    expect(at.running).toEqual([]);
    expect(at.startUnknown.map((p) => p.id)).toContain('SW-CM-KREUZTAL');
  });

  it('existedOn: certain only when start and end leave no doubt (property test, seeded)', () => {
    // A direct count: walk day by day from the last possible start to the first possible end.
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    const partial = (iso: string) => [iso, iso.slice(0, 7), iso.slice(0, 4)][rand(3)]!;
    const posts = Array.from({ length: 300 }, (_, i) => {
      const a = rand(2000);
      const b = a + rand(1500);
      return {
        id: `P${i}`,
        fte: (1 + rand(8)) / 4,
        start: rand(5) === 0 ? undefined : { iso: partial(day(a)), precision: 'day' as const },
        end: rand(3) === 0 ? undefined : { iso: partial(day(b)), precision: 'day' as const },
      };
    });
    const lastOf = (iso: string) =>
      iso.length === 4
        ? `${iso}-12-31`
        : iso.length === 7
          ? new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7), 0)).toISOString().slice(0, 10)
          : iso;
    const firstOf = (iso: string) =>
      iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
    for (let k = 0; k < 200; k++) {
      const date = day(rand(3800));
      const direct = posts
        .filter(
          (p) => p.start && lastOf(p.start.iso) <= date && (!p.end || firstOf(p.end.iso) >= date),
        )
        .reduce((s, p) => s + p.fte, 0);
      const counted = posts
        .filter((p) => existedOn(p as never, date) === 'yes')
        .reduce((s, p) => s + p.fte, 0);
      expect(counted).toBeCloseTo(direct, 9);
      // Never counted: a post whose start lies after the date.
      for (const p of posts)
        if (p.start && firstOf(p.start.iso) > date) expect(existedOn(p as never, date)).toBe('no');
    }
  });
});

describe('a lane with more entries than fit side by side', () => {
  it('draws at most MAX_ROWS rows and counts the rest', () => {
    const many = Array.from({ length: 70_000 }, (_, i) => ({
      file: 'termine.csv',
      line: i + 2,
      extra: new Map(),
      date: { iso: `20${String(10 + (i % 16)).padStart(2, '0')}-03-15`, precision: 'day' as const },
      kind: 'sitzung' as const,
      body: '05970',
      title: `Sitzung ${i}`,
      source: 'Test',
    }));
    const layout = timelineLayout(many as never, gazetteer, {
      from: '2009-01-01',
      to: '2027-01-01',
      width: 1000,
      today: '2026-12-01',
    });
    expect(layout.lanes).toHaveLength(1);
    expect(layout.lanes[0]!.height).toBe(MAX_ROWS * 22);
    expect(layout.marks.length).toBe(16 * MAX_ROWS); // 16 days, 8 rows each
    expect(layout.hidden).toBe(70_000 - layout.marks.length);
    expect(layout.lanes[0]!.hidden).toBe(layout.hidden);
  });
});
