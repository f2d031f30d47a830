import { wrapText } from '../charts/wrap.ts';
import { maxOf } from '../util/no-spread.ts';
import { BOLD_EM, CHAR_EM } from './frame.ts';

/** One bar of a slide: a label, stacked parts (by Trägertyp) and its total. */
export interface SlideBarInput {
  key: string;
  label: string;
  /** A heading drawn above this bar (a group: an area of a comparison). */
  group?: string;
  parts: { key: string; type: string; value: number }[];
  total: number;
}

export interface SlideBarsLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: {
    key: string;
    label: string;
    lines: string[];
    labelY: number;
    group: { text: string; y: number } | null;
    y: number;
    height: number;
    total: number;
    totalX: number;
    /** The total sits inside the bar's end (white) when the bar reaches the right edge. */
    totalInside: boolean;
    parts: { key: string; type: string; value: number; x: number; width: number }[];
  }[];
  /** Bars that did not fit the frame (named under the chart, listed in the handout). */
  hidden: number;
  /** Top of the first bar's slot (the bars are centred vertically). */
  top: number;
  axisY: number;
}

/**
 * Horizontal bars at slide size: labels (wrapped to two lines at most) left of
 * the bars, the total at each bar's end, all text at `font` px. Bars share one
 * linear scale from zero; as many bars as fit at a readable height are drawn,
 * the rest are counted.
 */
export function slideBarsLayout(
  items: readonly SlideBarInput[],
  box: { width: number; height: number },
  font: number,
  fmt: (n: number) => string,
  options: { max?: number } = {},
): SlideBarsLayout {
  const line = Math.round(font * 1.2);
  const labelMax = Math.round(box.width * 0.36);
  const wrapped = items.map((it) => wrapText(it.label, labelMax, font * CHAR_EM, 6).slice(0, 3));
  const labelWidth = Math.min(
    labelMax,
    Math.ceil(
      maxOf(
        wrapped.flatMap((ls) => ls.map((l) => l.length * font * CHAR_EM)),
        font * 4,
      ),
    ) + font,
  );
  const totalRoom = Math.ceil(
    maxOf(
      items.map((i) => fmt(i.total).length * font * BOLD_EM),
      font * 2,
    ) + font,
  );
  const groupHeight = Math.round(font * 1.6);
  // Height of each bar slot: room for its label lines, at most 2.6 lines, at least the label.
  const rowsHeight = (n: number) => {
    let h = 0;
    let lastGroup: string | undefined;
    for (let i = 0; i < n; i++) {
      const g = items[i]!.group;
      if (g !== undefined && g !== lastGroup) h += groupHeight;
      lastGroup = g;
      h += Math.max(wrapped[i]!.length * line, font * 1.6) + font * 0.6;
    }
    return h;
  };
  let shown = items.length;
  const room = box.height - line; // the last line: "n weitere"
  while (shown > 1 && rowsHeight(shown) > (shown < items.length ? room : box.height)) shown--;
  const natural = rowsHeight(shown);
  const available = shown < items.length ? room : box.height;
  // Spread the bars over the frame, but no bar thicker than 2.6 label lines.
  const stretch = Math.min(natural > 0 ? available / natural : 1, 2);
  const max =
    options.max ??
    maxOf(
      items.map((i) => i.total),
      1,
    );
  const plot = Math.max(font * 4, box.width - labelWidth - totalRoom);
  const x = (v: number) => labelWidth + (v / (max || 1)) * plot;
  let y = 0;
  let lastGroup: string | undefined;
  const bars = items.slice(0, shown).map((it, i) => {
    let group: { text: string; y: number } | null = null;
    if (it.group !== undefined && it.group !== lastGroup) {
      group = { text: it.group, y: Math.round(y + font) };
      y += groupHeight * stretch;
    }
    lastGroup = it.group;
    const lines = wrapped[i]!;
    const slot = (Math.max(lines.length * line, font * 1.6) + font * 0.6) * stretch;
    const height = Math.round(Math.min(slot - font * 0.5, font * 3));
    const top = y + (slot - height) / 2;
    let acc = 0;
    const parts = it.parts.map((p) => {
      const x0 = x(acc);
      acc += p.value;
      return { ...p, x: Math.round(x0), width: Math.max(0, Math.round(x(acc) - x0)) };
    });
    const end = x(it.total);
    const totalInside = end + totalRoom > box.width;
    const bar = {
      key: it.key,
      label: it.label,
      lines,
      labelY: Math.round(top + height / 2 - ((lines.length - 1) * line) / 2 + font * 0.35),
      group,
      y: Math.round(top),
      height,
      total: it.total,
      totalX: Math.round(totalInside ? end - font * 0.4 : end + font * 0.4),
      totalInside,
      parts,
    };
    y += slot;
    return bar;
  });
  // Few bars sit in the middle of the frame, not at its top.
  const shift = Math.max(0, Math.round((available - y) / 2));
  for (const b of bars) {
    b.y += shift;
    b.labelY += shift;
    if (b.group) b.group.y += shift;
  }
  return {
    width: box.width,
    height: box.height,
    labelWidth,
    bars,
    hidden: items.length - shown,
    top: shift,
    axisY: Math.round(y) + shift,
  };
}
