import { wrapText } from './wrap.ts';
import { maxOf } from '../util/no-spread.ts';

/** Simple horizontal bars: label above each bar (wrapped for narrow screens), value at its end. */
export interface BarsLayout {
  width: number;
  height: number;
  bars: {
    key: string;
    label: string;
    /** The label wrapped to the width, one entry per line. */
    lines: string[];
    value: number;
    y: number;
    barY: number;
    barHeight: number;
    width: number;
    valueX: number;
    valueInside: boolean;
  }[];
}

const LINE = 19;
/** Average width of a bold 15 px character of DejaVu Sans (measured: ~0.62 em). */
const CHAR = 9.3;

/** Wraps a label at spaces so that each line fits `width`. */
export const wrapLabel = (label: string, width: number): string[] => wrapText(label, width, CHAR);

/** Lays out bars for a width; a bar of value 0 stays visible as a 0 label, never as an invented sliver. */
export function barsLayout(
  items: readonly { key: string; label: string; value: number }[],
  width: number,
): BarsLayout {
  const barHeight = 30;
  const gap = 16;
  const max = maxOf(
    items.map((i) => i.value),
    0,
  );
  // A linear scale from 0 (bars must start at zero); no d3-scale, so the bar embed stays light.
  const x = (v: number) => (v / (max || 1)) * (width - 2);
  let y = 0;
  const bars = items.map((item) => {
    const lines = wrapLabel(item.label, width);
    const top = y;
    const barY = top + lines.length * LINE + 4;
    y = barY + barHeight + gap;
    const w = Math.max(0, x(item.value));
    const valueInside = w > width - 70;
    return {
      key: item.key,
      label: item.label,
      lines,
      value: item.value,
      y: top,
      barY,
      barHeight,
      width: w,
      valueX: valueInside ? w - 8 : w + 8,
      valueInside,
    };
  });
  return { width, height: Math.max(0, y - gap), bars };
}
