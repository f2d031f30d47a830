import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { dissolve, joinReport, readTopology } from '../../../src/lib/geo/topology.ts';
import {
  clipModel,
  DEFAULT_FILTERS,
  gemeindeDetail,
  mapModel,
  searchAreas,
} from '../../../src/lib/model/map-units.ts';
import { gazetteer, ROOT, fixtureFiles } from '../helpers.ts';

const ds = buildDataset(fixtureFiles(), gazetteer);
const geo = readTopology(
  JSON.parse(readFileSync(join(ROOT, 'data/geo/nrw.topo.json'), 'utf8')) as Topology,
);
const quantile5 = { method: 'quantile' as const, count: 5 };
const unit = (m: ReturnType<typeof mapModel>, id: string) => m.units.find((u) => u.id === id);

describe('mapModel – posts by Körperschaft', () => {
  const m = mapModel(ds, gazetteer, 'vzae', 'koerperschaft', DEFAULT_FILTERS, quantile5);

  it('gives each body its VZÄ, Stadt Aachen apart from the StädteRegion', () => {
    expect(unit(m, 'body:05970')).toMatchObject({ value: 20, label: 'Kreis Siegen-Wittgenstein' });
    expect(unit(m, 'body:05970')!.members).toHaveLength(11);
    expect(unit(m, 'body:05334002')).toMatchObject({ value: 6, members: ['05334002'] });
    expect(unit(m, 'body:05334')!.members).toHaveLength(9);
    expect(unit(m, 'body:05334')!.members).not.toContain('05334002');
  });

  it('clipped to a Kreis: only its units, dates and bodies; the classes of the whole map', () => {
    const c = clipModel(m, ['05970']);
    expect(c.units.map((u) => u.id)).toEqual(['body:05970']);
    expect(c.bodies).toBe(1);
    expect([...c.unitOfGemeinde.keys()].every((a) => a.startsWith('05970'))).toBe(true);
    expect(c.unitOfGemeinde.size).toBe(11);
    expect(c.classification).toBe(m.classification);
    expect(m.bodies).toBeGreaterThan(1);
    // Aachen's StädteRegion without the Stadt: the units that reach into the clip.
    expect(clipModel(m, ['05334004']).units.map((u) => u.id)).toEqual(['body:05334']);
  });

  it('maps each Gemeinde to one unit and leaves the rest without data', () => {
    expect(m.unitOfGemeinde.get('05334002')).toBe('body:05334002');
    expect(m.unitOfGemeinde.get('05334004')).toBe('body:05334');
    expect(m.unitOfGemeinde.has('05111000')).toBe(false);
  });

  it('computes VZÄ per 10,000 inhabitants only where the population is known', () => {
    const pc = mapModel(ds, gazetteer, 'vzae10k', 'koerperschaft', DEFAULT_FILTERS, quantile5);
    expect(unit(pc, 'body:05970')!.value).toBeCloseTo((20 / 274074) * 10000, 3);
    expect(unit(pc, 'body:05970')!.population).toMatchObject({
      inhabitants: 274074,
      asOf: ['2024'],
    });
    // Altkreis Aachen: the 9 towns' figures summed (the StädteRegion total would include Aachen).
    expect(unit(pc, 'body:05334')!.population!.inhabitants).toBe(545067 - 241683);
    expect(unit(pc, 'body:05382')!.value).toBeNull();
  });

  it('treats a body without matching posts as "keine Angaben", not zero', () => {
    const b3 = mapModel(
      ds,
      gazetteer,
      'vzae',
      'koerperschaft',
      { ...DEFAULT_FILTERS, baustein: 3 },
      quantile5,
    );
    expect(b3.units.map((u) => u.id)).toEqual(['body:05970']);
    expect(b3.classification.noData).toBe(0);
  });

  it('computes the share at freie Träger among known carriers, ignoring the carrier filter', () => {
    const motion = mapModel(
      ds,
      gazetteer,
      'frei',
      'koerperschaft',
      { ...DEFAULT_FILTERS, scenario: 'Antrag B90/Grüne 16.11.2022', carrier: 'kommune' },
      quantile5,
    );
    expect(unit(motion, 'body:05970')!.value).toBe(0.75);
    const unknownOnly = mapModel(
      ds,
      gazetteer,
      'frei',
      'koerperschaft',
      DEFAULT_FILTERS,
      quantile5,
    );
    expect(unit(unknownOnly, 'body:05566')!.value).toBeNull();
  });
});

describe('mapModel – posts by Einsatzgebiet', () => {
  it('attributes posts to their region and keeps Kreis-wide posts with the Kreis', () => {
    const m = mapModel(
      ds,
      gazetteer,
      'vzae',
      'einsatzgebiet',
      { ...DEFAULT_FILTERS, scenario: 'Plan 2021 (Drucksache 199/2021)' },
      quantile5,
    );
    const regions = m.units.filter((u) => u.body === '05970').map((u) => [u.label, u.value]);
    expect(regions).toEqual([
      ['Stadt Siegen', 3],
      ['Kreuztal/Hilchenbach', 1],
      ['Netphen/Freudenberg', 1],
      ['Südliches Siegerland', 1],
      ['Wittgenstein', 1],
    ]);
    expect(m.bodyWide).toEqual([expect.objectContaining({ body: '05970', fte: 5 })]);
    expect(m.unitOfGemeinde.get('05970012')).toBe('area:05970:05970004,05970012,05970028');
  });

  it('never splits an unassigned remainder across towns', () => {
    const m = mapModel(ds, gazetteer, 'vzae', 'einsatzgebiet', DEFAULT_FILTERS, quantile5);
    expect(unit(m, 'area:05970:05970024')!.value).toBe(1.5);
    expect(m.unitOfGemeinde.has('05970044')).toBe(false);
    expect(m.bodyWide.find((b) => b.body === '05970')!.fte).toBe(12.5);
  });
});

describe('mapModel – ausreisepflichtige', () => {
  it('shows the newest official figure per Kreis and leaves claims out', () => {
    const m = mapModel(ds, gazetteer, 'ausreise', 'kreis', DEFAULT_FILTERS, quantile5);
    expect(unit(m, 'kreis:05970')!.value).toBe(663);
    expect(unit(m, 'kreis:05970')!.obliged!.asOf.iso).toBe('2024-07-31');
    expect(m.units.some((u) => u.value === 467)).toBe(false);
  });

  it('per 1,000 inhabitants and at a chosen Stichtag', () => {
    const m = mapModel(ds, gazetteer, 'ausreise1k', 'gemeinde', DEFAULT_FILTERS, quantile5);
    expect(unit(m, 'gemeinde:05970040')!.value).toBeCloseTo((216 / 102770) * 1000, 3);
    const old = mapModel(
      ds,
      gazetteer,
      'ausreise',
      'gemeinde',
      { ...DEFAULT_FILTERS, stichtag: '2015' },
      quantile5,
    );
    expect(unit(old, 'gemeinde:05970024')!.value).toBe(31);
    expect(unit(old, 'gemeinde:05970040')!.value).toBeNull();
  });
});

describe('gemeindeDetail', () => {
  it('lists Kreuztal\u2019s own posts and the Kreis-wide ones separately', () => {
    const d = gemeindeDetail(ds, gazetteer, '05970024', DEFAULT_FILTERS);
    expect(d.name).toBe('Kreuztal');
    expect(d.localPosts.map((p) => p.id)).toEqual(['SW-CM-KREUZTAL']);
    expect(d.bodyPosts.map((p) => p.id)).toContain('SW-B1-1');
    expect(d.obliged.map((o) => [o.ags, o.count])).toContainEqual(['05970024', 31]);
    expect(d.obliged.some((o) => o.evidence === 'zitiert')).toBe(true);
    expect(d.population[0]).toMatchObject({ ags: '05970', inhabitants: 274074 });
  });
});

describe('searchAreas', () => {
  it('finds by name and AGS, NRW first', () => {
    expect(searchAreas(gazetteer, 'Bad Laasphe')[0]).toMatchObject({
      ags: '05970028',
      label: 'Stadt Bad Laasphe (Kreis Siegen-Wittgenstein)',
    });
    expect(searchAreas(gazetteer, '05970024')[0]!.ags).toBe('05970024');
    expect(searchAreas(gazetteer, 'siegen')[0]!.ags).toBe('05970040');
    expect(searchAreas(gazetteer, '   ')).toEqual([]);
  });
});

describe('geometry', () => {
  it('the five Siegen-Wittgenstein regions cover the Kreis exactly once', () => {
    const regions = ds.regions.filter((r) => r.body === '05970');
    const members = regions.flatMap((r) => r.municipalities);
    expect(new Set(members).size).toBe(members.length);
    expect(new Set(members)).toEqual(new Set(gazetteer.gemeindenOf('05970')));
    const kreis = geo.kreise.features.find((f) => f.properties.ags === '05970')!;
    const parts = regions.map((r) =>
      geoArea({ type: 'Feature', properties: {}, geometry: dissolve(geo, r.municipalities) }),
    );
    const whole = geoArea(kreis);
    expect(parts.reduce((s, a) => s + a, 0)).toBeCloseTo(whole, 12);
    const union = geoArea({ type: 'Feature', properties: {}, geometry: dissolve(geo, members) });
    expect(union).toBeCloseTo(whole, 12);
  });

  it('joinReport lists data AGS missing in the geometry and Gemeinden without data', () => {
    const r = joinReport(['05970', '05334002', '05999', '09162000'], geo);
    expect(r.missingInGeo).toEqual(['05999', '09162000']);
    expect(r.withoutData).toBe(396 - 11 - 1);
  });

  it('every AGS of the shipped data resolves in the NRW geometry', () => {
    const ags = [
      ...ds.posts.map((p) => p.body),
      ...ds.obliged.map((o) => o.ags),
      ...ds.population.map((p) => p.ags),
      ...ds.regions.flatMap((r) => r.municipalities),
    ].filter((a) => a !== 'NRW');
    expect(joinReport(ags, geo).missingInGeo).toEqual([]);
  });
});
