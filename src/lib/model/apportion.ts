/** Apportionment methods for distributing VZÄ over places. */
export type ApportionMethod = 'hare' | 'dhondt' | 'sainte-lague';

/** Result for one place: its quota (exact proportional share) and what it gets. */
export interface Apportioned {
  quota: number;
  amount: number;
}

/**
 * Distributes `total` in units of `step` over places by their weights.
 *
 * - `hare` (Hare–Niemeyer, largest remainder): every place gets the whole
 *   units of its quota, the rest go to the largest remainders. Satisfies the
 *   quota rule: each amount is its quota rounded down or up (in steps).
 * - `dhondt` and `sainte-lague` (highest averages): units go one by one to
 *   the place with the highest weight / divisor, divisors 1, 2, 3 … or 1, 3, 5 ….
 *
 * Ties are broken deterministically: the larger weight first, then the place
 * listed first. Places with weight 0 get nothing. Sums are exact in `step`.
 */
export function apportion(
  weights: readonly number[],
  total: number,
  step: number,
  method: ApportionMethod,
): Apportioned[] {
  const units = Math.round(total / step);
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  const quotas = weights.map((w) => (sum > 0 ? (Math.max(0, w) / sum) * units : 0));
  const seats = new Array<number>(weights.length).fill(0);
  if (sum > 0 && units > 0) {
    if (method === 'hare') {
      quotas.forEach((q, i) => (seats[i] = Math.floor(q + 1e-9)));
      let left = units - seats.reduce((s, x) => s + x, 0);
      const order = quotas
        .map((q, i) => ({ i, r: q - seats[i]!, w: weights[i]! }))
        .sort((a, b) => b.r - a.r || b.w - a.w || a.i - b.i);
      for (const o of order) {
        if (left <= 0) break;
        if (weights[o.i]! <= 0) continue;
        seats[o.i]! += 1;
        left--;
      }
    } else {
      const divisor = method === 'dhondt' ? (s: number) => s + 1 : (s: number) => 2 * s + 1;
      for (let n = 0; n < units; n++) {
        let best = -1;
        let bestAvg = -1;
        weights.forEach((w, i) => {
          if (w <= 0) return;
          const avg = w / divisor(seats[i]!);
          if (avg > bestAvg + 1e-12 || (Math.abs(avg - bestAvg) <= 1e-12 && w > weights[best]!)) {
            best = i;
            bestAvg = avg;
          }
        });
        seats[best]! += 1;
      }
    }
  }
  return quotas.map((q, i) => ({
    quota: q * step,
    amount: Math.round(seats[i]! * step * 1000) / 1000,
  }));
}

/**
 * FlüAG-style key (§ 3 FlüAG NRW): 90 % population share + 10 % area share;
 * the area part may raise a place's share by at most `cap` (25 %) over its
 * population share; the excess goes to the others by population. Shares sum to 1.
 */
export function fluagKey(
  population: readonly number[],
  area: readonly number[],
  cap = 0.25,
): number[] {
  const p = population.reduce((s, x) => s + x, 0);
  const a = area.reduce((s, x) => s + x, 0);
  if (p <= 0) return population.map(() => 0);
  const popShare = population.map((x) => x / p);
  let shares = popShare.map((ps, i) => 0.9 * ps + 0.1 * (a > 0 ? area[i]! / a : ps));
  for (let round = 0; round < 10; round++) {
    const capped = shares.map((s, i) => Math.min(s, popShare[i]! * (1 + cap)));
    const excess = shares.reduce((s, x, i) => s + x - capped[i]!, 0);
    if (excess <= 1e-12) break;
    const free = capped.map((s, i) => (s < popShare[i]! * (1 + cap) - 1e-12 ? popShare[i]! : 0));
    const freeSum = free.reduce((s, x) => s + x, 0);
    shares = capped.map((s, i) => s + (freeSum > 0 ? (excess * free[i]!) / freeSum : 0));
  }
  return shares;
}
