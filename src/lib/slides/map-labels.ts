import { textWidth } from './frame.ts';

/**
 * Labels of a slide map at `font` px: the most important first (the marked
 * unit, then by value), each kept inside the box, and a label that would
 * overlap one already placed is left out rather than moved away from its
 * area. The slide's table (handout) names every unit.
 */
export function placeSlideLabels(
  candidates: readonly { id: string; text: string; x: number; y: number; priority: number }[],
  box: { width: number; height: number },
  font: number,
): { id: string; text: string; x: number; y: number }[] {
  const placed: { id: string; text: string; x: number; y: number; w: number }[] = [];
  const h = font * 1.15;
  for (const c of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const w = textWidth(c.text, font, true);
    if (w > box.width) continue;
    const x = Math.min(Math.max(c.x, w / 2 + 2), box.width - w / 2 - 2);
    const y = Math.min(Math.max(c.y, h), box.height - 4);
    const hit = placed.some(
      (p) => Math.abs(p.x - x) < (p.w + w) / 2 + font * 0.3 && Math.abs(p.y - y) < h + 2,
    );
    if (!hit) placed.push({ id: c.id, text: c.text, x, y, w });
  }
  return placed.map(({ id, text, x, y }) => ({
    id,
    text,
    x: Math.round(x),
    y: Math.round(y),
  }));
}
