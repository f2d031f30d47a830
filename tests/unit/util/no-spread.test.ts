import { describe, expect, it } from 'vitest';
import { appendAll, fromCharCodes, maxOf, minOf } from '../../../src/lib/util/no-spread.ts';
import { defaultRange } from '../../../src/lib/state/timeline-params.ts';

const TEN_MILLION = 10_000_000;

describe('no-spread helpers at 10 million items', () => {
  const big = Array.from({ length: TEN_MILLION }, (_, i) => (i * 7919) % TEN_MILLION);

  it('the spread they replace overflows the stack at this size', () => {
    expect(() => Math.max(...big)).toThrow(RangeError);
    expect(() => [].push(...(big as never[]))).toThrow(RangeError);
  });

  it('maxOf and minOf find the extremes, with floor and ceiling', () => {
    expect(maxOf(big)).toBe(TEN_MILLION - 1);
    expect(minOf(big)).toBe(0);
    expect(maxOf([], 1)).toBe(1);
    expect(minOf([], 5)).toBe(5);
    expect(maxOf([0.5], 1)).toBe(1);
  });

  it('appendAll appends every item in order', () => {
    const out = [1, 2];
    appendAll(out, big);
    expect(out.length).toBe(TEN_MILLION + 2);
    expect(out[2]).toBe(0);
    expect(out.at(-1)).toBe(big.at(-1));
  });

  it('fromCharCodes turns 10 million code units into one string', () => {
    const units = new Uint16Array(TEN_MILLION).fill(0x00e4); // ä
    units[TEN_MILLION - 1] = 0x20ac; // €
    const s = fromCharCodes(units);
    expect(s.length).toBe(TEN_MILLION);
    expect(s.slice(-2)).toBe('ä€');
  });
});

it('the Zeitleiste range of 100,000 Termine needs no spread', () => {
  const entries = Array.from({ length: 100_000 }, (_, i) => ({
    date: { iso: `20${String(10 + (i % 20))}-0${1 + (i % 9)}-15` },
    until: null,
  }));
  expect(defaultRange(entries as never, '2026-12-01')).toEqual(['2009-11-15', '2029-11-15']);
});
