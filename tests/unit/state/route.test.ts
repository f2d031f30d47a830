import { describe, expect, it } from 'vitest';
import { hrefFor, hrefWith, parseHash } from '../../../src/lib/state/route.ts';

describe('parseHash', () => {
  it.each([
    ['', '/', '/'],
    ['#/', '/', '/'],
    ['#/karte', '/karte', '/karte'],
    ['#/karte/', '/karte', '/karte'],
    ['#karte?lang=en', '/karte', '/karte'],
    ['#/gibtsnicht', null, '/gibtsnicht'],
  ])('%s → %s', (hash, path, raw) => {
    const r = parseHash(hash);
    expect(r.path).toBe(path);
    expect(r.raw).toBe(raw);
  });

  it('reads parameters', () => {
    expect(parseHash('#/?heute=2022-11-01&lang=en').params.get('heute')).toBe('2022-11-01');
  });
});

describe('hrefFor / hrefWith', () => {
  it('keeps global parameters and drops page-specific ones', () => {
    const current = new URLSearchParams('lang=en&heute=2022-11-01&mass=vzae');
    expect(hrefFor('/karte', current)).toBe('#/karte?lang=en&heute=2022-11-01');
    expect(hrefFor('/', new URLSearchParams())).toBe('#/');
  });

  it('changes one parameter of the current page', () => {
    expect(hrefWith(parseHash('#/daten?quelle=x'), 'lang', 'en')).toBe('#/daten?quelle=x&lang=en');
  });
});
