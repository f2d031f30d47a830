import { describe, expect, it } from 'vitest';
import { wrapMeasured } from '../../../src/lib/charts/wrap.ts';

describe('wrapMeasured', () => {
  const measure = (t: string) => t.length * 10; // 10 px per character
  it('fits every line and cuts nothing, also a word wider than the line', () => {
    const text =
      'KIM-Stellen nach Baustein: Donaudampfschifffahrtsgesellschaft Siegen-Wittgenstein';
    const lines = wrapMeasured(text, 120, measure);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(120);
    expect(lines.join(' ').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    expect(lines).toContain('KIM-Stellen');
  });
  it('keeps a text that fits on one line', () => {
    expect(wrapMeasured('kurz und gut', 500, measure)).toEqual(['kurz und gut']);
  });
});
