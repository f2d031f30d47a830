import { geoArea } from 'd3-geo';
import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import { IST, type Baustein } from '../data/types.ts';
import { dissolve, type GeoData } from '../geo/topology.ts';
import { bodyPosts, sumFte } from './allocation.ts';
import { populationOf, postMembers } from './map-units.ts';

// Apart from allocation.ts so the allocation bars (and their embed) load no geo code.

/** A place the calculator can give posts to. */
export interface Place {
  key: string;
  label: string;
  members: string[];
  population: number | null;
  populationAsOf: string[];
  /** km², from the (simplified) boundaries. */
  area: number | null;
  /** Ist VZÄ attributed to exactly this place (posts whose Einsatzgebiet lies inside it). */
  actual: number;
}

const EARTH_RADIUS_KM = 6371.0088;

/** The Gemeinden or the service regions of a body, with population, area and the Ist VZÄ they have. */
export function placesFor(
  dataset: Dataset,
  gazetteer: Gazetteer,
  geo: GeoData | null,
  body: string,
  kind: 'gemeinden' | 'regionen',
  baustein: Baustein | null,
): Place[] {
  const bodies = new Set(dataset.posts.map((p) => p.body));
  const groups =
    kind === 'regionen'
      ? dataset.regions
          .filter((r) => r.body === body)
          .map((r) => ({ key: `region:${r.name}`, label: r.name, members: [...r.municipalities] }))
      : gazetteer
          .gemeindenOf(body)
          .filter((g) => body.length === 8 || !bodies.has(g))
          .map((g) => ({ key: g, label: gazetteer.name(g) ?? g, members: [g] }));
  const posts = bodyPosts(dataset, body, { scenario: IST, baustein, status: null });
  return groups.map((g) => {
    const pop = populationOf(
      g.members,
      gazetteer,
      dataset,
      g.members.length === 1 ? g.members[0]! : null,
    );
    const actual = sumFte(
      posts.filter((p) => {
        const m = postMembers(p, dataset, gazetteer);
        return m !== null && m.length > 0 && m.every((x) => g.members.includes(x));
      }),
    );
    return {
      key: g.key,
      label: g.label,
      members: g.members,
      population: pop?.inhabitants ?? null,
      populationAsOf: pop?.asOf ?? [],
      area: geo
        ? Math.round(
            geoArea({ type: 'Feature', properties: {}, geometry: dissolve(geo, g.members) }) *
              EARTH_RADIUS_KM ** 2 *
              10,
          ) / 10
        : null,
      actual,
    };
  });
}
