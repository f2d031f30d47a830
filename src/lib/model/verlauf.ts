import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import { IST, type Baustein, type Evidence, type ObligedCount, type Post } from '../data/types.ts';
import { concerns, existedOn, lastDay } from './posts-at.ts';
import { midDay } from './stichtag.ts';

/** What a Verlauf shows: counts of ausreisepflichtige, or VZÄ per Baustein from `beginn`/`ende`. */
export type VerlaufMeasure = 'ausreisepflichtige' | 'vzae';
export const VERLAUF_MEASURES: readonly VerlaufMeasure[] = ['ausreisepflichtige', 'vzae'];

/** One point of a line: a real Stichtag (or a date a post began or ended), never an interpolation. */
export interface VerlaufPoint {
  /** ISO date of any precision, as in the data (`2015`, `2024-08`, `2024-07-31`). */
  iso: string;
  value: number;
  /** Whose count it is (`bezug`); for VZÄ empty. */
  reference?: string;
  evidence: Evidence | null;
  source?: string;
  /** The rows behind the point, so a reader can check it. */
  rows: { file: string; line: number; source?: string; evidence: Evidence | null }[];
  /** For VZÄ: what changed on that date (post ids begun or ended). */
  changes?: { begun: string[]; ended: string[] };
  /** For VZÄ: the bodies of the posts counted on that date. */
  bodies?: string[];
}

/** A line: its points in time order and the runs of points that are joined. */
export interface VerlaufSeries {
  /** `anzahl`, `geduldet`, `b1`, `b2`, `b3`. */
  key: string;
  points: VerlaufPoint[];
  /**
   * Runs of point indices joined by a line: consecutive points are joined
   * only when no whole calendar year lies between them (2019 → 2021 leaves a
   * gap for 2020). A run of one index is a lone point.
   */
  runs: number[][];
  /** VZÄ hold between two dates: drawn as steps, not slopes. */
  step: boolean;
}

/** A count at a Stichtag that is not on the line (a narrower `bezug` on the same day). */
export interface VerlaufAside {
  series: string;
  point: VerlaufPoint;
}

export interface Verlauf {
  measure: VerlaufMeasure;
  /** AGS or `NRW`. */
  area: string;
  series: VerlaufSeries[];
  /** Further counts on a Stichtag of the line, listed in the table, never drawn. */
  asides: VerlaufAside[];
  /** For VZÄ: Ist posts without a published `beginn` (never counted, named). */
  withoutStart: number;
  /** Distinct `bezug` texts on the lines: more than one means the count's area changes. */
  references: string[];
}

/** Joins consecutive points unless a whole calendar year lies between them. */
export function runsOf(points: readonly { iso: string }[]): number[][] {
  const runs: number[][] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    const joined = prev && Number(p.iso.slice(0, 4)) - Number(prev.iso.slice(0, 4)) <= 1;
    if (joined) runs[runs.length - 1]!.push(i);
    else runs.push([i]);
  });
  return runs;
}

const byTime = (a: string, b: string) => midDay(a).localeCompare(midDay(b)) || a.localeCompare(b);

const rowOf = (r: ObligedCount | Post) => ({
  file: r.file,
  line: r.line,
  source: r.source,
  evidence: r.evidence,
});

function obligedPoint(r: ObligedCount, value: number): VerlaufPoint {
  return {
    iso: r.asOf.iso,
    value,
    reference: r.reference,
    evidence: r.evidence,
    source: r.source,
    rows: [rowOf(r)],
  };
}

/**
 * Ausreisepflichtige and geduldete of one area (exactly its AGS, or `NRW`)
 * over its Stichtage. Where one Stichtag has several counts (a Kreis with and
 * without a town's own Ausländerbehörde), the line takes the widest one (the
 * largest count) and the others are kept as asides with their `bezug`.
 */
export function obligedVerlauf(dataset: Dataset, area: string): Verlauf {
  const byDate = new Map<string, ObligedCount[]>();
  for (const r of dataset.obliged) {
    if (r.ags !== area) continue;
    const list = byDate.get(r.asOf.iso);
    if (list) list.push(r);
    else byDate.set(r.asOf.iso, [r]);
  }
  const dates = [...byDate.keys()].sort(byTime);
  const count: VerlaufPoint[] = [];
  const tolerated: VerlaufPoint[] = [];
  const asides: VerlaufAside[] = [];
  for (const iso of dates) {
    const list = byDate.get(iso)!;
    const withCount = list.filter((r) => r.count !== null);
    const main = withCount.reduce<ObligedCount | null>(
      (best, r) => (!best || r.count! > best.count! ? r : best),
      null,
    );
    if (main) count.push(obligedPoint(main, main.count!));
    const withTolerated = list.filter((r) => r.tolerated !== undefined);
    const tol =
      main?.tolerated !== undefined
        ? main
        : withTolerated.reduce<ObligedCount | null>(
            (best, r) => (!best || r.tolerated! > best.tolerated! ? r : best),
            null,
          );
    if (tol) tolerated.push(obligedPoint(tol, tol.tolerated!));
    for (const r of withCount)
      if (r !== main) asides.push({ series: 'anzahl', point: obligedPoint(r, r.count!) });
    for (const r of withTolerated)
      if (r !== tol) asides.push({ series: 'geduldet', point: obligedPoint(r, r.tolerated!) });
  }
  const series: VerlaufSeries[] = [];
  if (count.length) series.push({ key: 'anzahl', points: count, runs: runsOf(count), step: false });
  if (tolerated.length)
    series.push({ key: 'geduldet', points: tolerated, runs: runsOf(tolerated), step: false });
  const references = [
    ...new Set(series.flatMap((s) => s.points.map((p) => p.reference ?? ''))),
  ].filter(Boolean);
  return { measure: 'ausreisepflichtige', area, series, asides, withoutStart: 0, references };
}

/** The ISO day after a day. */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** True when an Ist post that was not dropped belongs to the area (a town: serves it; NRW: any). */
const inArea = (p: Post, area: string, dataset: Dataset, gazetteer: Gazetteer): boolean =>
  area === 'NRW'
    ? p.scenario === IST && p.status !== 'entfallen'
    : concerns(p, area, dataset, gazetteer);

/**
 * VZÄ per Baustein of an area (a body, a town it serves, or all of NRW) over
 * time. Points lie on the days the sources date a change: the last day of a
 * published `beginn` (a month or year counts from its last day, when the post
 * certainly runs) and the day after a published `ende`. Posts without a
 * `beginn` are never counted and are named in `withoutStart`.
 */
export function fteVerlauf(dataset: Dataset, gazetteer: Gazetteer, area: string): Verlauf {
  const posts: Post[] = [];
  let withoutStart = 0;
  for (const p of dataset.posts) {
    if (!inArea(p, area, dataset, gazetteer)) continue;
    if (p.start) posts.push(p);
    else withoutStart += 1;
  }
  const series: VerlaufSeries[] = [];
  for (const b of [1, 2, 3] as Baustein[]) {
    const own = posts.filter((p) => p.baustein === b);
    if (!own.length) continue;
    const changes = new Map<string, { begun: string[]; ended: string[] }>();
    const at = (iso: string) => {
      let c = changes.get(iso);
      if (!c) changes.set(iso, (c = { begun: [], ended: [] }));
      return c;
    };
    for (const p of own) {
      at(lastDay(p.start!.iso)).begun.push(p.id);
      if (p.end) at(dayAfter(lastDay(p.end.iso))).ended.push(p.id);
    }
    const points = [...changes.keys()].sort().map((iso): VerlaufPoint => {
      const running = own.filter((p) => existedOn(p, iso) === 'yes');
      const c = changes.get(iso)!;
      const changed = own.filter((p) => c.begun.includes(p.id) || c.ended.includes(p.id));
      const evidence = changed[0]?.evidence ?? null;
      return {
        iso,
        value: Math.round(running.reduce((s, p) => s + p.fte, 0) * 100) / 100,
        evidence,
        source: changed[0]?.source,
        rows: changed.map(rowOf),
        changes: c,
        bodies: [...new Set(running.map((p) => p.body))],
      };
    });
    // VZÄ are a state between dates, not a sample: every step is joined.
    series.push({ key: `b${b}`, points, runs: [points.map((_, i) => i)], step: true });
  }
  return { measure: 'vzae', area, series, asides: [], withoutStart, references: [] };
}

/** The areas with at least one count of ausreisepflichtige, NRW first. */
export function obligedAreas(dataset: Dataset): string[] {
  const set = new Set(dataset.obliged.map((r) => r.ags));
  return [...set].sort((a, b) => (a === 'NRW' ? -1 : b === 'NRW' ? 1 : a.localeCompare(b)));
}

/** First and last point of a series, for the alt text („von 2015 bis 2024 von 172 auf 663“). */
export function endsOf(s: VerlaufSeries): { first: VerlaufPoint; last: VerlaufPoint } | null {
  const first = s.points[0];
  const last = s.points[s.points.length - 1];
  return first && last ? { first, last } : null;
}
