import { describe, expect, it } from 'vitest';
import { de } from '../../../src/lib/i18n/de.ts';
import { deTools } from '../../../src/lib/i18n/de-tools.ts';
import { deMap } from '../../../src/lib/i18n/de-map.ts';
import { en } from '../../../src/lib/i18n/en.ts';

const german: Record<string, string> = { ...de, ...deTools, ...deMap };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('the shared, the dashboard-only and the map German texts do not overlap', () => {
    const keys = [...Object.keys(de), ...Object.keys(deTools), ...Object.keys(deMap)];
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('English has exactly the German keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(german).sort());
  });

  it('every English text fills the same placeholders as its German one', () => {
    const differing = Object.keys(german).filter(
      (k) =>
        placeholders(german[k]!).join() !== placeholders((en as Record<string, string>)[k]!).join(),
    );
    expect(differing).toEqual([]);
  });

  it('no text is empty', () => {
    for (const [k, v] of [...Object.entries(german), ...Object.entries(en)])
      expect(v.trim(), k).not.toBe('');
  });
});
