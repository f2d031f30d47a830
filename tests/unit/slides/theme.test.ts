import { describe, expect, it } from 'vitest';
import {
  CARRIER_STYLE,
  contrastClasses,
  footerSources,
  SLIDE_INK,
} from '../../../src/views/present/slides/slide-theme.ts';
import { handoutSources, tableColumns } from '../../../src/views/present/handout.ts';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(c.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('slide themes (WCAG AA)', () => {
  it('text meets 4.5:1 on white and on black, and lines and fills 3:1', () => {
    // Ink and muted ink of SlideView.svelte's themes.
    expect(contrast('#111111', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#404040', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#ffffff', '#000000')).toBeGreaterThan(4.5);
    expect(contrast('#d0d0d0', '#000000')).toBeGreaterThan(4.5);
    expect(contrast('#595959', '#ffffff')).toBeGreaterThan(3);
    expect(contrast('#a6a6a6', '#000000')).toBeGreaterThan(3);
    // Dimmed text beside a highlight keeps AA too: only shapes fade.
    for (const { ink, dim, bg } of Object.values(SLIDE_INK)) {
      expect(contrast(ink, bg)).toBeGreaterThan(7);
      expect(contrast(dim, bg)).toBeGreaterThanOrEqual(4.5);
    }
    for (const [theme, bg] of [
      ['hell', '#ffffff'],
      ['dunkel', '#000000'],
      ['kontrast', '#ffffff'],
    ] as const)
      for (const s of Object.values(CARRIER_STYLE[theme]))
        expect(contrast(s.fill, bg), `${theme} ${s.fill}`).toBeGreaterThanOrEqual(3);
  });

  it('high contrast: no light tints, a pattern per class, patterns visible on their fill', () => {
    for (const n of [3, 5, 7]) {
      const classes = contrastClasses(n);
      expect(classes).toHaveLength(n);
      for (const c of classes) {
        expect(contrast(c.fill, '#ffffff')).toBeGreaterThanOrEqual(3);
        if (c.pattern !== 'none') expect(contrast(c.fill, c.ink)).toBeGreaterThanOrEqual(3);
      }
      expect(new Set(classes.slice(0, 4).map((c) => c.pattern)).size).toBe(Math.min(n, 4));
    }
  });
});

describe('footer and handout sources', () => {
  it('names as many publishers as fit two lines, then how many more', () => {
    const labels = Array.from({ length: 30 }, (_, i) => `Herausgeber Nummer ${i + 1}`);
    const f = footerSources(labels, 500, 960, 20, (n) => `+ ${n} weitere`);
    expect(f.shown).toBeGreaterThan(1);
    expect(f.shown).toBeLessThan(30);
    expect(f.text.endsWith(`+ ${30 - f.shown} weitere`)).toBe(true);
    expect(footerSources(['A', 'B'], 500, 960, 20, () => 'x')).toEqual({ text: 'A, B', shown: 2 });
  });

  it('lists every source once with its slides; a title only where the data give one', () => {
    const ref = (url: string | null, text = url ?? '', publisher: string | null = null) => ({
      text,
      url,
      publisher,
      evidence: null,
      evidenceRows: {},
      rows: [],
    });
    const list = handoutSources(
      [
        [ref('https://www.it.nrw/a', 'https://www.it.nrw/a', 'IT.NRW')],
        [
          ref('https://www.it.nrw/a', 'https://www.it.nrw/a', 'IT.NRW'),
          ref(null, 'Kreistag, Drucksache 199/2021'),
        ],
      ],
      { quellen: [{ text: 'Einwohnerzahlen', url: 'https://www.it.nrw/a' }] },
    );
    expect(list).toEqual([
      {
        publisher: 'IT.NRW',
        title: 'Einwohnerzahlen',
        url: 'https://www.it.nrw/a',
        slides: [1, 2],
      },
      { publisher: '–', title: 'Kreistag, Drucksache 199/2021', url: null, slides: [2] },
    ]);
    expect(tableColumns([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(tableColumns([], 2)).toEqual([[]]);
  });
});
