import { describe, expect, it } from 'vitest';
import { apportion, fluagKey, type ApportionMethod } from '../../../src/lib/model/apportion.ts';

const amounts = (w: number[], n: number, step: number, m: ApportionMethod) =>
  apportion(w, n, step, m).map((a) => a.amount);

describe('apportion – textbook examples', () => {
  // 8 seats, votes 100 000 / 80 000 / 30 000 / 20 000 (the standard Wikipedia example).
  const votes = [100_000, 80_000, 30_000, 20_000];
  it("D'Hondt gives 4, 3, 1, 0", () =>
    expect(amounts(votes, 8, 1, 'dhondt')).toEqual([4, 3, 1, 0]));
  it('Sainte-Laguë gives 3, 3, 1, 1', () =>
    expect(amounts(votes, 8, 1, 'sainte-lague')).toEqual([3, 3, 1, 1]));
  it('Hare–Niemeyer gives 3, 3, 1, 1 (quotas 3.48, 2.78, 1.04, 0.70; remainders .78 and .70 win)', () => {
    const r = apportion(votes, 8, 1, 'hare');
    expect(r.map((x) => x.amount)).toEqual([3, 3, 1, 1]);
    expect(r.map((x) => Math.round(x.quota * 100) / 100)).toEqual([3.48, 2.78, 1.04, 0.7]);
  });
  it('Hare–Niemeyer: the Alabama-style example 7 / 5 / 2 over 10 units', () => {
    expect(amounts([4700, 3300, 2000], 10, 1, 'hare')).toEqual([5, 3, 2]);
  });
});

describe('apportion – properties over many random cases', () => {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const cases = Array.from({ length: 400 }, () => {
    const k = 2 + Math.floor(rand() * 9);
    const weights = Array.from(
      { length: k },
      () => Math.floor(rand() * 100_000) + (rand() < 0.1 ? 0 : 1),
    );
    const step = [1, 0.5, 0.25][Math.floor(rand() * 3)]!;
    const total = Math.round((1 + rand() * 30) / step) * step;
    return { weights, step, total };
  });

  it.each(['hare', 'dhondt', 'sainte-lague'] as const)(
    '%s sums exactly to N in steps',
    (method) => {
      for (const { weights, step, total } of cases) {
        const r = apportion(weights, total, step, method);
        const sum = r.reduce((s, x) => s + x.amount, 0);
        expect(Math.round(sum * 1000) / 1000).toBe(total);
        for (const x of r)
          expect(Math.abs(x.amount / step - Math.round(x.amount / step))).toBeLessThan(1e-9);
      }
    },
  );

  it('Hare–Niemeyer satisfies the quota rule', () => {
    for (const { weights, step, total } of cases)
      for (const x of apportion(weights, total, step, 'hare')) {
        expect(x.amount).toBeGreaterThanOrEqual(Math.floor(x.quota / step + 1e-9) * step - 1e-9);
        expect(x.amount).toBeLessThanOrEqual(Math.ceil(x.quota / step - 1e-9) * step + 1e-9);
      }
  });

  it('gives nothing to a place with weight 0, and is deterministic on ties', () => {
    expect(amounts([0, 5, 5], 3, 1, 'hare')).toEqual([0, 2, 1]);
    expect(amounts([5, 5], 1, 1, 'dhondt')).toEqual([1, 0]);
    expect(amounts([5, 5], 1, 1, 'sainte-lague')).toEqual([1, 0]);
    expect(amounts([5, 5], 1, 1, 'hare')).toEqual([1, 0]);
  });

  it('does not modify its input', () => {
    const w = [3, 1, 2];
    apportion(w, 5, 0.5, 'hare');
    expect(w).toEqual([3, 1, 2]);
  });
});

describe('fluagKey', () => {
  it('mixes 90 % population and 10 % area and sums to 1', () => {
    const k = fluagKey([100, 100], [10, 30]);
    expect(k[0]! + k[1]!).toBeCloseTo(1, 12);
    expect(k[0]).toBeCloseTo(0.9 * 0.5 + 0.1 * 0.25, 12);
  });
  it('caps the area uplift at 25 % of the population share', () => {
    const k = fluagKey([10, 990], [500, 500]);
    expect(k[0]).toBeCloseTo(0.01 * 1.25, 12);
    expect(k[0]! + k[1]!).toBeCloseTo(1, 12);
  });
});
