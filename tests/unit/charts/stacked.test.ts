import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import StackedBars from '../../../src/lib/charts/StackedBars.svg.svelte';
import { stackedLayout } from '../../../src/lib/charts/stacked-layout.ts';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import {
  allocationBars,
  diffBars,
  scenarioDiff,
  type BarRow,
} from '../../../src/lib/model/allocation.ts';
import { gazetteer, fixtureFiles } from '../helpers.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const ds = buildDataset(fixtureFiles(), gazetteer);
const de = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(n);

function svg(rows: BarRow[], idPrefix: string, width = 640, max?: number) {
  const layout = stackedLayout(rows, { width, max });
  return {
    layout,
    body: render(StackedBars, {
      props: {
        layout,
        title: idPrefix,
        fmt: de,
        segmentLabel: (l: string, f: number) => `${l} ${de(f)}`,
        rowLabel: (k: string) => k,
        idPrefix,
      },
    }).body,
  };
}

describe('StackedBars.svg', () => {
  it('Siegen-Wittgenstein Case Management by Einsatzgebiet matches the snapshot', () => {
    const rows = allocationBars(
      ds,
      gazetteer,
      '05970',
      { scenario: 'Ist', baustein: 2, status: null },
      'typ',
      'ganze Körperschaft',
    );
    const { body, layout } = svg(rows, 'bars');
    expect(body).not.toMatch(/NaN|undefined/);
    const widths = layout.rows.map((r) => r.segments.reduce((s, x) => s + x.width, 0));
    expect(widths[0]! / widths[3]!).toBeCloseTo(4 / 7.5, 1);
    expectSvgSnapshot(import.meta.dirname, 'bars-siegen-wittgenstein-b2', body);
  });

  it('the comparison Ist vs the Siegen motion matches the snapshot (shared scale)', () => {
    const d = scenarioDiff(ds, gazetteer, '05970', 'Ist', 'Antrag B90/Grüne 16.11.2022');
    const a = svg(diffBars(d, 'a'), 'a', 400, 4);
    const b = svg(diffBars(d, 'b'), 'b', 400, 4);
    const total = (l: typeof a.layout) => l.rows[0]!.segments.reduce((s, x) => s + x.width, 0);
    expect(total(a.layout)).toBeCloseTo(total(b.layout), 5);
    expectSvgSnapshot(import.meta.dirname, 'compare-siegen-motion', `${a.body}\n${b.body}`);
  });
});

describe('stackedLayout at phone width', () => {
  const rows = allocationBars(
    ds,
    gazetteer,
    '05970',
    { scenario: 'Ist', baustein: null, status: null },
    'typ',
    'ganze Körperschaft',
  );

  it('puts row labels above full-width bars below 480 px, beside them above', () => {
    const narrow = stackedLayout(rows, { width: 320 });
    expect(narrow.labelWidth).toBe(4);
    for (const r of narrow.rows) {
      expect(r.labelAnchor).toBe('start');
      expect(r.labelY).toBeLessThan(r.y);
    }
    const wide = stackedLayout(rows, { width: 640 });
    expect(wide.rows[0]!.labelAnchor).toBe('end');
    expect(wide.rows[0]!.labelX).toBe(wide.labelWidth - 8);
  });

  it('draws a key above the bars that wraps instead of overlapping', () => {
    const key = [
      { type: 'kommune', label: 'Kommune' },
      { type: 'frei', label: 'freie Träger' },
      { type: 'unbekannt', label: 'Träger nicht veröffentlicht' },
    ] as const;
    const narrow = stackedLayout(rows, { width: 320, key });
    expect(narrow.key.map((k) => k.y)).toEqual([14, 14, 34]);
    expect(narrow.top).toBe(46);
    expect(narrow.rows[0]!.labelY).toBeGreaterThan(narrow.top);
    const wide = stackedLayout(rows, { width: 900, key });
    expect(new Set(wide.key.map((k) => k.y))).toEqual(new Set([14]));
  });

  it('never cuts a word inside a segment: the whole label, else the number, else nothing', () => {
    const layout = stackedLayout(rows, { width: 320 });
    const { body } = render(StackedBars, {
      props: {
        layout,
        title: 't',
        fmt: de,
        segmentLabel: (l: string, f: number) => `Träger ${l} ${de(f)}`,
        rowLabel: (k: string) => k,
        idPrefix: 'n',
      },
    });
    const inside = [...body.matchAll(/font-size="11.5"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(inside.length).toBeGreaterThan(0);
    for (const text of inside)
      expect(text).toMatch(/^(Träger (kommune|frei|unbekannt) [\d,]+|[\d,]+)$/);
  });
});

describe('stackedLayout with group headings (the comparison embed)', () => {
  const d = scenarioDiff(ds, gazetteer, '05970', 'Ist', 'Antrag B90/Grüne 16.11.2022');
  const prefixed = (side: 'a' | 'b') =>
    diffBars(d, side).map((r) => ({ ...r, key: `${side}:${r.key}` }));
  const rows = [...prefixed('a'), ...prefixed('b')];
  const headings = { [rows[0]!.key]: 'A: Ist', [rows[d.rows.length]!.key]: 'B: Antrag' };

  it('puts each heading above its first row and never lets a heading overlap a bar', () => {
    const layout = stackedLayout(rows, { width: 640, headings });
    expect(layout.headings.map((h) => h.text)).toEqual(['A: Ist', 'B: Antrag']);
    const firstB = layout.rows[d.rows.length]!;
    const lastA = layout.rows[d.rows.length - 1]!;
    expect(layout.headings[1]!.y).toBeGreaterThan(lastA.y + lastA.height);
    expect(layout.headings[1]!.y).toBeLessThan(firstB.y);
    expect(layout.height).toBe(stackedLayout(rows, { width: 640 }).height + 2 * 26);
  });

  it('draws both groups on one scale', () => {
    const layout = stackedLayout(rows, { width: 640, headings });
    const total = (i: number) => layout.rows[i]!.segments.reduce((s, x) => s + x.width, 0);
    // Row 0 of A and of B are the same area with the same VZÄ total in this motion.
    expect(d.rows[0]!.label).toBeTruthy();
    const ta = layout.rows[0]!.total;
    const tb = layout.rows[d.rows.length]!.total;
    expect(total(d.rows.length) / total(0)).toBeCloseTo(tb / ta, 2);
    const { body } = render(StackedBars, {
      props: {
        layout,
        title: 't',
        fmt: de,
        segmentLabel: (l: string, f: number) => `${l} ${de(f)}`,
        rowLabel: (k: string) => k,
        idPrefix: 'g',
      },
    });
    expect(body).toContain('>A: Ist</text>');
    expect(body).toContain('>B: Antrag</text>');
  });
});
