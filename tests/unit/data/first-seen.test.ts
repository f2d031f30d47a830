import { describe, expect, it } from 'vitest';
import { FirstSeen } from '../../../src/lib/data/first-seen.ts';

describe('FirstSeen', () => {
  it('keeps the first value of each text through many growths', () => {
    const seen = new FirstSeen();
    for (let i = 0; i < 50_000; i++) expect(seen.firstOrAdd(`P${i}`, i)).toBeUndefined();
    expect(seen.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 997) expect(seen.firstOrAdd(`P${i}`, -1)).toBe(i);
    expect(seen.firstOrAdd('P50000', 7)).toBeUndefined();
    expect(seen.size).toBe(50_001);
  });

  it('tells apart texts of one hash slot, and the empty text, `__proto__` and umlauts', () => {
    const seen = new FirstSeen();
    const keys = ['', '__proto__', 'constructor', 'SI-CM-1', 'SI-CM-1 ', 'Müller', 'Mu\u0308ller'];
    keys.forEach((k, i) => expect(seen.firstOrAdd(k, i)).toBeUndefined());
    keys.forEach((k, i) => expect(seen.firstOrAdd(k, 99)).toBe(i));
    // 0 is a value like any other.
    expect(new FirstSeen().firstOrAdd('x', 0)).toBeUndefined();
  });
});
