import { kreisOf } from '../data/ags.ts';
import { inAreas } from '../geo/topology.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import {
  IST,
  type Baustein,
  type CarrierType,
  type ObligedCount,
  type PopulationCount,
  type Post,
  type PostStatus,
} from '../data/types.ts';
import { classify, type ClassMethod, type Classification } from './classify.ts';
import { bodiesOfAreas } from './coverage.ts';
import type { PaletteName } from './palettes.ts';
import { dateSpan, nearestTo, newestOf, withinPeriod, type DateSpan } from './stichtag.ts';

/** What the map colours. */
export type MeasureId = 'vzae' | 'vzae10k' | 'frei' | 'status' | 'ausreise' | 'ausreise1k';
/** Which areas carry the values. */
export type LevelId = 'koerperschaft' | 'einsatzgebiet' | 'kreis' | 'gemeinde';

export const MEASURES: readonly MeasureId[] = [
  'vzae',
  'vzae10k',
  'frei',
  'status',
  'ausreise',
  'ausreise1k',
];

/** Measures about posts use bodies or service areas; figures about persons use the level the figures have. */
export function levelsFor(measure: MeasureId): LevelId[] {
  return measure === 'ausreise' || measure === 'ausreise1k'
    ? ['kreis', 'gemeinde']
    : ['koerperschaft', 'einsatzgebiet'];
}

/** The palette per measure: posts blue, share purple, persons orange. */
export function paletteFor(measure: MeasureId): PaletteName {
  return measure === 'frei' ? 'purples' : measure.startsWith('ausreise') ? 'oranges' : 'blues';
}

/** Filters of the map (all from the URL). */
export interface MapFilters {
  scenario: string;
  baustein: Baustein | null;
  carrier: CarrierType | null;
  /** For the `status` measure: which status is counted. */
  status: PostStatus;
  /**
   * For persons: `neueste` (the newest figure per area, Stichtage mixed) or one
   * Stichtag or period (`2024-07-31`, `2024-08`, `2024`): only figures within it.
   */
  stichtag: string;
}

export const DEFAULT_FILTERS: MapFilters = {
  scenario: IST,
  baustein: null,
  carrier: null,
  status: 'besetzt',
  stichtag: 'neueste',
};

/** A population figure used as a denominator, with where it came from. */
export interface PopulationBasis {
  inhabitants: number;
  /** Stichtage of the figures summed (one or more). */
  asOf: string[];
  /** Census bases of the figures (`Zensus 2011`, `Zensus 2022`), where stated. */
  basis: string[];
  records: PopulationCount[];
}

/** An area with a value on the map: a body, a service area, a Kreis or a Gemeinde. */
export interface MapUnit {
  id: string;
  kind: 'body' | 'area' | 'kreis' | 'gemeinde';
  label: string;
  /** AGS of the KIM body it belongs to (posts measures). */
  body: string | null;
  /** Gemeinden (8-digit AGS) it covers. */
  members: string[];
  value: number | null;
  /** Posts attributed to it (posts measures). */
  posts: Post[];
  /** The figure it shows (persons measures). */
  obliged: ObligedCount | null;
  population: PopulationBasis | null;
  /** VZÄ of its posts after filters. */
  fte: number;
}

/** Posts of a body that serve the whole body: shown as text, never spread over its towns. */
export interface BodyWide {
  body: string;
  label: string;
  fte: number;
  posts: Post[];
}

/** Everything a renderer needs: units, which Gemeinde shows which unit, classes. */
export interface MapModel {
  measure: MeasureId;
  level: LevelId;
  units: MapUnit[];
  /** Gemeinde AGS → unit id; Gemeinden without a unit are "keine Angaben". */
  unitOfGemeinde: Map<string, string>;
  bodyWide: BodyWide[];
  classification: Classification;
  /** Stichtage (persons) or `stand` dates (posts) of the figures behind the values. */
  asOf: DateSpan | null;
  /** KIM bodies with at least one value on the map. */
  bodies: number;
  /** Units whose value is only a quoted figure (`beleg` zitiert). */
  quoted: MapUnit[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const sumFte = (posts: readonly Post[]) => round(posts.reduce((s, p) => s + p.fte, 0));

/** Posts of a scenario after the Baustein and Trägertyp filters, without dropped posts. */
export function filteredPosts(
  dataset: Dataset,
  filters: MapFilters,
  ignoreCarrier = false,
): Post[] {
  return dataset.posts.filter(
    (p) =>
      p.scenario === filters.scenario &&
      p.status !== 'entfallen' &&
      (filters.baustein === null || p.baustein === filters.baustein) &&
      (ignoreCarrier || filters.carrier === null || p.carrierType === filters.carrier),
  );
}

/** Gemeinden of a body: a Stadt-body is itself; a Kreis without its towns that run their own KIM. */
export function bodyMembers(
  body: string,
  gazetteer: Gazetteer,
  bodies: ReadonlySet<string>,
): string[] {
  if (body.length === 8) return gazetteer.gemeindenOf(body);
  return gazetteer.gemeindenOf(body).filter((g) => !bodies.has(g));
}

import { postMembers } from './post-members.ts';
export { postMembers };

/** The figure of one area: nearest to `near` when given, else the newest. */
function pick(records: readonly PopulationCount[], near: string | null): PopulationCount | null {
  return near ? nearestTo(records, near) : newestOf(records);
}

/**
 * Inhabitants of some Gemeinden: the figure of the exact area when the
 * members are a whole Kreis or one Gemeinde, else the sum of each member's
 * figure; null when any member has none (no invented total). With `near`
 * (a count's Stichtag) each figure is the one nearest that date, else the newest.
 */
export function populationOf(
  members: readonly string[],
  gazetteer: Gazetteer,
  dataset: Dataset,
  areaAgs: string | null,
  near: string | null = null,
): PopulationBasis | null {
  const whole =
    areaAgs &&
    (areaAgs.length === 8
      ? members.length === 1 && members[0] === areaAgs
      : gazetteer.gemeindenOf(areaAgs).length === members.length);
  const basisOf = (records: PopulationCount[]): PopulationBasis => ({
    inhabitants: records.reduce((s, r) => s + r.inhabitants, 0),
    asOf: [...new Set(records.map((r) => r.asOf.iso))].sort(),
    basis: [...new Set(records.map((r) => r.basis).filter((b): b is string => Boolean(b)))].sort(),
    records,
  });
  if (whole) {
    const own = pick(
      dataset.population.filter((p) => p.ags === areaAgs),
      near,
    );
    if (own) return basisOf([own]);
  }
  if (members.length === 0) return null;
  const records: PopulationCount[] = [];
  for (const m of members) {
    const own = pick(
      dataset.population.filter((p) => p.ags === m),
      near,
    );
    if (!own) return null;
    records.push(own);
  }
  return basisOf(records);
}

function postValue(
  measure: MeasureId,
  posts: readonly Post[],
  allCarriers: readonly Post[],
  filters: MapFilters,
  population: PopulationBasis | null,
): number | null {
  if (measure === 'frei') {
    const known = allCarriers.filter((p) => p.carrierType !== 'unbekannt');
    const total = sumFte(known);
    return total > 0 ? round(sumFte(known.filter((p) => p.carrierType === 'frei')) / total) : null;
  }
  if (posts.length === 0) return null;
  if (measure === 'vzae') return sumFte(posts);
  if (measure === 'status') return sumFte(posts.filter((p) => p.status === filters.status));
  return population ? round((sumFte(posts) / population.inhabitants) * 10_000) : null;
}

function postUnits(
  dataset: Dataset,
  gazetteer: Gazetteer,
  measure: MeasureId,
  level: LevelId,
  filters: MapFilters,
) {
  const posts = filteredPosts(dataset, filters);
  const anyCarrier = filteredPosts(dataset, filters, true);
  const relevant = measure === 'frei' ? anyCarrier : posts;
  const bodies = new Set(dataset.posts.map((p) => p.body));
  const units: MapUnit[] = [];
  const bodyWide: BodyWide[] = [];
  const groups = new Map<
    string,
    { body: string; members: string[]; posts: Post[]; label: string; kind: MapUnit['kind'] }
  >();
  for (const post of relevant) {
    if (level === 'koerperschaft') {
      const key = `body:${post.body}`;
      const g = groups.get(key) ?? {
        body: post.body,
        members: bodyMembers(post.body, gazetteer, bodies),
        posts: [],
        label: gazetteer.label(post.body),
        kind: 'body' as const,
      };
      g.posts.push(post);
      groups.set(key, g);
      continue;
    }
    const members = postMembers(post, dataset, gazetteer);
    if (!members) {
      const bw = bodyWide.find((b) => b.body === post.body) ?? {
        body: post.body,
        label: gazetteer.label(post.body),
        fte: 0,
        posts: [],
      };
      if (!bodyWide.includes(bw)) bodyWide.push(bw);
      bw.posts.push(post);
      continue;
    }
    const key = `area:${post.body}:${members.join(',')}`;
    const label =
      post.area?.kind === 'region'
        ? post.area.name
        : members.map((m) => gazetteer.name(m) ?? m).join(', ');
    const g = groups.get(key) ?? {
      body: post.body,
      members,
      posts: [],
      label,
      kind: 'area' as const,
    };
    if (post.area?.kind === 'region') g.label = post.area.name;
    g.posts.push(post);
    groups.set(key, g);
  }
  for (const bw of bodyWide)
    bw.fte = sumFte(measure === 'frei' ? bw.posts : bw.posts.filter((p) => posts.includes(p)));
  for (const [id, g] of groups) {
    const own = g.posts.filter((p) => posts.includes(p));
    const population = populationOf(
      g.members,
      gazetteer,
      dataset,
      g.kind === 'body' ? g.body : g.members.length === 1 ? g.members[0]! : null,
    );
    units.push({
      id,
      kind: g.kind,
      label: g.label,
      body: g.body,
      members: g.members,
      posts: g.posts,
      obliged: null,
      population,
      fte: sumFte(own),
      value: postValue(measure, own, g.posts, filters, population),
    });
  }
  return { units, bodyWide };
}

/**
 * The figure of ausreisepflichtige for an area at the chosen Stichtag:
 * `neueste` the newest with a count, else the newest within the chosen
 * Stichtag or period. Figures of every `beleg` count; quoted ones are
 * marked as such wherever they are shown. Two figures of one Stichtag (the
 * Kreis-ABH's 447 and the Kreisgebiet's 663) give the larger: it covers more.
 */
export function obligedFor(dataset: Dataset, ags: string, stichtag: string): ObligedCount | null {
  const own = dataset.obliged.filter(
    (o) =>
      o.ags === ags &&
      o.count !== null &&
      (stichtag === 'neueste' || withinPeriod(o.asOf.iso, stichtag)),
  );
  const newest = newestOf(own);
  if (!newest) return null;
  return own
    .filter((o) => o.asOf.iso === newest.asOf.iso)
    .reduce((a, b) => (b.count! > a.count! ? b : a));
}

function personUnits(
  dataset: Dataset,
  gazetteer: Gazetteer,
  measure: MeasureId,
  level: LevelId,
  filters: MapFilters,
): MapUnit[] {
  const width = level === 'kreis' ? 5 : 8;
  const areas = [
    ...new Set(
      dataset.obliged.filter((o) => o.ags.length === width && o.count !== null).map((o) => o.ags),
    ),
  ].sort();
  return areas.map((ags) => {
    const obliged = obligedFor(dataset, ags, filters.stichtag);
    const count = obliged?.count ?? null;
    const members = gazetteer.gemeindenOf(ags);
    const population = obliged
      ? populationOf(members, gazetteer, dataset, ags, obliged.asOf.iso)
      : null;
    const value =
      count === null
        ? null
        : measure === 'ausreise'
          ? count
          : population
            ? round((count / population.inhabitants) * 1000)
            : null;
    return {
      id: `${level}:${ags}`,
      kind: level === 'kreis' ? ('kreis' as const) : ('gemeinde' as const),
      label: gazetteer.label(ags),
      body: null,
      members,
      value,
      posts: [],
      obliged,
      population,
      fte: 0,
    };
  });
}

/**
 * The map model for a measure, level and filters. Each Gemeinde shows at
 * most one unit (the smallest that contains it), so nothing is counted twice;
 * posts serving a whole body stay with the body (`bodyWide`), never split
 * across its towns.
 */
export function mapModel(
  dataset: Dataset,
  gazetteer: Gazetteer,
  measure: MeasureId,
  level: LevelId,
  filters: MapFilters,
  classes: { method: ClassMethod; count: number },
): MapModel {
  const persons = measure === 'ausreise' || measure === 'ausreise1k';
  const { units, bodyWide } = persons
    ? { units: personUnits(dataset, gazetteer, measure, level, filters), bodyWide: [] }
    : postUnits(dataset, gazetteer, measure, level, filters);
  units.sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.label.localeCompare(b.label));
  const unitOfGemeinde = new Map<string, string>();
  const bySize = [...units].sort((a, b) => b.members.length - a.members.length);
  for (const u of bySize) for (const m of u.members) unitOfGemeinde.set(m, u.id);
  const classification = classify(
    units.map((u) => u.value),
    { method: classes.method, classes: classes.count, palette: paletteFor(measure) },
  );
  return {
    measure,
    level,
    units,
    unitOfGemeinde,
    bodyWide,
    classification,
    ...summary(units, persons),
  };
}

/** What the values of some units stand on: their dates, the KIM bodies, the units only quoted. */
function summary(
  units: readonly MapUnit[],
  persons: boolean,
): Pick<MapModel, 'asOf' | 'bodies' | 'quoted'> {
  const valued = units.filter((u) => u.value !== null);
  return {
    asOf: dateSpan(
      persons
        ? valued.map((u) => u.obliged?.asOf.iso)
        : valued.flatMap((u) => u.posts.map((p) => p.asOf?.iso)),
    ),
    bodies: bodiesOfAreas(valued.map((u) => u.body ?? u.obliged?.ags ?? '').filter(Boolean)).size,
    quoted: persons
      ? valued.filter((u) => u.obliged?.evidence === 'zitiert')
      : valued.filter((u) => u.posts.length > 0 && u.posts.every((p) => p.evidence === 'zitiert')),
  };
}

/**
 * The part of a map a zoomed view shows (`ausschnitt`): the units with a
 * Gemeinde in `areas`, with their dates, bodies and sources only. Classes
 * stay those of the whole map, so a colour means the same in both.
 */
export function clipModel(model: MapModel, areas: readonly string[]): MapModel {
  const units = model.units.filter((u) => u.members.some((m) => inAreas(m, areas)));
  const ids = new Set(units.map((u) => u.id));
  return {
    ...model,
    units,
    unitOfGemeinde: new Map(
      [...model.unitOfGemeinde].filter(([ags, id]) => ids.has(id) && inAreas(ags, areas)),
    ),
    // A body and an area overlap when one AGS begins with the other (Kreis 05970, Gemeinde 05970040).
    bodyWide: model.bodyWide.filter((b) =>
      areas.some((a) => a.startsWith(b.body) || b.body.startsWith(a)),
    ),
    ...summary(units, model.measure === 'ausreise' || model.measure === 'ausreise1k'),
  };
}

/** Everything known about one Gemeinde, for the detail panel. */
export interface GemeindeDetail {
  ags: string;
  name: string;
  kreis: string;
  kreisLabel: string;
  /** Posts whose Einsatzgebiet includes this Gemeinde, or whose body is this Gemeinde. */
  localPosts: Post[];
  /** Posts of its body without an Einsatzgebiet: they serve the whole body. */
  bodyPosts: Post[];
  obliged: ObligedCount[];
  population: PopulationCount[];
}

/** The detail of a Gemeinde under the map's scenario and filters. */
export function gemeindeDetail(
  dataset: Dataset,
  gazetteer: Gazetteer,
  ags: string,
  filters: MapFilters,
): GemeindeDetail {
  const kreis = kreisOf(ags);
  const bodies = new Set(dataset.posts.map((p) => p.body));
  const ownBody = bodies.has(ags) ? ags : bodies.has(kreis) ? kreis : null;
  const posts = filteredPosts(dataset, filters);
  const localPosts: Post[] = [];
  const bodyPosts: Post[] = [];
  for (const p of posts) {
    if (p.body === ags) {
      localPosts.push(p);
      continue;
    }
    if (p.body !== ownBody) continue;
    const members = postMembers(p, dataset, gazetteer);
    if (members === null) bodyPosts.push(p);
    else if (members.includes(ags)) localPosts.push(p);
  }
  const byDate = <T extends { asOf: { iso: string } }>(a: T, b: T) =>
    b.asOf.iso.localeCompare(a.asOf.iso);
  return {
    ags,
    name: gazetteer.name(ags) ?? ags,
    kreis,
    kreisLabel: gazetteer.label(kreis),
    localPosts,
    bodyPosts,
    obliged: dataset.obliged.filter((o) => o.ags === ags || o.ags === kreis).sort(byDate),
    population: dataset.population.filter((p) => p.ags === ags || p.ags === kreis).sort(byDate),
  };
}

/** Finds areas by name or AGS for the search box: exact AGS, then name prefix, then name contains. */
export function searchAreas(
  gazetteer: Gazetteer,
  query: string,
  limit = 8,
): { ags: string; label: string; level: 'gemeinde' | 'kreis' }[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const all = gazetteer.all();
  const score = (a: { ags: string; name: string }) => {
    const name = a.name.toLowerCase();
    if (a.ags === q) return 0;
    if (/^\d+$/.test(q)) return a.ags.startsWith(q) ? 1 : 9;
    if (name === q) return 1;
    if (name.startsWith(q)) return 2;
    if (name.includes(q)) return 3;
    return 9;
  };
  return all
    .map((a) => ({ a, s: score(a) }))
    .filter((x) => x.s < 9)
    .sort(
      (x, y) =>
        x.s - y.s ||
        Number(!x.a.ags.startsWith('05')) - Number(!y.a.ags.startsWith('05')) ||
        x.a.name.localeCompare(y.a.name),
    )
    .slice(0, limit)
    .map(({ a }) => ({
      ags: a.ags,
      label:
        a.level === 'kreis'
          ? gazetteer.label(a.ags)
          : `${gazetteer.label(a.ags)} (${gazetteer.label(kreisOf(a.ags))})`,
      level: a.level,
    }));
}

/** The facts for a generated description (alt text) of a map model. */
export function mapExtremes(
  model: MapModel,
  gemeindenTotal: number,
): { n: number; max: MapUnit | null; min: MapUnit | null; none: number } {
  const valued = model.units.filter((u) => u.value !== null);
  const sorted = [...valued].sort((a, b) => b.value! - a.value!);
  return {
    n: valued.length,
    max: sorted[0] ?? null,
    min: sorted[sorted.length - 1] ?? null,
    none: gemeindenTotal - model.unitOfGemeinde.size,
  };
}

/** Fill colour per Gemeinde: its unit's class colour, or null ("keine Angaben", hatched). */
export function gemeindeColors(
  model: MapModel,
  gemeinden: readonly string[],
): Map<string, string | null> {
  const byId = new Map(model.units.map((u) => [u.id, u] as const));
  return new Map(
    gemeinden.map((ags) => {
      const id = model.unitOfGemeinde.get(ags);
      return [ags, id ? model.classification.colorOf(byId.get(id)!.value) : null] as const;
    }),
  );
}

/** The records behind a map's values (posts, counts and population figures), for its source line. */
export function mapRecords(model: MapModel): { source?: string; file: string; line: number }[] {
  return model.units.flatMap((u) => [
    ...u.posts,
    ...(u.obliged ? [u.obliged] : []),
    ...(u.population?.records ?? []),
  ]);
}

/** A choice of the map's Stichtag filter: a year (all Stichtage in it) or one Stichtag, with its figures. */
export interface StichtagChoice {
  value: string;
  year: boolean;
  /** Figures of ausreisepflichtige within it (areas of any level). */
  count: number;
}

/** The Stichtag choices besides „neuester Stand je Gebiet“: each year, then each Stichtag, newest first. */
export function stichtagChoices(dataset: Dataset): StichtagChoice[] {
  const days = new Map<string, number>();
  const years = new Map<string, number>();
  for (const o of dataset.obliged) {
    if (o.count === null || o.ags === 'NRW') continue;
    days.set(o.asOf.iso, (days.get(o.asOf.iso) ?? 0) + 1);
    const y = o.asOf.iso.slice(0, 4);
    years.set(y, (years.get(y) ?? 0) + 1);
  }
  const desc = (a: [string, number], b: [string, number]) => b[0].localeCompare(a[0]);
  return [
    ...[...years].sort(desc).map(([value, count]) => ({ value, year: true, count })),
    ...[...days]
      .filter(([d]) => d.length > 4)
      .sort(desc)
      .map(([value, count]) => ({ value, year: false, count })),
  ];
}
