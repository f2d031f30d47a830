import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const load = (name: string) => JSON.parse(readFileSync(join(ROOT, 'data/geo', name), 'utf8'));

type Props = { ags: string; name: string };
function features(topo: Topology, object: string) {
  return feature(topo, topo.objects[object] as GeometryCollection<Props>).features;
}

describe.each([
  ['nrw.topo.json', 396, 53],
  ['de.topo.json', 11167, 394],
])('%s', (name, gemeinden, kreise) => {
  const topo = load(name) as Topology;
  const gem = features(topo, 'gemeinden');
  const kr = features(topo, 'kreise');

  it(`has ${gemeinden} Gemeinden and ${kreise} Kreise`, () => {
    expect(gem).toHaveLength(gemeinden);
    expect(kr).toHaveLength(kreise);
  });

  it('has unique 8-digit Gemeinde AGS and 5-digit Kreis AGS, all named', () => {
    const ags = gem.map((f) => f.properties.ags);
    expect(new Set(ags).size).toBe(ags.length);
    expect(ags.every((a) => /^\d{8}$/.test(a))).toBe(true);
    expect(kr.every((f) => /^\d{5}$/.test(f.properties.ags) && f.properties.name.length > 2)).toBe(
      true,
    );
    expect(gem.every((f) => f.properties.name.length > 0)).toBe(true);
  });

  it('contains Stadt Aachen 05334002 and Siegen 05970040 with a real area', () => {
    const aachen = gem.find((f) => f.properties.ags === '05334002');
    expect(aachen?.properties.name).toBe('Aachen');
    expect(geoArea(aachen!)).toBeGreaterThan(0);
    expect(geoArea(aachen!)).toBeLessThan(0.001);
    expect(gem.find((f) => f.properties.ags === '05970040')?.properties.name).toBe('Siegen');
  });

  it('keeps every Gemeinde as a polygon after simplification', () => {
    const empty = gem.filter((f) => !f.geometry || geoArea(f) === 0 || geoArea(f) > 2 * Math.PI);
    expect(empty.map((f) => f.properties.ags)).toEqual([]);
  });
});

describe('gazetteers', () => {
  it('NRW: 396 Gemeinden, 53 Kreise with display names', () => {
    const g = load('gebiete-05.json');
    expect(Object.keys(g.gemeinden)).toHaveLength(396);
    expect(Object.keys(g.kreise)).toHaveLength(53);
    expect(g.kreise['05970']).toBe('Kreis Siegen-Wittgenstein');
    expect(g.kreise['05162']).toBe('Rhein-Kreis Neuss');
    expect(g.kreise['05914']).toBe('Stadt Hagen');
    expect(g.quelle).toBe('© GeoBasis-DE / BKG 2016, Daten verändert');
  });

  it('attribution file names BKG', () => {
    expect(readFileSync(join(ROOT, 'data/geo/ATTRIBUTION'), 'utf8')).toMatch(
      /^© GeoBasis-DE \/ BKG 2016, Daten verändert/,
    );
  });
});

describe('body labels', () => {
  it('names Städte, Kreise and the Land as people say them', async () => {
    const { gazetteer } = await import('../helpers.ts');
    expect(gazetteer.label('05334002')).toBe('Stadt Aachen');
    expect(gazetteer.label('05970040')).toBe('Stadt Siegen');
    expect(gazetteer.label('05970008')).toBe('Burbach');
    expect(gazetteer.label('05970')).toBe('Kreis Siegen-Wittgenstein');
    expect(gazetteer.label('NRW')).toBe('Nordrhein-Westfalen');
    expect(gazetteer.label('05999')).toBe('05999');
  });
});
