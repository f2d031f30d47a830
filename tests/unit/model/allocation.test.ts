import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { readTopology } from '../../../src/lib/geo/topology.ts';
import {
  allocationBars,
  claimTotal,
  proposalPosts,
  scenarioDiff,
} from '../../../src/lib/model/allocation.ts';
import { apportion } from '../../../src/lib/model/apportion.ts';
import { placesFor } from '../../../src/lib/model/places.ts';
import { gazetteer, ROOT, fixtureFiles } from '../helpers.ts';

const ds = buildDataset(fixtureFiles(), gazetteer);
const geo = readTopology(
  JSON.parse(readFileSync(join(ROOT, 'data/geo/nrw.topo.json'), 'utf8')) as Topology,
);
const ist = { scenario: 'Ist', baustein: null, status: null };

describe('allocationBars', () => {
  it('shows Siegen-Wittgenstein\u2019s case managers by Einsatzgebiet, the whole-body bar last', () => {
    const rows = allocationBars(
      ds,
      gazetteer,
      '05970',
      { ...ist, baustein: 2 },
      'typ',
      'ganze Körperschaft',
    );
    expect(rows.map((r) => [r.label, r.total])).toEqual([
      ['Stadt Siegen', 4],
      ['Kreuztal', 1.5],
      ['Burbach', 1],
      ['ganze Körperschaft', 7.5],
    ]);
    expect(rows[0]!.segments).toEqual([
      { key: 'kommune', label: 'kommune', carrierType: 'kommune', fte: 4 },
    ]);
    expect(rows[0]!.sources[0]!.url).toContain('gruene-siegen.de');
  });

  it('stacks by named Träger on demand', () => {
    const rows = allocationBars(ds, gazetteer, '05334', ist, 'traeger', 'ganze Körperschaft');
    expect(rows[0]!.segments.map((s) => [s.label, s.fte])).toEqual([
      ['StädteRegion Aachen, Kommunales Integrationszentrum (A 46)', 6],
      ['Altkreis-Kommunen oder Wohlfahrtsverbände (Liste nicht vollständig veröffentlicht)', 6],
    ]);
  });
});

describe('scenarioDiff', () => {
  it('Ist vs the Siegen motion: 3 VZÄ move from the Kommune to freie Träger, nothing else is compared', () => {
    const d = scenarioDiff(ds, gazetteer, '05970', 'Ist', 'Antrag B90/Grüne 16.11.2022');
    expect(d.scopes).toBe(1);
    expect(d.movedToFree).toBe(3);
    expect(d.rows).toHaveLength(1);
    expect(d.rows[0]).toMatchObject({
      label: 'Stadt Siegen',
      a: { kommune: 4, frei: 0, unbekannt: 0 },
      b: { kommune: 1, frei: 3, unbekannt: 0 },
    });
    expect(d.rows[0]!.changed.map((c) => [c.a.id, c.fields])).toEqual([
      ['SI-CM-2', ['traeger_typ', 'traeger']],
      ['SI-CM-3', ['traeger_typ', 'traeger']],
      ['SI-CM-4', ['traeger_typ', 'traeger']],
    ]);
    expect(d.funding).toEqual({ a: 220000, b: 220000 });
    expect(d.cost).toEqual({ a: null, b: null });
  });

  it('Ist vs the 2021 plan: posts added and removed per region', () => {
    const d = scenarioDiff(ds, gazetteer, '05970', 'Ist', 'Plan 2021 (Drucksache 199/2021)');
    const siegen = d.rows.find((r) => r.label === 'Stadt Siegen')!;
    expect(siegen.removed.map((p) => p.id)).toEqual(['SI-CM-1', 'SI-CM-2', 'SI-CM-3', 'SI-CM-4']);
    expect(siegen.added.map((p) => p.id)).toEqual(['SW-CM-SI-1', 'SW-CM-SI-2']);
    expect(d.rows.find((r) => r.label === 'Wittgenstein')!.added).toHaveLength(1);
  });
});

describe('placesFor + apportion', () => {
  it('distributes 6 VZÄ over the five service regions by population', () => {
    const places = placesFor(ds, gazetteer, geo, '05970', 'regionen', 2);
    expect(places.map((p) => [p.label, p.population])).toEqual([
      ['Wittgenstein', 39352],
      ['Südliches Siegerland', 48107],
      ['Kreuztal/Hilchenbach', 45923],
      ['Netphen/Freudenberg', 40792],
      ['Stadt Siegen', 102770],
    ]);
    expect(places.find((p) => p.label === 'Stadt Siegen')!.actual).toBe(4);
    // Bad Berleburg, Bad Laasphe, Erndtebrück: about 480 km² (from the simplified boundaries).
    expect(places.find((p) => p.label === 'Wittgenstein')!.area).toBeGreaterThan(450);
    expect(places.find((p) => p.label === 'Wittgenstein')!.area).toBeLessThan(520);
    const r = apportion(
      places.map((p) => p.population!),
      6,
      1,
      'hare',
    );
    expect(r.map((x) => x.amount)).toEqual([1, 1, 1, 1, 2]);
    const posts = proposalPosts(
      '05970',
      2,
      places,
      r.map((x) => x.amount),
      'Rechner',
      'n',
    );
    expect(posts.map((p) => [p.id, p.fte])).toContainEqual(['R-05970040-1', 2]);
    expect(posts.every((p) => p.carrierType === 'unbekannt')).toBe(true);
    expect(posts.map((p) => p.id)).toHaveLength(new Set(posts.map((p) => p.id)).size);
  });
});

describe('claimTotal', () => {
  it('467 × 1.000 € × 12 = 5.604.000 €', () => {
    expect(claimTotal(467, 1000)).toBe(5_604_000);
    expect(claimTotal(663, 1000, 12)).toBe(7_956_000);
  });
});

describe('scenarioDiff with a computed proposal', () => {
  it('counts Ist posts inside a larger region of the proposal (Kreuztal in Kreuztal/Hilchenbach)', () => {
    const places = placesFor(ds, gazetteer, geo, '05970', 'regionen', 2);
    const amounts = apportion(
      places.map((p) => p.population!),
      6,
      1,
      'hare',
    ).map((x) => x.amount);
    const withCalc = {
      ...ds,
      posts: [...ds.posts, ...proposalPosts('05970', 2, places, amounts, 'Rechner', 'n')],
    };
    const d = scenarioDiff(withCalc, gazetteer, '05970', 'Ist', 'Rechner');
    expect(d.rows.find((r) => r.label === 'Kreuztal/Hilchenbach')).toMatchObject({
      a: { kommune: 1.5 },
      b: { unbekannt: 1 },
    });
    expect(d.rows.find((r) => r.label === 'Südliches Siegerland')).toMatchObject({
      a: { unbekannt: 1 },
      b: { unbekannt: 1 },
    });
    expect(d.fte).toEqual({ a: 6.5, b: 6 });
  });
});

import { diffBars } from '../../../src/lib/model/allocation.ts';

describe('diffBars', () => {
  it('draws exactly the compared posts (B2 only, not the B3 post in the same area)', () => {
    const d = scenarioDiff(ds, gazetteer, '05970', 'Ist', 'Antrag B90/Grüne 16.11.2022');
    expect(diffBars(d, 'a').map((r) => [r.label, r.total])).toEqual([['Stadt Siegen', 4]]);
    expect(diffBars(d, 'b')[0]!.segments.map((s) => [s.carrierType, s.fte])).toEqual([
      ['kommune', 1],
      ['frei', 3],
    ]);
  });
});
