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
import { bodyOfArea, isStale, KIM_BODY_COUNT } from './coverage.ts';
import { daysBetween } from '../util/days.ts';
import { collectSources, type SourceRef } from './sources.ts';
import { midDay } from './stichtag.ts';
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
const sumFte = (posts: readonly Post[]) => round(posts.reduce((s, p) => s + p.fte, 0));

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
  const posts = countedPosts(dataset, IST);
  const fte: [number, number, number] = [0, 0, 0];
  const bodies = new Set<string>();
  for (const p of posts) {
    fte[p.baustein - 1] = fte[p.baustein - 1]! + p.fte;
    bodies.add(p.body);
  }
  const deadlines = dataset.events.filter((e) => e.kind === 'frist');
  const sessions = dataset.events.filter((e) => e.kind === 'sitzung');
  return {
    totalFte: sumFte(posts),
    bausteinFte: [round(fte[0]), round(fte[1]), round(fte[2])],
    shareFree: shareFree(posts),
    bodies: bodies.size,
    nextDeadline: nearest(deadlines, today, deadlineDate, true)?.date ?? null,
    lastSession: nearest(sessions, today, (e) => e.date.iso, false)?.date ?? null,
  };
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
  const posts = countedPosts(dataset, scenario).filter((p) => !body || p.body === body);
  const bausteine: Baustein[] = [1, 2, 3];
  const byCarrier = (t: CarrierType) => sumFte(posts.filter((p) => p.carrierType === t));
  const events = entriesFor(dataset.events, body);
  const deadlines = events.filter((e) => e.kind === 'frist');
  const periods = events.filter((e) => e.kind === 'foerderzeitraum');
  const sessions = events.filter((e) => e.kind === 'sitzung');
  const allStatus = dataset.posts.filter(
    (p) => p.scenario === scenario && (!body || p.body === body),
  );
  const running = periods
    .filter((e) => e.date.iso <= today && (e.until?.iso ?? e.date.iso) >= today)
    .sort((a, b) => deadlineDate(a).localeCompare(deadlineDate(b)))[0];
  // Posts per body in one pass (in order of first appearance), not one filter per body.
  const byBody = new Map<string, Post[]>();
  for (const p of posts) {
    const own = byBody.get(p.body);
    if (own) own.push(p);
    else byBody.set(p.body, [p]);
  }
  const bodies = [...byBody].map(([ags, own]): BodyRow => {
    let newestAsOf: string | null = null;
    for (const p of own) newestAsOf = later(newestAsOf, p.asOf?.iso ?? p.start?.iso);
    return {
      ags,
      name: gazetteer.label(ags),
      fte: sumFte(own),
      byBaustein: {
        1: sumFte(own.filter((p) => p.baustein === 1)),
        2: sumFte(own.filter((p) => p.baustein === 2)),
        3: sumFte(own.filter((p) => p.baustein === 3)),
      },
      shareFree: shareFree(own),
      unknownCarrierFte: sumFte(own.filter((p) => p.carrierType === 'unbekannt')),
      newestAsOf,
      stale: isStale(newestAsOf, today),
      sources: collectSources(own),
    };
  });
  bodies.sort((a, b) => b.fte - a.fte || a.name.localeCompare(b.name));
  // The same posts back the total, the Bausteine and the Träger: their sources are collected once.
  const postSources = collectSources(posts);
  let lastUpdate: string | null = null;
  for (const p of allStatus) lastUpdate = later(lastUpdate, p.asOf?.iso ?? p.start?.iso);
  for (const o of dataset.obliged)
    if (!body || bodyOfArea(o.ags) === body) lastUpdate = later(lastUpdate, o.asOf.iso);
  for (const e of events) if (e.date.iso <= today) lastUpdate = later(lastUpdate, e.date.iso);
  return {
    scenario,
    body,
    coverage: {
      bodies: new Set(posts.map((p) => bodyOfArea(p.body) ?? p.body)).size,
      total: KIM_BODY_COUNT,
    },
    carrierBodies: new Set(posts.filter((p) => p.carrierType !== 'unbekannt').map((p) => p.body))
      .size,
    totalFte: { value: sumFte(posts), sources: postSources },
    byBaustein: {
      value: bausteine.map((b) => {
        const own = posts.filter((p) => p.baustein === b);
        return { baustein: b, fte: sumFte(own), posts: own.length };
      }),
      sources: postSources,
    },
    carriers: {
      value: {
        kommune: byCarrier('kommune'),
        frei: byCarrier('frei'),
        unbekannt: byCarrier('unbekannt'),
        shareFree: shareFree(posts),
      },
      sources: postSources,
    },
    byStatus: {
      value: STATUS_ORDER.map((status) => {
        const own = allStatus.filter((p) => p.status === status);
        return { status, posts: own.length, fte: sumFte(own) };
      }).filter((s) => s.posts > 0),
      sources: collectSources(allStatus),
    },
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
