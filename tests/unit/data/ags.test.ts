import { describe, expect, it } from 'vitest';
import { agsWithin, parseAgs } from '../../../src/lib/data/ags.ts';

const ALL = { gemeinde: true, kreis: true, land: true };

describe('parseAgs', () => {
  it.each([
    ['05970040', '05970040', false],
    ['05970', '05970', false],
    ['05 970 040', '05970040', false],
    ['NRW', 'NRW', false],
    ['nrw', 'NRW', false],
    ['5970040', '05970040', true],
    ['5970', '05970', true],
    ['053340002002', '05334002', true],
  ])('%s → %s (warning: %s)', (raw, value, warned) => {
    const r = parseAgs(raw, ALL);
    expect(r).toMatchObject({ ok: true, value });
    expect(r.ok && Boolean(r.warning)).toBe(warned);
  });

  it.each(['123', '0597004012', 'Siegen', '05970-040'])('rejects %s with a hint', (raw) => {
    const r = parseAgs(raw, ALL);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.hint).toContain('05970040');
  });

  it('respects the allowed levels', () => {
    expect(parseAgs('05970040', { gemeinde: false, kreis: true, land: false }).ok).toBe(false);
    expect(parseAgs('NRW', { gemeinde: true, kreis: true, land: false }).ok).toBe(false);
  });
});

describe('agsWithin', () => {
  it.each([
    ['05970040', '05970', true],
    ['05970', '05970', true],
    ['05334002', '05334', true],
    ['05970040', '05334', false],
    ['05970040', 'NRW', true],
    ['09162000', 'NRW', false],
  ])('%s in %s → %s', (inner, outer, expected) => {
    expect(agsWithin(inner, outer)).toBe(expected);
  });
});
