import { scaleLinear } from 'd3-scale';
import type { CarrierType } from '../data/types.ts';
import type { BarRow } from '../model/allocation.ts';

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
  rows: {
    key: string;
    label: string;
    y: number;
    height: number;
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
      showLabel: boolean;
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
  options: { width: number; max?: number; labelWidth?: number; rowHeight?: number },
): StackedLayout {
  const { width, labelWidth = Math.min(200, width * 0.34), rowHeight = 36 } = options;
  const max = options.max ?? Math.max(1, ...rows.map((r) => r.total));
  const x = scaleLinear()
    .domain([0, max])
    .range([labelWidth, width - 64])
    .nice();
  return {
    width,
    labelWidth,
    height: rows.length * rowHeight + 26,
    ticks: x.ticks(4).map((v) => ({ x: Math.round(x(v) * 10) / 10, value: v })),
    rows: rows.map((r, i) => {
      let acc = 0;
      const shades = new Map<CarrierType, number>();
      return {
        key: r.key,
        label: r.label,
        y: i * rowHeight + 4,
        height: rowHeight - 10,
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
            showLabel: w > 54,
          };
        }),
      };
    }),
  };
}
