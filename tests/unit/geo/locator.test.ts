import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoBounds } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { kreisBoxes, kreisInView, type Bounds } from '../../../src/lib/geo/kreis-in-view.ts';
import { LOCATOR_WIDTH, locatorLayout } from '../../../src/lib/charts/locator-layout.ts';
import { readTopology } from '../../../src/lib/geo/topology.ts';
import { ROOT } from '../helpers.ts';

const geo = readTopology(
  JSON.parse(readFileSync(join(ROOT, 'data/geo/nrw.topo.json'), 'utf8')) as Topology,
);
const boxes = kreisBoxes(geo);
const boxOf = (ags: string) => boxes.find((b) => b.ags === ags)!.bounds;
/** A view fitted to a box as maplibre does: the box plus a margin, widened to a 2:1 screen. */
function fitted([[w, s], [e, n]]: Bounds, aspect = 2): Bounds {
  const [cx, cy] = [(w + e) / 2, (s + n) / 2];
  const height = (n - s) * 1.15;
  const width = Math.max((e - w) * 1.15, height * aspect);
  return [
    [cx - width / 2, cy - height / 2],
    [cx + width / 2, cy + height / 2],
  ];
}

describe('the Kreis a view is zoomed to', () => {
  it('is none for the whole Land, the Kreis for a view fitted to it, however the screen is shaped', () => {
    expect(kreisInView(geoBounds(geo.kreise) as Bounds, boxes)).toBeNull();
    expect(kreisInView(fitted(boxOf('05970')), boxes)).toBe('05970');
    expect(kreisInView(fitted(boxOf('05970'), 0.5), boxes)).toBe('05970');
    // A kreisfreie Stadt inside a Kreis' box: Bonn (05314) within the Rhein-Sieg-Kreis' box.
    expect(kreisInView(fitted(boxOf('05314')), boxes)).toBe('05314');
    // Zoomed in further, still that Kreis; a view of three Kreise' width is none.
    const [[w, s], [e, n]] = boxOf('05970');
    const [cx, cy] = [(w + e) / 2, (s + n) / 2];
    expect(
      kreisInView(
        [
          [cx - 0.02, cy - 0.01],
          [cx + 0.02, cy + 0.01],
        ],
        boxes,
      ),
    ).toBe('05970');
    expect(
      kreisInView(
        [
          [cx - 3 * (e - w), cy - 3 * (n - s)],
          [cx + 3 * (e - w), cy + 3 * (n - s)],
        ],
        boxes,
      ),
    ).toBeNull();
    // Over the Netherlands: no Kreis under the centre.
    expect(
      kreisInView(
        [
          [4.5, 52],
          [5, 52.3],
        ],
        boxes,
      ),
    ).toBeNull();
  });
});

describe('locator', () => {
  it('draws the Land at 110 px with the Kreis marked, and projects points into it', () => {
    const l = locatorLayout(geo, ['05970040']);
    expect(l.width).toBe(LOCATOR_WIDTH);
    // NRW is about as high as wide in Mercator.
    expect(l.height).toBeGreaterThan(85);
    expect(l.height).toBeLessThan(110);
    expect(l.names).toEqual(['Kreis Siegen-Wittgenstein']);
    expect(l.marked.length).toBeGreaterThan(50);
    expect(l.ring).toBeNull();
    // Siegen (7.98° E, 50.87° N) lies in the south-east of the locator.
    const [x, y] = l.project([7.98, 50.87]);
    expect(x).toBeGreaterThan(l.width * 0.55);
    expect(y).toBeGreaterThan(l.height * 0.6);
    // The whole Land stays inside the box.
    for (const [lng, lat] of [
      [5.87, 50.32],
      [9.46, 52.53],
    ] as const) {
      const [px, py] = l.project([lng, lat]);
      expect(px).toBeGreaterThanOrEqual(0);
      expect(px).toBeLessThanOrEqual(l.width);
      expect(py).toBeGreaterThanOrEqual(0);
      expect(py).toBeLessThanOrEqual(l.height);
    }
    // A few KB, not a second map.
    expect(l.land.length + l.borders.length + l.marked.length).toBeLessThan(12_000);
  });

  it('draws from the Gemeinden, so a topology with uploaded areas (no Kreis object) works too', () => {
    const uploaded = {
      ...geo,
      topo: { ...geo.topo, objects: { gemeinden: geo.topo.objects.gemeinden! } },
    };
    const l = locatorLayout(uploaded, ['05970']);
    expect(l.land.length).toBeGreaterThan(500);
    expect(l.borders.length).toBeGreaterThan(500);
    expect(l.marked.length).toBeGreaterThan(50);
  });

  it('rings a Kreis too small to see (Bottrop at 110 px)', () => {
    const l = locatorLayout(geo, ['05512']);
    expect(l.names).toEqual(['Stadt Bottrop']);
    expect(l.ring).not.toBeNull();
    const [x, y] = l.project([6.93, 51.52]);
    expect(Math.hypot(x - l.ring!.x, y - l.ring!.y)).toBeLessThan(l.ring!.r);
  });
});
