import { nice, ticks } from 'd3-array';
import type { CarrierType } from '../data/types.ts';
import type { BarRow } from '../model/allocation.ts';
import { maxOf } from '../util/no-spread.ts';

/** Fills per Trägertyp (Okabe–Ito blue / vermillion, hatch for unknown). */
export const CARRIER_FILL: Record<CarrierType, string> = {
  kommune: '#0b4f8a',
  frei: '#c15a00',
  unbekannt: 'hatch',
};

export interface StackedLayout {
  width: number;
  height: number;
  labelWidth: number;
  /** Top of the first bar (room for a key above). */
  top: number;
  /** The key drawn into the SVG (empty when the page shows its own). */
  key: { type: CarrierType; label: string; x: number; y: number }[];
  /** Group headings drawn above a row (e.g. the two scenarios of a comparison); y is the baseline. */
  headings: { text: string; y: number }[];
  rows: {
    key: string;
    label: string;
    y: number;
    height: number;
    /** Row label position: left of the bar, or above it on narrow charts. */
    labelX: number;
    labelY: number;
    labelAnchor: 'start' | 'end';
    total: number;
    totalX: number;
    segments: {
      key: string;
      label: string;
      carrierType: CarrierType;
      fte: number;
      x: number;
      width: number;
      shade: number;
    }[];
  }[];
  ticks: { x: number; value: number }[];
}

/**
 * Horizontal stacked bars: labels left, bars on a shared linear scale (so two
 * charts side by side compare), a direct label inside every segment wide
 * enough and the total at the end of each bar.
 */
export function stackedLayout(
  rows: readonly BarRow[],
  options: {
    width: number;
    max?: number;
    labelWidth?: number;
    rowHeight?: number;
    /** Key entries to draw above the bars (exports and embeds carry their own key). */
    key?: readonly { type: CarrierType; label: string }[];
    /** A heading line above the row with this key (groups in one chart, one scale). */
    headings?: Readonly<Record<string, string>>;
  },
): StackedLayout {
  const { width } = options;
  // Narrow (phones): each row's label goes above its bar, bars take the full width.
  const above = width < 480;
  const labelWidth = above ? 4 : (options.labelWidth ?? Math.min(200, width * 0.34));
  const rowHeight = options.rowHeight ?? (above ? 52 : 36);
  const barOffset = above ? 18 : 0;
  const key = flowKey(options.key ?? [], width);
  const top = key.length ? key.at(-1)!.y + 12 : 0;
  const max =
    options.max ??
    maxOf(
      rows.map((r) => r.total),
      1,
    );
  // A linear scale from 0 on d3-array's nice/ticks (as d3-scale's .nice() does, count 10):
  // no d3-scale, so the allocation embed stays light.
  const top0 = nice(0, max, 10)[1];
  const x = (v: number) => labelWidth + (v / top0) * (width - 64 - labelWidth);
  const headingHeight = 26;
  // Each row's top: the rows before it plus the headings up to and including its own.
  let y = top;
  const rowTop = rows.map((r) => {
    if (options.headings?.[r.key] !== undefined) y += headingHeight;
    const at = y;
    y += rowHeight;
    return at;
  });
  return {
    width,
    labelWidth,
    top,
    key,
    headings: rows.flatMap((r, i) => {
      const text = options.headings?.[r.key];
      return text === undefined ? [] : [{ text, y: rowTop[i]! - 8 }];
    }),
    height: y + 26,
    ticks: ticks(0, top0, 4).map((v) => ({ x: Math.round(x(v) * 10) / 10, value: v })),
    rows: rows.map((r, i) => {
      let acc = 0;
      const shades = new Map<CarrierType, number>();
      return {
        key: r.key,
        label: r.label,
        y: rowTop[i]! + 4 + barOffset,
        height: rowHeight - 10 - barOffset,
        labelX: above ? 4 : labelWidth - 8,
        labelY: above ? rowTop[i]! + 16 : rowTop[i]! + 4 + (rowHeight - 10) / 2 + 5,
        labelAnchor: above ? ('start' as const) : ('end' as const),
        total: r.total,
        totalX: Math.round((x(r.total) + 6) * 10) / 10,
        segments: r.segments.map((s) => {
          const x0 = x(acc);
          acc += s.fte;
          const w = x(acc) - x0;
          const shade = shades.get(s.carrierType) ?? 0;
          shades.set(s.carrierType, shade + 1);
          return {
            ...s,
            x: Math.round(x0 * 10) / 10,
            width: Math.round(w * 10) / 10,
            shade,
          };
        }),
      };
    }),
  };
}

const KEY_CHAR = 7.4; // 12 px DejaVu Sans, average

/** Key entries (swatch + label) in rows that wrap at `width`; y is the text baseline. */
function flowKey(
  items: readonly { type: CarrierType; label: string }[],
  width: number,
): { type: CarrierType; label: string; x: number; y: number }[] {
  let x = 0;
  let y = 14;
  return items.map((item) => {
    const w = 21 + item.label.length * KEY_CHAR + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 20;
    }
    const placed = { ...item, x, y };
    x += w;
    return placed;
  });
}
