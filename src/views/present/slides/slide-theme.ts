import type { CarrierType } from '../../../lib/data/types.ts';

/** Slide themes: white (default), black (dark rooms) and high contrast (washed-out projectors). */
export type SlideTheme = 'hell' | 'dunkel' | 'kontrast';
export const SLIDE_THEMES: readonly SlideTheme[] = ['hell', 'dunkel', 'kontrast'];

export function readTheme(params: URLSearchParams): SlideTheme {
  const v = params.get('thema');
  return v === 'dunkel' || v === 'kontrast' ? v : 'hell';
}

/**
 * Fills per Trägertyp on each theme; every fill has at least 3:1 contrast
 * with the slide's background (WCAG 1.4.11). `pattern` is drawn over the fill
 * in the high-contrast theme, so the type is told by pattern as well as colour.
 */
export const CARRIER_STYLE: Record<
  SlideTheme,
  Record<CarrierType, { fill: string; pattern: 'none' | 'hatch' | 'cross' | 'dots' }>
> = {
  hell: {
    kommune: { fill: '#0b4f8a', pattern: 'none' },
    frei: { fill: '#b35300', pattern: 'none' },
    unbekannt: { fill: '#6b6b6b', pattern: 'hatch' },
  },
  dunkel: {
    kommune: { fill: '#56b4e9', pattern: 'none' },
    frei: { fill: '#e69f00', pattern: 'none' },
    unbekannt: { fill: '#9a9a9a', pattern: 'hatch' },
  },
  kontrast: {
    kommune: { fill: '#00325e', pattern: 'none' },
    frei: { fill: '#8f3f00', pattern: 'hatch' },
    unbekannt: { fill: '#4d4d4d', pattern: 'cross' },
  },
};

/**
 * The footer's source line: as many publishers as fit two lines (the first
 * beside the Stand and counter), then "und n weitere" — the handout lists all.
 */
export function footerSources(
  labels: readonly string[],
  firstLine: number,
  fullLine: number,
  font: number,
  more: (n: number) => string,
): { text: string; shown: number } {
  // Wrapping at words loses about a fifth of each line.
  const capacity = ((firstLine + fullLine) / (font * 0.62)) * 0.8 - more(labels.length).length;
  let text = '';
  let shown = 0;
  for (const l of labels) {
    const next = text ? `${text}, ${l}` : l;
    if (next.length > capacity && shown > 0) break;
    text = next;
    shown++;
  }
  if (shown < labels.length) text = `${text} ${more(labels.length - shown)}`;
  return { text, shown };
}

const hex = (c: string) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const toHex = (rgb: number[]) =>
  `#${rgb.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/**
 * Map classes for the high-contrast theme: no light tints (the lightest still
 * has 3:1 against white), each class with its own pattern, denser for higher
 * values, in white on the dark half so it stays visible.
 */
export function contrastClasses(
  n: number,
): { fill: string; pattern: 'none' | 'dots' | 'hatch' | 'cross'; ink: string }[] {
  const [a, b] = [hex('#5b8fc7'), hex('#051c3f')];
  const patterns = ['none', 'dots', 'hatch', 'cross'] as const;
  return Array.from({ length: n }, (_, i) => {
    const f = n > 1 ? i / (n - 1) : 1;
    return {
      fill: toHex(a.map((v, k) => v + (b[k]! - v) * f)),
      pattern: patterns[i % patterns.length]!,
      ink: f >= 0.5 ? '#ffffff' : '#000000',
    };
  });
}

/**
 * Text colours of a slide: ink, and the ink of a dimmed element (the others
 * beside a highlight). Dimmed text still meets 4.5:1 on the theme's
 * background; only shapes are faded (`DIM_OPACITY`), never text.
 */
export const SLIDE_INK: Record<SlideTheme, { ink: string; dim: string; bg: string }> = {
  hell: { ink: '#111111', dim: '#767676', bg: '#ffffff' },
  dunkel: { ink: '#ffffff', dim: '#8c8c8c', bg: '#000000' },
  kontrast: { ink: '#000000', dim: '#595959', bg: '#ffffff' },
};
export const DIM_OPACITY = 0.35;
