import { describe, expect, it } from 'vitest';
import { flowRows, slideFrame, textWidth } from '../../../src/lib/slides/frame.ts';
import { placeCallout } from '../../../src/lib/slides/callout.ts';
import { slideBarsLayout } from '../../../src/lib/slides/slide-bars.ts';
import { placeSlideLabels } from '../../../src/lib/slides/map-labels.ts';
import { shortTitle, slideTimelineLayout } from '../../../src/lib/slides/slide-timeline.ts';
import type { CalendarEntry } from '../../../src/lib/data/types.ts';

describe('slide frame', () => {
  it('keeps every text at 20 px or more from 1024×768 and grows with the frame', () => {
    const small = slideFrame(1024, 768);
    expect(small.wide).toBe(false);
    expect(small.font).toEqual({
      headline: 40,
      subtitle: 24,
      label: 22,
      footer: 20,
      big: 76,
      bullet: 34,
    });
    const hd = slideFrame(1280, 720);
    expect(hd.wide).toBe(true);
    expect(hd.font.label).toBe(21);
    expect(slideFrame(1280, 800).wide).toBe(true);
    const full = slideFrame(1920, 1080);
    expect(full.font.label).toBe(31);
    expect(full.font.headline).toBe(56);
    for (const f of [small, hd, full, slideFrame(1280, 800)])
      expect(Math.min(...Object.values(f.font))).toBeGreaterThanOrEqual(20);
    // A thumbnail (presenter view, handout) may go smaller, but not below its own floor.
    expect(slideFrame(400, 225, 10).font.label).toBe(10);
  });
});

describe('flowRows', () => {
  it('counts the rows a legend wraps to', () => {
    expect(flowRows([], 100)).toBe(0);
    expect(flowRows([40, 40], 100)).toBe(1);
    expect(flowRows([40, 40, 40], 100)).toBe(2);
    // An item wider than the row still takes one row of its own.
    expect(flowRows([150, 40], 100)).toBe(2);
  });
});

describe('callout', () => {
  const box = { width: 900, height: 500 };
  it('sits above right of its target and stays in the box', () => {
    const c = placeCallout('Antrag B90/Grüne vertagt', { x: 200, y: 300 }, box, 22)!;
    expect(c.x).toBeGreaterThan(200);
    expect(c.y + c.height).toBeLessThan(300);
    expect(c.lines).toEqual(['Antrag B90/Grüne vertagt']);
    expect(c.leader).toMatchObject({ x2: 200, y2: 300 });
  });
  it('moves left and down near the top right corner, never outside', () => {
    const c = placeCallout(
      'Eine längere Anmerkung, die umbrochen werden muss, weil sie lang ist',
      { x: 880, y: 10 },
      box,
      22,
    )!;
    expect(c.lines.length).toBeGreaterThan(1);
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width).toBeLessThanOrEqual(900);
    expect(c.y).toBeGreaterThanOrEqual(0);
    expect(c.y + c.height).toBeLessThanOrEqual(500);
    expect(placeCallout('  ', { x: 1, y: 1 }, box, 22)).toBeNull();
  });
});

describe('slide bars', () => {
  const fmt = (n: number) => String(n).replace('.', ',');
  const bar = (key: string, label: string, total: number) => ({
    key,
    label,
    total,
    parts: [{ key: 'kommune', type: 'kommune', value: total }],
  });
  it('draws bars on one scale from zero, labels at slide size, centred when few', () => {
    const l = slideBarsLayout(
      [bar('a', 'Stadt Siegen', 4), bar('b', 'Kreuztal und Hilchenbach', 2)],
      { width: 960, height: 500 },
      22,
      fmt,
    );
    expect(l.hidden).toBe(0);
    expect(l.bars[0]!.parts[0]!.x).toBe(l.labelWidth);
    // 2 is half of 4: the bars are in proportion.
    expect(l.bars[1]!.parts[0]!.width).toBeCloseTo(l.bars[0]!.parts[0]!.width / 2, 0);
    expect(l.top).toBeGreaterThan(0);
    expect(l.bars[1]!.y + l.bars[1]!.height).toBeLessThanOrEqual(500);
    for (const b of l.bars)
      expect(b.totalX + textWidth(fmt(b.total), 22, true)).toBeLessThanOrEqual(960);
  });
  it('counts the bars that do not fit instead of squeezing them', () => {
    const many = Array.from({ length: 40 }, (_, i) => bar(`k${i}`, `Gebiet ${i + 1}`, 40 - i));
    const l = slideBarsLayout(many, { width: 960, height: 400 }, 22, fmt);
    expect(l.bars.length).toBeLessThan(40);
    expect(l.hidden).toBe(40 - l.bars.length);
    expect(l.bars.at(-1)!.y + l.bars.at(-1)!.height).toBeLessThanOrEqual(400 - 22);
    expect(Math.min(...l.bars.map((b) => b.height))).toBeGreaterThanOrEqual(22);
  });
});

describe('slide map labels', () => {
  it('places the most important first and leaves out what would overlap', () => {
    const placed = placeSlideLabels(
      [
        { id: 'a', text: 'Stadt Aachen', x: 100, y: 100, priority: 1 },
        { id: 'b', text: 'Städteregion Aachen', x: 110, y: 105, priority: 5 },
        { id: 'c', text: 'Siegen-Wittgenstein', x: 600, y: 300, priority: 2 },
      ],
      { width: 800, height: 500 },
      22,
    );
    expect(placed.map((p) => p.id)).toEqual(['b', 'c']);
    const b = placed[0]!;
    expect(b.x - textWidth('Städteregion Aachen', 22, true) / 2).toBeGreaterThanOrEqual(0);
  });
});

describe('slide timeline', () => {
  const entry = (
    iso: string,
    title: string,
    extra: Partial<CalendarEntry> = {},
  ): CalendarEntry => ({
    file: 'termine.csv',
    line: Number(iso.replace(/-/g, '')),
    extra: new Map(),
    date: { iso, precision: 'day' },
    kind: 'sitzung',
    body: '05970',
    title,
    ...extra,
  });
  const date = (iso: string) => iso.split('-').reverse().join('.');
  it('labels entries without overlap, the highlighted one first, and counts the rest', () => {
    const entries = [
      entry('2022-11-16', 'Ausschuss: Antrag vertagt', { outcome: 'vertagt' }),
      entry('2022-11-17', 'Zweite Sitzung am Tag danach'),
      entry('2022-11-18', 'Dritte Sitzung'),
      entry('2021-09-08', 'Sozialausschuss'),
      entry('2020-07-01', 'Förderzeitraum', {
        kind: 'foerderzeitraum',
        until: { iso: '2022-12-31', precision: 'day' },
      }),
    ];
    const l = slideTimelineLayout(
      entries,
      { from: '2021-01-01', to: '2023-12-31', today: '2024-06-01' },
      { width: 960, height: 300 },
      22,
      date,
      { highlight: 'termine.csv:20221118' },
    );
    expect(l.bands).toHaveLength(1);
    expect(l.bands[0]!.x0).toBe(11); // clipped to the range: starts at the left edge
    expect(l.marks).toHaveLength(4);
    expect(l.labels[0]!.key).toBe('termine.csv:20221118');
    for (const a of l.labels)
      for (const b of l.labels)
        if (a !== b && a.y === b.y) {
          const wa = Math.max(a.date.length * 22 * 0.69, a.title.length * 22 * 0.62);
          expect(
            a.x + wa <= b.x ||
              b.x + Math.max(b.date.length * 22 * 0.69, b.title.length * 22 * 0.62) <= a.x,
          ).toBe(true);
        }
    expect(l.labels.length + l.unlabelled).toBe(4);
    expect(l.todayX).toBeNull();
    expect(l.ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['2021', '2022', '2023']);
  });
  it('shortens titles at whole words', () => {
    expect(shortTitle('Antragszeitraum Kommunales Integrationsmanagement NRW 2025', 30)).toBe(
      'Antragszeitraum Kommunales…',
    );
    expect(shortTitle('kurz', 30)).toBe('kurz');
  });
});
