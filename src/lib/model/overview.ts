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
import { daysBetween } from './days.ts';
import { collectSources, type SourceRef } from './sources.ts';

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
  /** Newest `stand` of its rows (ISO, any precision). */
  newestAsOf: string | null;
  sources: SourceRef[];
}

/** Everything the Übersicht shows, computed from the dataset alone. */
export interface OverviewModel {
  scenario: string;
  totalFte: Sourced<number>;
  byBaustein: Sourced<BausteinFigure[]>;
  carriers: Sourced<Record<CarrierType, number> & { shareFree: number | null }>;
  byStatus: Sourced<{ status: PostStatus; posts: number; fte: number }[]>;
  nextDeadline: DatedEntry | null;
  lastDeadline: DatedEntry | null;
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

/** Posts that count: the chosen scenario, without posts that were dropped (`entfallen`). */
export function countedPosts(dataset: Dataset, scenario = IST): Post[] {
  return dataset.posts.filter((p) => p.scenario === scenario && p.status !== 'entfallen');
}

/** VZÄ at freie Träger / VZÄ with a known Träger; null when no Träger is known. */
export function shareFree(posts: readonly Post[]): number | null {
  const known = posts.filter((p) => p.carrierType !== 'unbekannt');
  const total = sumFte(known);
  return total > 0 ? sumFte(known.filter((p) => p.carrierType === 'frei')) / total : null;
}

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

/**
 * Key figures of the Übersicht. `today` is injected (URL `heute=`, tests) so
 * countdowns are reproducible.
 */
export function overview(
  dataset: Dataset,
  gazetteer: Gazetteer,
  today: string,
  scenario = IST,
): OverviewModel {
  const posts = countedPosts(dataset, scenario);
  const bausteine: Baustein[] = [1, 2, 3];
  const byCarrier = (t: CarrierType) => sumFte(posts.filter((p) => p.carrierType === t));
  const deadlines = dataset.events.filter(
    (e) => e.kind === 'frist' || e.kind === 'foerderzeitraum',
  );
  const sessions = dataset.events.filter((e) => e.kind === 'sitzung');
  const allStatus = dataset.posts.filter((p) => p.scenario === scenario);
  const bodies = [...new Set(posts.map((p) => p.body))].map((ags): BodyRow => {
    const own = posts.filter((p) => p.body === ags);
    const asOf = own
      .map((p) => p.asOf?.iso)
      .filter((d): d is string => Boolean(d))
      .sort();
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
      newestAsOf: asOf[asOf.length - 1] ?? null,
      sources: collectSources(own),
    };
  });
  bodies.sort((a, b) => b.fte - a.fte || a.name.localeCompare(b.name));
  return {
    scenario,
    totalFte: { value: sumFte(posts), sources: collectSources(posts) },
    byBaustein: {
      value: bausteine.map((b) => {
        const own = posts.filter((p) => p.baustein === b);
        return { baustein: b, fte: sumFte(own), posts: own.length };
      }),
      sources: collectSources(posts),
    },
    carriers: {
      value: {
        kommune: byCarrier('kommune'),
        frei: byCarrier('frei'),
        unbekannt: byCarrier('unbekannt'),
        shareFree: shareFree(posts),
      },
      sources: collectSources(posts),
    },
    byStatus: {
      value: STATUS_ORDER.map((status) => {
        const own = allStatus.filter((p) => p.status === status);
        return { status, posts: own.length, fte: sumFte(own) };
      }).filter((s) => s.posts > 0),
      sources: collectSources(allStatus),
    },
    nextDeadline: nearest(deadlines, today, deadlineDate, true),
    lastDeadline: nearest(deadlines, today, deadlineDate, false),
    lastSession: nearest(sessions, today, (e) => e.date.iso, false),
    nextSession: nearest(sessions, today, (e) => e.date.iso, true),
    bodies,
  };
}
