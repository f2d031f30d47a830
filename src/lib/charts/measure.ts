import type { Measure } from './wrap.ts';

/** The font charts and their downloads are drawn in. */
export const CHART_FONT = 'DejaVu Sans, Segoe UI, Arial, sans-serif';

/**
 * How wide a text is drawn in `size` px at `weight`: measured with a canvas
 * where one exists (the browser, with the font the PNG is drawn in); else a
 * generous estimate of DejaVu Sans (bold about 0.7 em per character,
 * regular 0.62), so that a line or a label box is rather too wide than too
 * narrow.
 */
export function textMeasure(size: number, weight = 400): Measure {
  const ctx =
    typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (ctx) {
    ctx.font = `${weight} ${size}px ${CHART_FONT}`;
    return (t) => ctx.measureText(t).width;
  }
  const em = weight >= 700 ? 0.7 : 0.62;
  return (t) => t.length * size * em;
}
