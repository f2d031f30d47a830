import { describe, expect, it } from 'vitest';
import { lineLayout, LABEL_LINE } from '../../../src/lib/charts/line-layout.ts';
import { runsOf } from '../../../src/lib/model/verlauf.ts';

const measure = (t: string) => t.length * 8;
const fmt = (n: number) => String(n);
const series = (key: string, points: { iso: string; value: number }[]) => ({
  key,
  label: key === 'a' ? 'Ausreisepflichtige' : 'davon geduldet',
  color: '#000',
  points,
  runs: runsOf(points),
  step: false,
});

describe('line layout', () => {
  const a = series('a', [
    { iso: '2015', value: 172 },
    { iso: '2016', value: 200 },
    { iso: '2021', value: 467 },
    { iso: '2024-07-31', value: 663 },
  ]);
  const b = series('b', [
    { iso: '2016', value: 190 },
    { iso: '2024-07-31', value: 650 },
  ]);

  it('names the first and last year under their points when a narrow plot has room for one tick only', () => {
    const wide = lineLayout([a], { width: 600, fmt, measure, gapLabel: 'keine Angaben' });
    expect(wide.xTicks.length).toBeGreaterThan(3);
    const narrow = lineLayout([a], { width: 240, fmt, measure, gapLabel: 'keine Angaben' });
    const labels = narrow.xTicks.map((tk) => tk.label);
    expect(labels[0]).toBe('2015');
    expect(labels.at(-1)).toBe('2024');
    const line = narrow.lines[0]!;
    expect(narrow.xTicks[0]!.x).toBe(line.points[0]!.x);
    expect(narrow.xTicks.at(-1)!.x).toBe(line.points[3]!.x);
    expect(narrow.xTicks).toHaveLength(2);
    expect(narrow.xTicks[1]!.x - narrow.xTicks[0]!.x).toBeGreaterThan(32 + 16);
  });

  it('puts a point at each Stichtag, a line only within runs, a dotted bridge over gaps', () => {
    const l = lineLayout([a], { width: 600, fmt, measure, gapLabel: 'keine Angaben' });
    const line = l.lines[0]!;
    expect(line.points.map((p) => p.iso)).toEqual(['2015', '2016', '2021', '2024-07-31']);
    expect(line.paths).toHaveLength(1);
    expect(line.bridges).toHaveLength(2);
    // x grows with time; y from zero at the bottom.
    const xs = line.points.map((p) => p.x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expect(line.points[3]!.y).toBeLessThan(line.points[0]!.y);
    expect(l.yTicks[0]).toMatchObject({ value: 0, y: l.plot.bottom });
    // Years 2017–2020 and 2022–2023 have no point: two bands.
    expect(l.gaps.map((g) => [g.from, g.to])).toEqual([
      [2017, 2020],
      [2022, 2023],
    ]);
  });

  it('keeps end labels apart and inside the width at 320 px', () => {
    const l = lineLayout([a, b], { width: 320, fmt, measure, gapLabel: 'keine Angaben' });
    const [ea, eb] = l.lines.map((x) => x.end);
    const box = (e: typeof ea) => [e!.y, e!.y + e!.lines.length * LABEL_LINE];
    const [a0, a1] = box(ea);
    const [b0, b1] = box(eb);
    expect(a1! <= b0! || b1! <= a0!).toBe(true);
    for (const e of [ea!, eb!])
      for (const line of e.lines) expect(e.x + measure(line)).toBeLessThanOrEqual(320 + 1);
    // A word is never broken inside.
    expect(ea!.lines.join(' ')).toContain('Ausreisepflichtige');
  });
});
