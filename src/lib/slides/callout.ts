import { wrapText } from '../charts/wrap.ts';
import { CHAR_EM } from './frame.ts';
import { maxOf } from '../util/no-spread.ts';

/** A note drawn on a chart: a box of wrapped lines and a leader line to what it is about. */
export interface Callout {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** Leader from the box edge to the target. */
  leader: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * Places a note near `target` inside `box`: above-right of it when there is
 * room, else where there is, always fully inside the box (nothing cut).
 */
export function placeCallout(
  text: string,
  target: { x: number; y: number },
  box: { width: number; height: number },
  font: number,
): Callout | null {
  if (!text.trim()) return null;
  const pad = Math.round(font * 0.4);
  const maxWidth = Math.min(box.width * 0.45, font * CHAR_EM * 34);
  const lines = wrapText(text.trim(), maxWidth - 2 * pad, font * CHAR_EM, 6);
  const longest = maxOf(
    lines.map((l) => l.length),
    0,
  );
  const width = Math.min(box.width, Math.ceil(longest * font * CHAR_EM + 2 * pad));
  const height = Math.ceil(lines.length * font * 1.25 + 2 * pad);
  const gap = font;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const right = target.x + gap + width <= box.width;
  const above = target.y - gap - height >= 0;
  const x = clamp(right ? target.x + gap : target.x - gap - width, 0, box.width - width);
  const y = clamp(above ? target.y - gap - height : target.y + gap, 0, box.height - height);
  const ex = clamp(target.x, x, x + width);
  const ey = clamp(target.y, y, y + height);
  return {
    x: Math.round(x),
    y: Math.round(y),
    width,
    height,
    lines,
    leader: { x1: Math.round(ex), y1: Math.round(ey), x2: target.x, y2: target.y },
  };
}
