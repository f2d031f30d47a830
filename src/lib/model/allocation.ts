import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import { IST, type Baustein, type CarrierType, type Post, type PostStatus } from '../data/types.ts';
import { fieldsOf, STELLEN } from '../data/schema.ts';
import { postMembers } from './post-members.ts';
import { collectSources, type SourceRef } from './sources.ts';
import type { Place } from './places.ts';

export const CARRIERS: CarrierType[] = ['kommune', 'frei', 'unbekannt'];
const round = (n: number) => Math.round(n * 1000) / 1000;
export const sumFte = (posts: readonly Post[]) => round(posts.reduce((s, p) => s + p.fte, 0));

/** Filters of the Verteilung page. */
export interface AllocationFilters {
  scenario: string;
  baustein: Baustein | null;
  status: PostStatus | null;
}

/** One stacked bar: an Einsatzgebiet (or "ganze Körperschaft") and its VZÄ by Träger. */
export interface BarRow {
  key: string;
  label: string;
  /** Gemeinden it covers; empty for the whole body. */
  members: string[];
  segments: { key: string; label: string; carrierType: CarrierType; fte: number }[];
  total: number;
  posts: Post[];
  sources: SourceRef[];
}

/** The key of where a post serves: its Gemeinden, or the whole body. */
function areaKey(
  post: Post,
  dataset: Dataset,
  gazetteer: Gazetteer,
): { key: string; members: string[]; label: string } {
  const members = postMembers(post, dataset, gazetteer);
  if (!members) return { key: `${post.body}:*`, members: [], label: '' };
  const label =
    post.area?.kind === 'region'
      ? post.area.name
      : members.map((m) => gazetteer.name(m) ?? m).join(', ');
  return { key: `${post.body}:${members.join(',')}`, members, label };
}

/** Posts of a body under the filters (dropped posts left out). */
export function bodyPosts(dataset: Dataset, body: string, f: AllocationFilters): Post[] {
  return dataset.posts.filter(
    (p) =>
      p.body === body &&
      p.scenario === f.scenario &&
      p.status !== 'entfallen' &&
      (f.baustein === null || p.baustein === f.baustein) &&
      (f.status === null || p.status === f.status),
  );
}

/**
 * Stacked bars of a body: one per Einsatzgebiet (region or AGS list) plus
 * one for posts serving the whole body, stacked by Trägertyp or by named
 * Träger, sorted by VZÄ (the whole-body bar last).
 */
export function allocationBars(
  dataset: Dataset,
  gazetteer: Gazetteer,
  body: string,
  f: AllocationFilters,
  stackBy: 'typ' | 'traeger',
  wholeBodyLabel: string,
): BarRow[] {
  const groups = new Map<string, { label: string; members: string[]; posts: Post[] }>();
  for (const p of bodyPosts(dataset, body, f)) {
    const a = areaKey(p, dataset, gazetteer);
    const g = groups.get(a.key) ?? {
      label: a.label || wholeBodyLabel,
      members: a.members,
      posts: [],
    };
    if (p.area?.kind === 'region') g.label = p.area.name;
    g.posts.push(p);
    groups.set(a.key, g);
  }
  const rows = [...groups].map(([key, g]): BarRow => {
    const segs = new Map<
      string,
      { key: string; label: string; carrierType: CarrierType; fte: number }
    >();
    for (const p of g.posts) {
      const k = stackBy === 'typ' ? p.carrierType : `${p.carrierType}:${p.carrier}`;
      const s = segs.get(k) ?? {
        key: k,
        label: stackBy === 'typ' ? p.carrierType : p.carrier,
        carrierType: p.carrierType,
        fte: 0,
      };
      s.fte = round(s.fte + p.fte);
      segs.set(k, s);
    }
    const segments = [...segs.values()].sort(
      (a, b) => CARRIERS.indexOf(a.carrierType) - CARRIERS.indexOf(b.carrierType) || b.fte - a.fte,
    );
    return {
      key,
      label: g.label,
      members: g.members,
      segments,
      total: sumFte(g.posts),
      posts: g.posts,
      sources: collectSources(g.posts),
    };
  });
  return rows.sort(
    (a, b) =>
      Number(a.members.length === 0) - Number(b.members.length === 0) ||
      b.total - a.total ||
      a.label.localeCompare(b.label),
  );
}

/** One area compared between two scenarios. */
export interface DiffRow {
  key: string;
  label: string;
  a: Record<CarrierType, number>;
  b: Record<CarrierType, number>;
  added: Post[];
  removed: Post[];
  changed: { a: Post; b: Post; fields: string[] }[];
  /** The posts of each side in this row (the tips and sources of its bars). */
  posts: { a: Post[]; b: Post[] };
}

/** Two scenarios compared where the proposal says something. */
export interface ScenarioDiff {
  rows: DiffRow[];
  /** VZÄ of posts that keep their id and move from Kommune to freie Träger (negative: back). */
  movedToFree: number;
  fte: { a: number; b: number };
  /** Yearly sums where the data has them; null when no post of that side has a figure. */
  funding: { a: number | null; b: number | null };
  cost: { a: number | null; b: number | null };
  /** Scopes (Baustein and area) the comparison covers. */
  scopes: number;
  /** Exactly the posts compared, per side (sources, CSV). */
  posts: { a: Post[]; b: Post[] };
}

const byCarrier = (posts: readonly Post[]) =>
  Object.fromEntries(
    CARRIERS.map((c) => [c, sumFte(posts.filter((p) => p.carrierType === c))]),
  ) as Record<CarrierType, number>;
const sumOrNull = (posts: readonly Post[], pick: (p: Post) => number | undefined) =>
  posts.some((p) => pick(p) !== undefined)
    ? round(posts.reduce((s, p) => s + (pick(p) ?? 0), 0))
    : null;
/** Compared fields, named by their stellen.csv column (what staff know). */
const FIELDS = fieldsOf(STELLEN, [
  'traeger_typ',
  'traeger',
  'vzae',
  'status',
  'baustein',
  'foerderung_eur_jahr',
  'kosten_eur_jahr',
]).map(({ field, column }): [keyof Post, string] => [field as keyof Post, column]);

/**
 * Compares scenario `a` with `b` for one body. A proposal usually covers part
 * of a body (the Siegen motion: four Case-Management posts), so only the
 * scopes — Baustein and Einsatzgebiet — that the non-Ist side(s) define are
 * compared; posts with the same id are "changed", others added or removed.
 */
export function scenarioDiff(
  dataset: Dataset,
  gazetteer: Gazetteer,
  body: string,
  a: string,
  b: string,
): ScenarioDiff {
  const all = { scenario: a, baustein: null, status: null };
  const postsA = bodyPosts(dataset, body, all);
  const postsB = bodyPosts(dataset, body, { ...all, scenario: b });
  // A scope is a Baustein and an area; a post belongs to the scope of its own
  // area or, failing that, to one whose Gemeinden contain all of its own.
  type Scope = { id: string; baustein: number; members: string[]; label: string; areaKey: string };
  const defining = [...(a === IST ? [] : postsA), ...(b === IST ? [] : postsB)];
  const scopes = new Map<string, Scope>();
  for (const p of defining.length ? defining : [...postsA, ...postsB]) {
    const k = areaKey(p, dataset, gazetteer);
    const id = `${p.baustein}|${k.key}`;
    const s = scopes.get(id) ?? {
      id,
      baustein: p.baustein,
      members: k.members,
      label: k.label || gazetteer.label(body),
      areaKey: k.key,
    };
    if (p.area?.kind === 'region') s.label = p.area.name;
    scopes.set(id, s);
  }
  const scopeOf = (p: Post): Scope | undefined => {
    const k = areaKey(p, dataset, gazetteer);
    return (
      scopes.get(`${p.baustein}|${k.key}`) ??
      [...scopes.values()].find(
        (s) =>
          s.baustein === p.baustein &&
          k.members.length > 0 &&
          s.members.length > k.members.length &&
          k.members.every((m) => s.members.includes(m)),
      )
    );
  };
  // An area keeps its region name even when some posts name it by AGS.
  const regionName = new Map<string, string>();
  for (const p of [...postsA, ...postsB])
    if (p.area?.kind === 'region') regionName.set(areaKey(p, dataset, gazetteer).key, p.area.name);
  const inA = postsA.filter((p) => scopeOf(p));
  const inB = postsB.filter((p) => scopeOf(p));
  const areas = new Map<string, { label: string; a: Post[]; b: Post[] }>();
  for (const [side, list] of [
    ['a', inA],
    ['b', inB],
  ] as const)
    for (const p of list) {
      const s = scopeOf(p)!;
      const g = areas.get(s.areaKey) ?? {
        label: regionName.get(s.areaKey) ?? s.label,
        a: [],
        b: [],
      };
      g[side].push(p);
      areas.set(s.areaKey, g);
    }
  let movedToFree = 0;
  const rows = [...areas].map(([key, g]): DiffRow => {
    const idsB = new Map(g.b.map((p) => [p.id, p]));
    const idsA = new Map(g.a.map((p) => [p.id, p]));
    const changed: DiffRow['changed'] = [];
    for (const pa of g.a) {
      const pb = idsB.get(pa.id);
      if (!pb) continue;
      const fields = FIELDS.filter(([f]) => pa[f] !== pb[f]).map(([, column]) => column);
      if (fields.length) changed.push({ a: pa, b: pb, fields });
    }
    // What changes carrier in an area: VZÄ the Kommune loses that freie Träger
    // gain (or back). Counted from the sums, not by post id, so that a proposal
    // may publish "1 bei der Stadt, 3 bei freien Trägern" against "4 Stellen".
    const sa = byCarrier(g.a);
    const sb = byCarrier(g.b);
    const gain = (n: number) => Math.max(0, n);
    movedToFree +=
      Math.min(gain(sa.kommune - sb.kommune), gain(sb.frei - sa.frei)) -
      Math.min(gain(sa.frei - sb.frei), gain(sb.kommune - sa.kommune));
    return {
      key,
      label: g.label,
      a: sa,
      b: sb,
      added: g.b.filter((p) => !idsA.has(p.id)),
      removed: g.a.filter((p) => !idsB.has(p.id)),
      changed,
      posts: { a: g.a, b: g.b },
    };
  });
  return {
    rows: rows.sort((x, y) => x.label.localeCompare(y.label)),
    movedToFree: round(movedToFree),
    fte: { a: sumFte(inA), b: sumFte(inB) },
    funding: {
      a: sumOrNull(inA, (p) => p.fundingPerYear),
      b: sumOrNull(inB, (p) => p.fundingPerYear),
    },
    cost: { a: sumOrNull(inA, (p) => p.costPerYear), b: sumOrNull(inB, (p) => p.costPerYear) },
    scopes: scopes.size,
    posts: { a: inA, b: inB },
  };
}

/** Posts of a computed proposal: one row per place that gets VZÄ (ids keep the former `-1` suffix). */
export function proposalPosts(
  body: string,
  baustein: Baustein,
  places: readonly Place[],
  amounts: readonly number[],
  scenario: string,
  note: string,
): Post[] {
  const posts: Post[] = [];
  places.forEach((pl, i) => {
    const fte = round(amounts[i] ?? 0);
    if (fte <= 1e-9) return;
    posts.push({
      file: 'Verteilungsrechner',
      line: posts.length + 2,
      extra: new Map(),
      id: `R-${pl.members.join('-')}-1`,
      body,
      baustein,
      area: pl.key.startsWith('region:')
        ? { kind: 'region', name: pl.label }
        : { kind: 'ags', codes: pl.members },
      carrierType: 'unbekannt',
      carrier: 'offen (berechneter Vorschlag)',
      fte,
      status: 'geplant',
      scenario,
      source: 'KIM-Dashboard, Verteilungsrechner – eine Berechnung, keine Quelle',
      evidence: null,
      note,
    });
  });
  return posts;
}

/** The claim arithmetic: persons × monthly cost × months. */
export function claimTotal(persons: number, monthlyEur: number, months = 12): number {
  return persons * monthlyEur * months;
}

/** Bars of one side of a comparison, built from exactly the posts the diff compares. */
export function diffBars(diff: ScenarioDiff, side: 'a' | 'b'): BarRow[] {
  return diff.rows.map((r) => {
    const sums = r[side];
    return {
      key: r.key,
      label: r.label,
      members: [],
      segments: CARRIERS.filter((c) => sums[c] > 0).map((c) => ({
        key: c,
        label: c,
        carrierType: c,
        fte: sums[c],
      })),
      total: round(CARRIERS.reduce((s, c) => s + sums[c], 0)),
      posts: r.posts[side],
      sources: [],
    };
  });
}

/** The scenarios a body has posts in: Ist first, then by name. */
export function bodyScenarios(dataset: Dataset, body: string | null): string[] {
  return [...new Set(dataset.posts.filter((p) => p.body === body).map((p) => p.scenario))].sort(
    (a, b) => (a === IST ? -1 : b === IST ? 1 : a.localeCompare(b)),
  );
}

/** Scenario B of a comparison: the requested one if the body has it, else the first other one. */
export function otherScenario(scenarios: readonly string[], a: string, b: string | null) {
  return b && scenarios.includes(b) ? b : (scenarios.find((s) => s !== a) ?? null);
}

/** Bodies with posts, sorted by name. */
export function allocationBodies(dataset: Dataset, gazetteer: Gazetteer): string[] {
  return [...new Set(dataset.posts.map((p) => p.body))].sort((a, b) =>
    gazetteer.label(a).localeCompare(gazetteer.label(b)),
  );
}

/**
 * The body to show: the requested one if it has posts, else the first focus
 * body, else the body with the richest view (service regions and another
 * scenario to compare, then either), else the first.
 */
export function chooseBody(
  bodies: readonly string[],
  requested: string | null,
  focus: readonly string[],
  dataset?: Dataset,
): string | null {
  if (requested && bodies.includes(requested)) return requested;
  const focused = focus.find((f) => bodies.includes(f));
  if (focused || !dataset) return focused ?? bodies[0] ?? null;
  const rank = (b: string) =>
    (dataset.regions.some((r) => r.body === b) ? 2 : 0) +
    (dataset.posts.some((p) => p.body === b && p.scenario !== IST) ? 1 : 0);
  let best = bodies[0] ?? null;
  for (const b of bodies) if (best === null || rank(b) > rank(best)) best = b;
  return best;
}
