import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import Choropleth from '../../../src/lib/charts/Choropleth.svg.svelte';
import { choroplethLayout } from '../../../src/lib/charts/choropleth-layout.ts';
import { legendItems } from '../../../src/lib/charts/legend.ts';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { readTopology, unitShapes } from '../../../src/lib/geo/topology.ts';
import {
  DEFAULT_FILTERS,
  gemeindeColors,
  mapModel,
  type MeasureId,
  type LevelId,
} from '../../../src/lib/model/map-units.ts';
import { gazetteer, ROOT, fixtureFiles } from '../helpers.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const ds = buildDataset(fixtureFiles(), gazetteer);
const geo = readTopology(
  JSON.parse(readFileSync(join(ROOT, 'data/geo/nrw.topo.json'), 'utf8')) as Topology,
);
const de = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(n);

function svgFor(measure: MeasureId, level: LevelId, clip: string[] | null) {
  const model = mapModel(
    ds,
    gazetteer,
    measure,
    level,
    {
      ...DEFAULT_FILTERS,
      scenario: level === 'einsatzgebiet' ? 'Plan 2021 (Drucksache 199/2021)' : 'Ist',
    },
    { method: 'quantile', count: 5 },
  );
  const colors = gemeindeColors(
    model,
    geo.gemeinden.features.map((f) => f.properties.ags),
  );
  const outlines = unitShapes(geo, model.units);
  const layout = choroplethLayout(geo, colors, outlines, { width: 600, height: 640, clip });
  const { body } = render(Choropleth, {
    props: {
      layout,
      legend: legendItems(model.classification, de),
      noDataLabel: 'keine Angaben',
      title: `${measure} · ${level}`,
      subtitle: 'Standarddatensatz',
      footer: '© GeoBasis-DE / BKG 2016, Daten verändert',
      description: 'Test',
      idPrefix: 't',
    },
  });
  return { body, layout, model };
}

describe('Choropleth.svg', () => {
  it('VZÄ by Körperschaft over NRW matches the snapshot', () => {
    const { body, layout } = svgFor('vzae', 'koerperschaft', null);
    expect(layout.areas).toHaveLength(396);
    expect(body).not.toMatch(/NaN|undefined/);
    expectSvgSnapshot(import.meta.dirname, 'choropleth-vzae-nrw', body);
  });

  it('the 2021 plan by Einsatzgebiet in Siegen-Wittgenstein matches the snapshot', () => {
    const { body, layout } = svgFor('vzae', 'einsatzgebiet', ['05970']);
    expect(layout.areas).toHaveLength(11);
    expect(layout.labels.map((l) => l.text).sort()).toEqual([
      'Kreuztal/Hilchenbach',
      'Netphen/Freudenberg',
      'Stadt Siegen',
      'Südliches Siegerland',
      'Wittgenstein',
    ]);
    expect(body).toContain('<title id="t-title">vzae · einsatzgebiet</title>');
    expectSvgSnapshot(import.meta.dirname, 'choropleth-plan2021-siegen-wittgenstein', body);
  });

  it('fills no-data with the hatch, never with a colour, and stays inside the box', () => {
    const { body, layout, model } = svgFor('ausreise', 'kreis', null);
    const hatched = layout.areas.filter((a) => a.fill === null).length;
    expect(hatched).toBe(396 - [...model.unitOfGemeinde.keys()].length);
    expect((body.match(/fill="url\(#t-hatch\)"/g) ?? []).length).toBe(hatched + 1);
    const numbers = [...body.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(numbers.every(([x, y]) => x! >= 0 && x! <= 600 && y! >= 0 && y! <= 640)).toBe(true);
  });
});

describe('choroplethLayout for embeds', () => {
  const model = mapModel(ds, gazetteer, 'vzae', 'koerperschaft', DEFAULT_FILTERS, {
    method: 'quantile',
    count: 5,
  });
  const colors = gemeindeColors(
    model,
    geo.gemeinden.features.map((f) => f.properties.ags),
  );
  const outlines = unitShapes(geo, model.units);

  it('fits its height to NRW at the given width, capped at 760 px', () => {
    const narrow = choroplethLayout(geo, colors, outlines, {
      width: 320,
      height: 'auto',
      header: 4,
      footer: 4,
      legendBelow: 7,
    });
    // NRW is about as high as it is wide in Mercator; the legend rows add 7 × 20 + 8.
    expect(narrow.height - 8 - 148).toBeGreaterThan(230);
    expect(narrow.height - 8 - 148).toBeLessThan(320);
    expect(narrow.legendX).toBe(8);
    expect(narrow.legendY).toBe(narrow.height - 4 - 148 + 8);
    const wide = choroplethLayout(geo, colors, outlines, {
      width: 1200,
      height: 'auto',
      header: 4,
      footer: 4,
    });
    expect(wide.height).toBe(760 + 8);
    expect(wide.legendX).toBe(1200 - 150 + 4);
  });

  it('labels only units inside a clipped view', () => {
    const all = choroplethLayout(geo, colors, outlines, { width: 600, height: 'auto' });
    const clipped = choroplethLayout(geo, colors, outlines, {
      width: 600,
      height: 'auto',
      clip: ['05970'],
    });
    expect(all.labels.length).toBe(model.units.length);
    expect(clipped.labels.map((l) => l.text)).toEqual(['Kreis Siegen-Wittgenstein']);
  });

  it('keeps room for an inset: in the legend column beside the map, under the legend below it', () => {
    const inset = { width: 110, height: 108, after: 150 };
    const wide = choroplethLayout(geo, colors, outlines, {
      width: 700,
      height: 'auto',
      clip: ['05970'],
      header: 4,
      footer: 4,
      inset,
    });
    expect(wide.insetAt).toEqual({ x: 700 - 150 + 4, y: 4 + 4 + 150 });
    expect(wide.height).toBeGreaterThanOrEqual(4 + 4 + 150 + 108 + 4);
    const narrow = choroplethLayout(geo, colors, outlines, {
      width: 375,
      height: 'auto',
      clip: ['05970'],
      header: 4,
      footer: 4,
      legendBelow: 9,
      inset,
    });
    expect(narrow.insetAt!.x).toBe(8);
    // Under the legend rows, and the image ends below it.
    expect(narrow.insetAt!.y).toBe(narrow.legendY + 150);
    expect(narrow.height - 4).toBeGreaterThanOrEqual(narrow.insetAt!.y + 108);
    expect(choroplethLayout(geo, colors, outlines, { width: 600, height: 'auto' }).insetAt).toBe(
      undefined,
    );
  });

  it('puts note marks at their unit, inside the map, with no label over them', () => {
    const siegen = model.units.find((u) => u.label === 'Kreis Siegen-Wittgenstein')!;
    const essen = model.units.find(
      (u) => u.members.length > 0 && !u.members[0]!.startsWith('05970'),
    )!;
    const clipped = choroplethLayout(geo, colors, outlines, {
      width: 600,
      height: 'auto',
      clip: ['05970'],
      pins: [
        { n: 1, id: siegen.id },
        { n: 2, id: essen.id },
        { n: 3, id: siegen.id },
      ],
    });
    // The other unit is out of this view: no mark; the second mark on Siegen moves beside the first.
    expect(clipped.pins!.map((p) => p.n)).toEqual([1, 3]);
    const [a, b] = clipped.pins!;
    expect(b!.y).toBe(a!.y);
    expect(b!.x - a!.x).toBeGreaterThanOrEqual(20);
    // The label gave way: its box (11 px bold) does not cover either circle (r = 9).
    const label = clipped.labels[0]!;
    for (const p of clipped.pins!) {
      const vertical = label.y - 10.5 < p.y + 10 && p.y - 10 < label.y + 3.5;
      expect(vertical && Math.abs(label.x - p.x) < 90).toBe(false);
    }
    const all = choroplethLayout(geo, colors, outlines, {
      width: 600,
      height: 'auto',
      pins: [{ n: 2, id: essen.id }],
    });
    expect(all.pins).toHaveLength(1);
    expect(all.pins![0]!.x).toBeGreaterThan(0);
    expect(all.pins![0]!.x).toBeLessThan(600 - 150);
    // Without notes the layout has no pins at all (snapshots unchanged).
    expect(choroplethLayout(geo, colors, outlines, { width: 600, height: 'auto' }).pins).toBe(
      undefined,
    );
  });
});
