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
import { gazetteer, shippedFiles } from '../helpers.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const ds = buildDataset(shippedFiles(), gazetteer);
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
