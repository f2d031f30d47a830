import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { withCustomAreas } from '../../../src/lib/geo/custom-geo.ts';
import { dissolve, readTopology } from '../../../src/lib/geo/topology.ts';
import { ROOT } from '../helpers.ts';

const nrw = readTopology(
  JSON.parse(readFileSync(join(ROOT, 'data/geo/nrw.topo.json'), 'utf8')) as Topology,
);
// A square east of Siegen (counter-clockwise rings are outer rings for d3-geo: use a clockwise ring).
const square = (x: number, y: number, d = 0.02) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x, y + d],
      [x + d, y + d],
      [x + d, y],
      [x, y],
    ],
  ],
});

describe('withCustomAreas', () => {
  it('replaces a Gemeinde, adds a new one and merges their Kreis again', async () => {
    const geo = await withCustomAreas(
      nrw,
      [
        { ags: '05970040', name: null, geometry: square(8.0, 50.85) },
        { ags: '05970999', name: 'Neustadt', geometry: square(8.1, 50.85) },
      ],
      (ags) => (ags === '05970040' ? 'Siegen' : undefined),
    );
    expect(geo.gemeinden.features).toHaveLength(nrw.gemeinden.features.length + 1);
    const siegen = geo.gemeinden.features.find((f) => f.properties.ags === '05970040')!;
    expect(siegen.properties.name).toBe('Siegen');
    expect(geoArea(siegen)).toBeLessThan(
      geoArea(nrw.gemeinden.features.find((f) => f.properties.ags === '05970040')!),
    );
    expect(
      geo.gemeinden.features.find((f) => f.properties.ags === '05970999')!.properties.name,
    ).toBe('Neustadt');
    const kreis = geo.kreise.features.find((f) => f.properties.ags === '05970')!;
    expect(kreis.properties.name).toBe(
      nrw.kreise.features.find((f) => f.properties.ags === '05970')!.properties.name,
    );
    expect(geoContains(kreis, [8.11, 50.86])).toBe(true);
    expect(geo.kreise.features).toHaveLength(nrw.kreise.features.length);
    // Regions dissolve over uploaded and built-in Gemeinden alike.
    expect(dissolve(geo, ['05970999', '05970004']).coordinates.length).toBeGreaterThan(0);
    // Untouched Kreise are the built-in ones.
    expect(geo.kreise.features.find((f) => f.properties.ags === '05334')).toBe(
      nrw.kreise.features.find((f) => f.properties.ags === '05334'),
    );
  });

  it('returns the built-in geometry when nothing was uploaded', async () => {
    expect(await withCustomAreas(nrw, [], () => undefined)).toBe(nrw);
  });
});
