import { daysBetween } from '../util/days.ts';

/** The Stichtage a picture mixes: the earliest and latest and how many distinct ones. */
export interface DateSpan {
  /** ISO date of any precision (`2015`, `2024-08`, `2024-07-31`). */
  from: string;
  to: string;
  /** Distinct Stichtage. */
  count: number;
}

/** The span of some Stichtage (ISO, any precision); null when there are none. */
export function dateSpan(isos: readonly (string | undefined | null)[]): DateSpan | null {
  const distinct = [...new Set(isos.filter((d): d is string => Boolean(d)))];
  if (distinct.length === 0) return null;
  distinct.sort((a, b) => midDay(a).localeCompare(midDay(b)) || a.localeCompare(b));
  return { from: distinct[0]!, to: distinct[distinct.length - 1]!, count: distinct.length };
}

/** True when a picture puts figures of more than one Stichtag side by side. */
export const isMixed = (span: DateSpan | null): boolean => (span?.count ?? 0) > 1;

/** Whole years between the earliest and the latest Stichtag. */
export const spanYears = (span: DateSpan): number =>
  Number(span.to.slice(0, 4)) - Number(span.from.slice(0, 4));

/**
 * A partial date as the day in the middle of its period (`2021` → 1 July,
 * `2021-09` → 15 September), so that "nearest" and "newest" compare fairly.
 */
export function midDay(iso: string): string {
  if (iso.length === 4) return `${iso}-07-01`;
  if (iso.length === 7) return `${iso}-15`;
  return iso.slice(0, 10);
}

/** Days between two Stichtage of any precision (by their middle days), always ≥ 0. */
export function distanceInDays(a: string, b: string): number {
  return Math.abs(daysBetween(midDay(a), midDay(b)));
}

/** The item whose Stichtag is nearest to `iso`; on a tie the newer one. */
export function nearestTo<T extends { asOf: { iso: string } }>(
  items: readonly T[],
  iso: string,
): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const item of items) {
    const d = distanceInDays(item.asOf.iso, iso);
    if (
      d < bestDistance ||
      (d === bestDistance && best && midDay(item.asOf.iso) > midDay(best.asOf.iso))
    ) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** The item with the newest Stichtag (partial dates by their middle day). */
export function newestOf<T extends { asOf: { iso: string } }>(items: readonly T[]): T | null {
  let best: T | null = null;
  for (const item of items) if (!best || midDay(item.asOf.iso) > midDay(best.asOf.iso)) best = item;
  return best;
}

/** True when a Stichtag lies in a chosen period (`2024` covers `2024-08` and `2024-07-31`). */
export const withinPeriod = (iso: string, period: string): boolean => iso.startsWith(period);
