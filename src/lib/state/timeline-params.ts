import type { Baustein, CalendarEntry, EventKind } from '../data/types.ts';
import { maxOf, minOf } from '../util/no-spread.ts';

/** The Zeitleiste's state, all in the URL (`#/zeitleiste?von=2021-01-01&bis=2023-01-01&art=sitzung`). */
export interface TimelineState {
  from: string | null;
  to: string | null;
  body: string | null;
  /** Kinds shown; empty = all. */
  kinds: EventKind[];
  baustein: Baustein | null;
  /** Selected entry (`file:line`). */
  selected: string | null;
}

export const KINDS: EventKind[] = [
  'sitzung',
  'beschluss',
  'antrag',
  'frist',
  'foerderzeitraum',
  'sonstiges',
];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function readTimelineState(p: URLSearchParams): TimelineState {
  const b = Number(p.get('baustein'));
  return {
    from: ISO.test(p.get('von') ?? '') ? p.get('von') : null,
    to: ISO.test(p.get('bis') ?? '') ? p.get('bis') : null,
    body: p.get('koerperschaft') || null,
    kinds: (p.get('art') ?? '')
      .split(',')
      .filter((k): k is EventKind => (KINDS as string[]).includes(k)),
    baustein: b === 1 || b === 2 || b === 3 ? (b as Baustein) : null,
    selected: p.get('termin') || null,
  };
}

export function writeTimelineState(s: TimelineState, base: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of ['lang', 'heute', 'quelle']) {
    const v = base.get(key);
    if (v) p.set(key, v);
  }
  if (s.from) p.set('von', s.from);
  if (s.to) p.set('bis', s.to);
  if (s.body) p.set('koerperschaft', s.body);
  if (s.kinds.length) p.set('art', s.kinds.join(','));
  if (s.baustein) p.set('baustein', String(s.baustein));
  if (s.selected) p.set('termin', s.selected);
  return p;
}

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (iso: string) =>
  Date.parse(
    `${iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`,
  );

/** All entries plus today, with two months of margin on both sides. */
export function defaultRange(entries: readonly CalendarEntry[], today: string): [string, string] {
  const times = entries.flatMap((e) => [ms(e.date.iso), ms((e.until ?? e.date).iso)]);
  times.push(ms(today));
  const margin = 61 * 86_400_000;
  return [toDay(minOf(times) - margin), toDay(maxOf(times) + margin)];
}

/** Zooms around the centre (factor < 1 zooms in); never below two weeks. */
export function zoomRange([from, to]: [string, string], factor: number): [string, string] {
  const a = ms(from);
  const b = ms(to);
  const mid = (a + b) / 2;
  const half = Math.max(7 * 86_400_000, ((b - a) / 2) * factor);
  return [toDay(mid - half), toDay(mid + half)];
}

/** Moves the range by a fraction of its width (negative = into the past). */
export function panRange([from, to]: [string, string], fraction: number): [string, string] {
  const a = ms(from);
  const b = ms(to);
  const shift = (b - a) * fraction;
  return [toDay(a + shift), toDay(b + shift)];
}

/** Centres the current span on a date. */
export function centreOn([from, to]: [string, string], day: string): [string, string] {
  const half = (ms(to) - ms(from)) / 2;
  return [toDay(ms(day) - half), toDay(ms(day) + half)];
}

/** Entries matching the body, kind and Baustein filters (an 8-digit body also matches its Kreis filter). */
export function filterEntries(
  entries: readonly CalendarEntry[],
  s: TimelineState,
): CalendarEntry[] {
  return entries.filter(
    (e) =>
      (!s.body || e.body === s.body || (s.body.length === 5 && e.body.startsWith(s.body))) &&
      (s.kinds.length === 0 || s.kinds.includes(e.kind)) &&
      (!s.baustein || (e.bausteine ?? []).includes(s.baustein)),
  );
}
