import type { Topology } from 'topojson-specification';
import type { Dataset } from '../data/dataset.ts';
import { LAND_NRW } from '../data/ags.ts';
import { readTopology, type GeoData } from './topology.ts';
import { GermanError } from '../data/german-error.ts';

/** Which geometry a dataset needs: NRW, or all of Germany when any AGS lies outside NRW. */
export function geometryFor(dataset: Dataset): 'nrw' | 'de' {
  const codes = [
    ...dataset.posts.map((p) => p.body),
    ...dataset.obliged.map((o) => o.ags),
    ...dataset.population.map((p) => p.ags),
    ...dataset.regions.flatMap((r) => [r.body, ...r.municipalities]),
    ...dataset.manifest.fokus,
  ];
  return codes.some((c) => c !== LAND_NRW && !c.startsWith('05')) ? 'de' : 'nrw';
}

/** Where the built-in geometry is published, relative to the page. */
export const GEO_URL = './data/geo/';

const cache = new Map<string, Promise<GeoData>>();

/** Fetches and decodes `nrw.topo.json` or `de.topo.json` once per page life (static files, not inlined in JS). */
export function loadGeometry(
  kind: 'nrw' | 'de',
  geoUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<GeoData> {
  const url = `${geoUrl}${kind}.topo.json`;
  let p = cache.get(url);
  if (!p) {
    p = fetchImpl(url).then(async (res) => {
      if (!res.ok)
        throw new GermanError(
          `Die Geometrie ${kind}.topo.json ist nicht ladbar (HTTP ${res.status}). Bitte die Seite neu laden.`,
        );
      return readTopology((await res.json()) as Topology);
    });
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}

const custom = new WeakMap<object, Promise<GeoData>>();

/**
 * The geometry a dataset's map needs: NRW or Germany, with the dataset's
 * uploaded boundaries applied (computed once per set of boundaries).
 */
export function loadMapGeometry(
  dataset: Dataset,
  name: (ags: string) => string | undefined,
  geoUrl: string,
): Promise<GeoData> {
  const base = loadGeometry(geometryFor(dataset), geoUrl);
  const areas = dataset.boundaries;
  if (!areas?.length) return base;
  let p = custom.get(areas);
  if (!p) {
    p = base.then(async (geo) =>
      (await import('./custom-geo.ts')).withCustomAreas(geo, areas, name),
    );
    custom.set(areas, p);
  }
  return p;
}
