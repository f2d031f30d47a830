import { describe, expect, it } from 'vitest';
import { parseGermanNumber, type NumberKind } from '../../../src/lib/data/numbers.ts';

describe('parseGermanNumber', () => {
  it.each<[string, NumberKind, number]>([
    ['0,5', 'decimal', 0.5],
    ['1.5', 'decimal', 1.5],
    [',5', 'decimal', 0.5],
    ['1.234,5', 'decimal', 1234.5],
    ['1.234', 'decimal', 1.234],
    ['1.234', 'integer', 1234],
    ['1.234.567', 'decimal', 1234567],
    ['1 234', 'integer', 1234],
    ['1\u00a0234', 'integer', 1234],
    ['55.000', 'amount', 55000],
    ['55.000 €', 'amount', 55000],
    ['EUR 684.000,00', 'amount', 684000],
    [' 467 ', 'integer', 467],
    ['-3', 'decimal', -3],
  ])('%s as %s → %s', (raw, kind, value) => {
    expect(parseGermanNumber(raw, kind)).toMatchObject({ ok: true, value });
  });

  it('reads English thousands with a warning', () => {
    const r = parseGermanNumber('1,234.5', 'decimal');
    expect(r).toMatchObject({ ok: true, value: 1234.5 });
    expect(r.ok && r.warning?.message).toContain('englischen Zahlenformat');
  });

  it.each([
    ['abc', 'decimal'],
    ['1,5', 'integer'],
    ['12 VZÄ', 'decimal'],
    ['1..5', 'decimal'],
    ['', 'decimal'],
  ] as [string, NumberKind][])('rejects %s as %s with a German hint', (raw, kind) => {
    const r = parseGermanNumber(raw, kind);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(/keine (ganze )?Zahl/);
      expect(r.hint).toMatch(/Bitte/);
    }
  });
});
