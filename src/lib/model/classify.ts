import { ckmeans } from 'simple-statistics';
import { paletteColors, type PaletteName } from './palettes.ts';

/** How values are cut into classes. */
export type ClassMethod = 'quantile' | 'equal' | 'ckmeans';

/** One colour class of the legend: values from `from` to `to` (inclusive). */
export interface LegendClass {
  color: string;
  from: number;
  to: number;
  /** How many areas fall into the class. */
  count: number;
}

/** The shared legend model of both renderers (maplibre and SVG). */
export interface Classification {
  method: ClassMethod;
  classes: LegendClass[];
  /** Areas without a value: drawn hatched and labelled "keine Angaben", never as zero. */
  noData: number;
  /** Class index of a value, or null for no data. */
  classOf(value: number | null): number | null;
  /** Colour of a value, or null for no data. */
  colorOf(value: number | null): string | null;
}

/** Options: method, wanted class count (fewer when there are fewer distinct values), palette. */
export interface ClassifyOptions {
  method: ClassMethod;
  classes: number;
  palette: PaletteName;
}

function quantileBreaks(sorted: number[], k: number): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const pos = (sorted.length * i) / k;
    breaks.push(sorted[Math.min(sorted.length - 1, Math.ceil(pos) - 1)]!);
  }
  return breaks;
}

function equalBreaks(min: number, max: number, k: number): number[] {
  return Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
}

/**
 * Cuts values into at most `classes` classes. Upper bounds are inclusive, so
 * ties always land in one class; duplicate breaks are merged; a single
 * distinct value gives one class; nulls are "no data" and never a class.
 * Pure: the input is not modified.
 */
export function classify(
  values: readonly (number | null)[],
  options: ClassifyOptions,
): Classification {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const sorted = [...present].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  const k = Math.max(0, Math.min(options.classes, distinct.length));
  let uppers: number[] = [];
  if (k === 1) uppers = [distinct[0]!];
  else if (k > 1) {
    const inner =
      options.method === 'quantile'
        ? quantileBreaks(sorted, k)
        : options.method === 'equal'
          ? equalBreaks(sorted[0]!, sorted[sorted.length - 1]!, k)
          : ckmeans(sorted, k)
              .slice(0, -1)
              .map((cluster) => cluster[cluster.length - 1]!);
    uppers = [...new Set([...inner, sorted[sorted.length - 1]!])].sort((a, b) => a - b);
  }
  const colors = paletteColors(options.palette, uppers.length);
  const classOf = (value: number | null): number | null => {
    if (value === null || !Number.isFinite(value) || uppers.length === 0) return null;
    const i = uppers.findIndex((u) => value <= u);
    return i === -1 ? uppers.length - 1 : i;
  };
  const counts = uppers.map(() => 0);
  for (const v of present) counts[classOf(v)!]! += 1;
  const classes = uppers.map((to, i) => {
    const inClass = sorted.filter((v) => classOf(v) === i);
    return {
      color: colors[i]!,
      from: inClass[0] ?? (i === 0 ? sorted[0]! : uppers[i - 1]!),
      to,
      count: counts[i]!,
    };
  });
  return {
    method: options.method,
    classes,
    noData: values.length - present.length,
    classOf,
    colorOf: (value) => {
      const i = classOf(value);
      return i === null ? null : colors[i]!;
    },
  };
}
