import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/model/classify.ts';
import { PALETTES, paletteColors } from '../../../src/lib/model/palettes.ts';

const opts = (method: 'quantile' | 'equal' | 'ckmeans', classes = 3) => ({
  method,
  classes,
  palette: 'blues' as const,
});

describe('classify', () => {
  it('equal intervals split the range evenly, upper bounds inclusive', () => {
    const c = classify([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], opts('equal'));
    expect(c.classes.map((k) => k.to)).toEqual([3, 6, 9]);
    expect(c.classes.map((k) => k.count)).toEqual([4, 3, 3]);
    expect(c.classOf(3)).toBe(0);
    expect(c.classOf(3.01)).toBe(1);
  });

  it('quantiles put about the same number of areas in each class', () => {
    const c = classify([1, 2, 3, 4, 5, 6, 7, 8, 9], opts('quantile'));
    expect(c.classes.map((k) => k.count)).toEqual([3, 3, 3]);
    expect(c.classes.map((k) => [k.from, k.to])).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
    ]);
  });

  it('natural breaks (ckmeans) find the gaps', () => {
    const c = classify([1, 1.5, 2, 10, 11, 12, 40, 41], opts('ckmeans'));
    expect(c.classes.map((k) => [k.from, k.to])).toEqual([
      [1, 2],
      [10, 12],
      [40, 41],
    ]);
  });

  it('keeps ties in one class and merges duplicate breaks', () => {
    const c = classify([5, 5, 5, 5, 5, 9], opts('quantile', 4));
    expect(c.classes.map((k) => k.to)).toEqual([5, 9]);
    expect(c.classes.map((k) => k.count)).toEqual([5, 1]);
  });

  it('gives one class for a single value and none for no values', () => {
    const one = classify([4, 4, null], opts('ckmeans', 5));
    expect(one.classes).toEqual([{ color: PALETTES.blues[3][2], from: 4, to: 4, count: 2 }]);
    expect(one.noData).toBe(1);
    const none = classify([null, null], opts('quantile'));
    expect(none.classes).toEqual([]);
    expect(none.noData).toBe(2);
    expect(none.colorOf(3)).toBeNull();
  });

  it('never colours no-data as zero', () => {
    const c = classify([0, 10, null], opts('equal', 2));
    expect(c.colorOf(null)).toBeNull();
    expect(c.colorOf(0)).toBe(c.classes[0]!.color);
    expect(c.noData).toBe(1);
  });

  it('does not modify its input', () => {
    const values = [3, 1, 2];
    classify(values, opts('quantile'));
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('paletteColors', () => {
  it('gives k colours from light to dark', () => {
    expect(paletteColors('oranges', 5)).toHaveLength(5);
    expect(paletteColors('purples', 2)).toEqual(['#bcbddc', '#756bb1']);
    expect(paletteColors('blues', 0)).toEqual([]);
  });
});
