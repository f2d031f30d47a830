import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import {
  IST,
  type Baustein,
  type CalendarEntry,
  type CarrierType,
  type Post,
  type PostStatus,
} from '../data/types.ts';
import { LAND_NRW } from '../data/ags.ts';
import { bodyOfArea, KIM_BODY_COUNT } from './coverage.ts';
import { isStale } from './body-coverage.ts';
import { daysBetween } from '../util/days.ts';
import { runAtOnce } from '../util/slices.ts';
import { SourceCollector, type SourceRef } from './sources.ts';
import { dateSpan, midDay, type DateSpan } from './stichtag.ts';
import { countedPosts, shareFree } from './counted-posts.ts';

export { countedPosts, shareFree };

/** A figure and the sources it was computed from. */
export interface Sourced<T> {
  value: T;
  sources: SourceRef[];
}

/** VZÄ and posts of one Baustein. */
export interface BausteinFigure {
  baustein: Baustein;
  fte: number;
  posts: number;
}

/** A dated entry relative to today. */
export interface DatedEntry {
  entry: CalendarEntry;
  /** The date that counts: the end of a window or period, else the date. */
  date: string;
  /** Days from today to `date` (negative = past). */
  days: number;
}

/** One KIM body's line in the overview table. */
export interface BodyRow {
  ags: string;
  name: string;
  fte: number;
  byBaustein: Record<Baustein, number>;
  /** VZÄ at freie Träger / VZÄ with a known carrier; null when none is known. */
  shareFree: number | null;
  unknownCarrierFte: number;
  /** Newest `stand` of its rows (ISO, any precision): „zuletzt aktualisiert“. */
  newestAsOf: string | null;
  /** Its newest figure is older than 18 months at today's date. */
  stale: boolean;
  sources: SourceRef[];
}

/** Everything the Übersicht shows, computed from the dataset alone. */
export interface OverviewModel {
  scenario: string;
  /** The one body the Übersicht is filtered to (`koerperschaft=`), or null for all. */
  body: string | null;
  /** KIM bodies with a post figure in this scenario, of {@link KIM_BODY_COUNT}. */
  coverage: { bodies: number; total: number };
  /** Bodies whose posts have a published Träger (the share of freie Träger is over these). */
  carrierBodies: number;
  totalFte: Sourced<number>;
  byBaustein: Sourced<BausteinFigure[]>;
  carriers: Sourced<Record<CarrierType, number> & { shareFree: number | null }>;
  byStatus: Sourced<{ status: PostStatus; posts: number; fte: number }[]>;
  /** A funding period running today (`foerderzeitraum` with datum ≤ today ≤ bis). */
  runningPeriod: DatedEntry | null;
  /** The funding period that ended last, when none runs. */
  lastPeriod: DatedEntry | null;
  /** The next deadline or the end of an open application window (`frist`). */
  nextDeadline: DatedEntry | null;
  lastDeadline: DatedEntry | null;
  /** Newest date of any row in the dataset (post `stand`, Stichtag, past entry): „zuletzt aktualisiert“. */
  lastUpdate: string | null;
  /** The `stand` dates of the scenario's posts: the Übersicht says when its figures are from. */
  postsAsOf: DateSpan | null;
  lastSession: DatedEntry | null;
  nextSession: DatedEntry | null;
  bodies: BodyRow[];
}

const STATUS_ORDER: PostStatus[] = [
  'besetzt',
  'ausgeschrieben',
  'vakant',
  'geplant',
  'unbekannt',
  'entfallen',
];

const round = (n: number) => Math.round(n * 100) / 100;

/** End of a deadline window or funding period, else its date. */
const deadlineDate = (e: CalendarEntry) => (e.until ?? e.date).iso;

function nearest(
  entries: readonly CalendarEntry[],
  today: string,
  when: (e: CalendarEntry) => string,
  future: boolean,
): DatedEntry | null {
  const candidates = entries
    .map((entry) => ({ entry, date: when(entry), days: daysBetween(today, when(entry)) }))
    .filter((d) => (future ? d.days >= 0 : d.days < 0))
    .sort((a, b) => (future ? a.days - b.days : b.days - a.days));
  return candidates[0] ?? null;
}

/** Entries of the Übersicht: the body's own and its Gemeinden's, plus the Land's (they apply to every body). */
function entriesFor(events: readonly CalendarEntry[], body: string | null): CalendarEntry[] {
  if (!body) return [...events];
  return events.filter(
    (e) => e.body === LAND_NRW || e.body === body || bodyOfArea(e.body) === body,
  );
}

/** The newer of two ISO dates of any precision (by their middle day). */
const later = (a: string | null, b: string | undefined): string | null =>
  b && (!a || midDay(b) > midDay(a)) ? b : a;

/** The figures a preview compares (Issue 18: without the whole Übersicht, which a million posts make slow). */
export interface HeadlineFigures {
  totalFte: number;
  bausteinFte: [number, number, number];
  shareFree: number | null;
  bodies: number;
  nextDeadline: string | null;
  lastSession: string | null;
}

/**
 * The Übersicht's headline figures for all bodies and the Ist, computed as
 * `overview` computes them (same helpers; a test holds them equal), in a few
 * passes over the posts.
 */
export function headlineFigures(dataset: Dataset, today: string): HeadlineFigures {
  // The sums of `overview` in one pass over the posts, in the same order (same digits).
  const all = new FteSums(false);
  const bodies = new Set<string>();
  for (const p of dataset.posts) {
    if (p.scenario !== IST || p.status === 'entfallen') continue;
    all.add(p, undefined);
    bodies.add(p.body);
  }
  const deadlines = dataset.events.filter((e) => e.kind === 'frist');
  const sessions = dataset.events.filter((e) => e.kind === 'sitzung');
  return {
    totalFte: round(all.fte),
    bausteinFte: [round(all.baustein[0]), round(all.baustein[1]), round(all.baustein[2])],
    shareFree: all.shareFree(),
    bodies: bodies.size,
    nextDeadline: nearest(deadlines, today, deadlineDate, true)?.date ?? null,
    lastSession: nearest(sessions, today, (e) => e.date.iso, false)?.date ?? null,
  };
}

/**
 * VZÄ of some posts, summed as they come (in the same order as a filter and
 * `sumFte` would, so the figures are the same to the last digit).
 */
class FteSums {
  fte = 0;
  baustein: [number, number, number] = [0, 0, 0];
  posts: [number, number, number] = [0, 0, 0];
  carrier: Record<CarrierType, number> = { kommune: 0, frei: 0, unbekannt: 0 };
  /** VZÄ with a known Träger, summed apart (a sum of the two types would round differently). */
  known = 0;
  knownCarrier = false;
  newest: string | null = null;
  readonly sources: SourceCollector | null;

  /** `withSources`: collect the sources too (the Übersicht); the preview's figures need none. */
  constructor(withSources = true) {
    this.sources = withSources ? new SourceCollector() : null;
  }

  add(p: Post, stamp: string | undefined) {
    this.fte += p.fte;
    const b = p.baustein - 1;
    this.baustein[b] = this.baustein[b]! + p.fte;
    this.posts[b] = this.posts[b]! + 1;
    this.carrier[p.carrierType] += p.fte;
    if (p.carrierType !== 'unbekannt') {
      this.known += p.fte;
      this.knownCarrier = true;
    }
    if (stamp !== undefined && stamp !== this.newest) this.newest = later(this.newest, stamp);
    this.sources?.add(p);
  }

  /** As {@link shareFree}: VZÄ at freie Träger / VZÄ with a known Träger. */
  shareFree(): number | null {
    const total = round(this.known);
    return total > 0 ? round(this.carrier.frei) / total : null;
  }
}

/**
 * Key figures of the Übersicht. `today` is injected (URL `heute=`, tests) so
 * countdowns are reproducible. With `body` (URL `koerperschaft=`) only that
 * body's posts and entries count, plus the Land's deadlines and periods.
 */
export function overview(
  dataset: Dataset,
  gazetteer: Gazetteer,
  today: string,
  scenario = IST,
  body: string | null = null,
): OverviewModel {
  return runAtOnce(overviewSteps(dataset, gazetteer, today, scenario, body));
}

/** Posts per step of {@link overviewSteps}: a step takes some 10–20 ms in a browser. */
export const OVERVIEW_SLICE = 25_000;

/**
 * {@link overview} as steps: it pauses (yields the posts done so far) after
 * every {@link OVERVIEW_SLICE} posts, so a page can compute the Übersicht of
 * a million posts between frames (runInSlices) with the same result.
 */
export function* overviewSteps(
  dataset: Dataset,
  gazetteer: Gazetteer,
  today: string,
  scenario = IST,
  body: string | null = null,
): Generator<number, OverviewModel> {
  const events = entriesFor(dataset.events, body);
  const deadlines = events.filter((e) => e.kind === 'frist');
  const periods = events.filter((e) => e.kind === 'foerderzeitraum');
  const sessions = events.filter((e) => e.kind === 'sitzung');
  const running = periods
    .filter((e) => e.date.iso <= today && (e.until?.iso ?? e.date.iso) >= today)
    .sort((a, b) => deadlineDate(a).localeCompare(deadlineDate(b)))[0];
  // One pass over the posts (a million make each extra filter cost a second): the posts
  // that count feed the total and their body, every post of the scenario the status.
  const all = new FteSums();
  const byBody = new Map<string, FteSums>();
  const status = new Map<PostStatus, { posts: number; fte: number }>();
  const statusSources = new SourceCollector();
  const asOfs = new Set<string>();
  let lastUpdate: string | null = null;
  const list = dataset.posts;
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && i % OVERVIEW_SLICE === 0) yield i;
    const p = list[i]!;
    if (p.scenario !== scenario || (body && p.body !== body)) continue;
    const stamp = p.asOf?.iso ?? p.start?.iso;
    if (stamp !== undefined && stamp !== lastUpdate) lastUpdate = later(lastUpdate, stamp);
    if (p.asOf) asOfs.add(p.asOf.iso);
    const s = status.get(p.status);
    if (s) {
      s.posts++;
      s.fte += p.fte;
    } else status.set(p.status, { posts: 1, fte: p.fte });
    statusSources.add(p);
    if (p.status === 'entfallen') continue;
    all.add(p, stamp);
    let own = byBody.get(p.body);
    if (!own) byBody.set(p.body, (own = new FteSums()));
    own.add(p, stamp);
  }
  const bodies = [...byBody].map(([ags, own]): BodyRow => ({
    ags,
    name: gazetteer.label(ags),
    fte: round(own.fte),
    byBaustein: { 1: round(own.baustein[0]), 2: round(own.baustein[1]), 3: round(own.baustein[2]) },
    shareFree: own.shareFree(),
    unknownCarrierFte: round(own.carrier.unbekannt),
    newestAsOf: own.newest,
    stale: isStale(own.newest, today),
    sources: own.sources!.result(),
  }));
  bodies.sort((a, b) => b.fte - a.fte || a.name.localeCompare(b.name));
  // The same posts back the total, the Bausteine and the Träger: their sources are collected once.
  const postSources = all.sources!.result();
  for (const o of dataset.obliged)
    if (!body || bodyOfArea(o.ags) === body) lastUpdate = later(lastUpdate, o.asOf.iso);
  for (const e of events) if (e.date.iso <= today) lastUpdate = later(lastUpdate, e.date.iso);
  const coveredBodies = new Set<string>();
  let carrierBodies = 0;
  for (const [ags, own] of byBody) {
    coveredBodies.add(bodyOfArea(ags) ?? ags);
    if (own.knownCarrier) carrierBodies++;
  }
  return {
    scenario,
    body,
    coverage: { bodies: coveredBodies.size, total: KIM_BODY_COUNT },
    carrierBodies,
    totalFte: { value: round(all.fte), sources: postSources },
    byBaustein: {
      value: ([1, 2, 3] as const).map((b) => ({
        baustein: b,
        fte: round(all.baustein[b - 1]!),
        posts: all.posts[b - 1]!,
      })),
      sources: postSources,
    },
    carriers: {
      value: {
        kommune: round(all.carrier.kommune),
        frei: round(all.carrier.frei),
        unbekannt: round(all.carrier.unbekannt),
        shareFree: all.shareFree(),
      },
      sources: postSources,
    },
    byStatus: {
      value: STATUS_ORDER.flatMap((st) => {
        const own = status.get(st);
        return own ? [{ status: st, posts: own.posts, fte: round(own.fte) }] : [];
      }),
      sources: statusSources.result(),
    },
    postsAsOf: dateSpan([...asOfs]),
    runningPeriod: running
      ? {
          entry: running,
          date: deadlineDate(running),
          days: daysBetween(today, deadlineDate(running)),
        }
      : null,
    lastPeriod: running ? null : nearest(periods, today, deadlineDate, false),
    nextDeadline: nearest(deadlines, today, deadlineDate, true),
    lastDeadline: nearest(deadlines, today, deadlineDate, false),
    lastSession: nearest(sessions, today, (e) => e.date.iso, false),
    nextSession: nearest(sessions, today, (e) => e.date.iso, true),
    lastUpdate,
    bodies,
  };
}
