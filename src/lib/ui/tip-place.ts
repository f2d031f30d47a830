/** The widest a tip gets (CSS px); narrower viewports make it narrower. */
export const TIP_WIDTH = 280;
/** Line height and average glyph width of the tip text (0.875rem), padding and border. */
const LINE = 19;
const GLYPH = 7.4;
const PAD = 18;
/** Gap between a tip and its anchor. */
const GAP = 8;

/** The height a tip of these lines will take at this width, each line wrapped (an estimate from above). */
export function tipHeight(lines: readonly string[], width: number): number {
  const perLine = Math.max(1, Math.floor((width - PAD) / GLYPH));
  return PAD + LINE * lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
}

/**
 * Where a tip goes in the viewport (fixed position, so no chart frame clips
 * it): centred on `x`, above `top` when it fits there, else below `bottom`
 * when it fits there, else on the side with more room.
 */
export function tipPlace(
  x: number,
  top: number,
  bottom: number,
  viewport: { width: number; height: number },
  lines: readonly string[],
): { left: number; top: number; above: boolean; width: number } {
  const width = Math.min(TIP_WIDTH, viewport.width);
  const left = Math.max(0, Math.min(x - width / 2, viewport.width - width));
  const need = tipHeight(lines, width) + GAP;
  const roomBelow = viewport.height - bottom;
  const above = top >= need || (roomBelow < need && top > roomBelow);
  return { left, top: above ? top - GAP : bottom + GAP, above, width };
}
