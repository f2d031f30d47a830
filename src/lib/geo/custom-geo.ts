import type { MultiPolygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CustomArea } from '../data/boundary-file.ts';
import type { AreaCollection, AreaFeature, AreaProps, GeoData } from './topology.ts';

/**
 * The built-in geometry with uploaded areas: an uploaded Gemeinde replaces
 * the built-in one of the same AGS or is added; Kreise are merged again from
 * their Gemeinden unless a Kreis shape was uploaded. A new topology is built
 * (topojson-server, loaded only here) so regions still dissolve along shared
 * borders. `name` gives names for areas the file leaves unnamed.
 */
export async function withCustomAreas(
  geo: GeoData,
  areas: readonly CustomArea[],
  name: (ags: string) => string | undefined,
): Promise<GeoData> {
  if (areas.length === 0) return geo;
  const { topology } = await import('topojson-server');
  const byAgs = new Map(areas.map((a) => [a.ags, a]));
  const area = (a: CustomArea): AreaFeature => ({
    type: 'Feature',
    properties: { ags: a.ags, name: a.name ?? name(a.ags) ?? a.ags },
    geometry: a.geometry,
  });
  const gemeinden: AreaFeature[] = geo.gemeinden.features.map((f) => {
    const a = byAgs.get(f.properties.ags);
    return a ? area(a) : f;
  });
  const builtIn = new Set(gemeinden.map((f) => f.properties.ags));
  for (const a of areas) if (a.ags.length === 8 && !builtIn.has(a.ags)) gemeinden.push(area(a));

  const topo = topology({
    gemeinden: { type: 'FeatureCollection', features: gemeinden } as AreaCollection,
  }) as unknown as Topology;
  const object = topo.objects.gemeinden as GeometryCollection<AreaProps>;
  const touched = new Set(areas.filter((a) => a.ags.length === 8).map((a) => a.ags.slice(0, 5)));
  const kreisNames = new Map(geo.kreise.features.map((f) => [f.properties.ags, f.properties.name]));
  const kreisCodes = new Set([...kreisNames.keys(), ...touched]);
  const kreise: AreaFeature[] = [];
  for (const ags of [...kreisCodes].sort()) {
    const uploaded = byAgs.get(ags);
    if (uploaded) {
      kreise.push(area(uploaded));
    } else if (touched.has(ags)) {
      const geometry = merge(
        topo,
        object.geometries.filter((g) => (g.properties as AreaProps).ags.startsWith(ags)) as never,
      ) as MultiPolygon;
      kreise.push({
        type: 'Feature',
        properties: { ags, name: kreisNames.get(ags) ?? name(ags) ?? ags },
        geometry,
      });
    } else kreise.push(geo.kreise.features.find((f) => f.properties.ags === ags)!);
  }
  for (const a of areas) if (a.ags.length === 5 && !kreisCodes.has(a.ags)) kreise.push(area(a));
  return {
    topo,
    gemeinden: feature(topo, object) as AreaCollection,
    kreise: { type: 'FeatureCollection', features: kreise as AreaFeature[] },
  };
}
