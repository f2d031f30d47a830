/**
 * What the dataset knows per KIM body (the Daten page's coverage table and
 * the Übersicht's „veraltet“): the dashboard's, never loaded by an embed.
 */
import { runAtOnce } from '../util/slices.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import { IST, type Evidence } from '../data/types.ts';
import { daysBetween } from '../util/days.ts';
import { midDay } from './stichtag.ts';
import { bodyOfArea, kimBodies } from './coverage.ts';

/** A body's newest figure older than this many months is marked „veraltet“. */
export const STALE_MONTHS = 18;

/** How many rows of each kind of evidence (rows without `beleg` as `unbekannt`). */
export type EvidenceMix = Record<Evidence | 'unbekannt', number>;

/** What the dataset knows about one KIM body. */
export interface BodyCoverage {
  ags: string;
  name: string;
  /** Ist posts (without dropped ones) and their VZÄ. */
  posts: number;
  fte: number;
  /** Rows in the other tables about this body or its Gemeinden (the Land's rows excluded). */
  obliged: number;
  population: number;
  events: number;
  /** Newest Stichtag of an ausreisepflichtige figure. */
  newestObliged: string | null;
  /** Newest `stand` of its posts (the figure the Übersicht shows). */
  newestPost: string | null;
  /** Newest date of any figure about it: a post's `stand` or a Stichtag (sessions are no figures). */
  newest: string | null;
  evidence: EvidenceMix;
  /** True when its newest figure is older than {@link STALE_MONTHS} months at `today`. */
  stale: boolean;
}

const emptyMix = (): EvidenceMix => ({ amtlich: 0, presse: 0, zitiert: 0, unbekannt: 0 });

const newer = (a: string | null, b: string | undefined): string | null =>
  b && (!a || midDay(b) > midDay(a)) ? b : a;

/** True when `iso` (any precision, by its last day) is more than {@link STALE_MONTHS} months before `today`. */
export function isStale(iso: string | null, today: string): boolean {
  if (!iso) return false;
  const last = iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-28` : iso;
  return daysBetween(last, today) > (STALE_MONTHS * 365.25) / 12;
}

/**
 * One row per KIM body (54), in AGS order: which tables have rows for it,
 * its newest dates, the evidence mix of its figures and whether it is stale.
 * A body without any row is listed too („keine Daten“).
 */
export function coverage(dataset: Dataset, gazetteer: Gazetteer, today: string): BodyCoverage[] {
  return runAtOnce(coverageSteps(dataset, gazetteer, today));
}

/** Posts per step of {@link coverageSteps}. */
const COVERAGE_SLICE = 100_000;

/** {@link coverage} as steps: it pauses after every {@link COVERAGE_SLICE} posts (runInSlices). */
export function* coverageSteps(
  dataset: Dataset,
  gazetteer: Gazetteer,
  today: string,
): Generator<number, BodyCoverage[]> {
  const rows = new Map<string, BodyCoverage>();
  for (const ags of kimBodies(gazetteer))
    rows.set(ags, {
      ags,
      name: gazetteer.label(ags),
      posts: 0,
      fte: 0,
      obliged: 0,
      population: 0,
      events: 0,
      newestObliged: null,
      newestPost: null,
      newest: null,
      evidence: emptyMix(),
      stale: false,
    });
  const at = (ags: string) => {
    const body = bodyOfArea(ags);
    return body ? rows.get(body) : undefined;
  };
  const posts = dataset.posts;
  for (let i = 0; i < posts.length; i++) {
    if (i > 0 && i % COVERAGE_SLICE === 0) yield i;
    const p = posts[i]!;
    if (p.scenario !== IST || p.status === 'entfallen') continue;
    const row = rows.get(p.body) ?? at(p.body);
    if (!row) continue;
    row.posts++;
    row.fte = Math.round((row.fte + p.fte) * 100) / 100;
    row.evidence[p.evidence ?? 'unbekannt']++;
    const date = p.asOf?.iso ?? p.start?.iso;
    // Rows of a body mostly share their date: compare only a new one (midDay makes strings).
    if (date !== undefined && date !== row.newestPost) {
      row.newestPost = newer(row.newestPost, date);
      if (date !== row.newest) row.newest = newer(row.newest, date);
    }
  }
  for (const o of dataset.obliged) {
    const row = at(o.ags);
    if (!row) continue;
    row.obliged++;
    row.evidence[o.evidence ?? 'unbekannt']++;
    row.newestObliged = newer(row.newestObliged, o.asOf.iso);
    row.newest = newer(row.newest, o.asOf.iso);
  }
  for (const p of dataset.population) {
    const row = at(p.ags);
    if (row) row.population++;
  }
  for (const e of dataset.events) {
    const row = at(e.body);
    if (row) row.events++;
  }
  for (const row of rows.values()) row.stale = isStale(row.newest, today);
  return [...rows.values()];
}

/** How many of the KIM bodies have at least one row of a kind. */
export function coveredBodies(
  rows: readonly BodyCoverage[],
  kind: 'posts' | 'obliged' | 'population' | 'events',
): number {
  return rows.filter((r) => r[kind] > 0).length;
}

/** Column names of the coverage table's CSV (lower case, as in the data tables). */
export const COVERAGE_COLUMNS = [
  'koerperschaft',
  'ags',
  'stellen',
  'vzae',
  'ausreisepflichtige',
  'bevoelkerung',
  'termine',
  'neuester_stand',
  'stellen_stand',
  'ausreisepflichtige_stichtag',
  'beleg_amtlich',
  'beleg_presse',
  'beleg_zitiert',
  'beleg_unbekannt',
  'veraltet',
] as const;

/** One coverage row as CSV cells (dates German, „ja“/„nein“, empty where nothing is known). */
export function coverageCells(
  r: BodyCoverage,
  germanDate: (iso?: string) => string | null,
): (string | number | null)[] {
  return [
    r.name,
    r.ags,
    r.posts,
    r.posts ? r.fte : null,
    r.obliged,
    r.population,
    r.events,
    germanDate(r.newest ?? undefined),
    germanDate(r.newestPost ?? undefined),
    germanDate(r.newestObliged ?? undefined),
    r.evidence.amtlich,
    r.evidence.presse,
    r.evidence.zitiert,
    r.evidence.unbekannt,
    r.posts ? (r.stale ? 'ja' : 'nein') : null,
  ];
}
