import { nice, ticks } from 'd3-array';
import { maxOf, minOf } from '../util/no-spread.ts';
import { midDay } from '../model/stichtag.ts';
import { wrapMeasured, type Measure } from './wrap.ts';

/** A line to lay out: points in time order and the runs of indices joined by the line. */
export interface LineInput {
  key: string;
  label: string;
  color: string;
  points: readonly { iso: string; value: number }[];
  runs: readonly (readonly number[])[];
  step: boolean;
}

export interface LinePoint {
  index: number;
  iso: string;
  value: number;
  x: number;
  y: number;
}

export interface LineLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number; label: string }[];
  /** Calendar years without any point: drawn as a band „keine Angaben“, never bridged. */
  gaps: { x: number; width: number; from: number; to: number; labelled: boolean }[];
  lines: {
    key: string;
    label: string;
    color: string;
    /** One path per run of two or more joined points. */
    paths: string[];
    /**
     * Dotted connectors from the end of one run to the start of the next, over
     * a gap: they say „the same series“, never a value (no point lies on them).
     */
    bridges: string[];
    points: LinePoint[];
    /** The label at the line's end, wrapped, moved apart from the others. */
    end: { x: number; y: number; lines: string[]; anchorY: number };
  }[];
  /** A vertical mark for today (VZÄ reach into the future). */
  today: { x: number } | null;
  /** Notes at a date (`notiz=`) inside the time axis: number and x. */
  notes: { n: number; x: number }[];
}

export interface LineOptions {
  width: number;
  /** Plot height; by default from the width (taller on phones, relative to the width). */
  height?: number;
  fmt: (n: number) => string;
  /** Text widths of the 13 px labels (canvas in the browser, an estimate in Node). */
  measure: Measure;
  today?: string;
  /** Notes, drawn as numbered marks at their date (notes without one are skipped). */
  notes?: readonly { n: number; iso: string | null }[];
  /** `keine Angaben`, in the reader's language. */
  gapLabel: string;
}

const LABEL_LINE = 16;
const POINT_R = 4.5;
const DAY = 86_400_000;

const timeOf = (iso: string) => Date.parse(`${midDay(iso)}T00:00:00Z`);
const yearStart = (y: number) => Date.UTC(y, 0, 1);

/**
 * Lays out a line chart over time: a linear time axis by the middle day of
 * each Stichtag (a year counts as 1 July), a value axis from zero, labels at
 * the line ends (wrapped, pushed apart so that none overlaps), and a band
 * for each calendar year without any point.
 */
export function lineLayout(inputs: readonly LineInput[], o: LineOptions): LineLayout {
  const width = Math.max(240, o.width);
  const plotHeight = o.height ?? Math.round(Math.min(380, Math.max(200, width * 0.5)));
  const all = inputs.flatMap((s) => s.points);
  const todayTime = o.today ? timeOf(o.today) : null;
  const anyStep = inputs.some((s) => s.step);
  const [t0, t1] = timeSpan(inputs, o.today);
  const vMax = maxOf(
    all.map((p) => p.value),
    0,
  );
  // From zero to a round value above the highest point, so no point sits on the edge.
  const [, niceTop] = nice(0, vMax || 1, 4);
  const yTickValues = ticks(0, niceTop, 4);
  const yTop = Math.max(vMax, niceTop) || 1;
  const yLabels = yTickValues.map(o.fmt);
  const left = Math.ceil(maxOf(yLabels.map(o.measure), 10)) + 8;
  // End labels get at most a third of the width; long names wrap.
  // End labels get about a third of the width; long names wrap at spaces, never inside a word.
  const longestWord = maxOf(
    inputs.flatMap((s) => s.label.split(' ').map(o.measure)),
    40,
  );
  const labelWidth = Math.min(
    Math.max(60, width * 0.34, longestWord),
    maxOf(
      inputs.map((s) => o.measure(s.label)),
      40,
    ) + 4,
  );
  const top = 10;
  const right = width - labelWidth - 10;
  const bottom = top + plotHeight;
  const x = (t: number) => left + ((t - t0) / (t1 - t0 || 1)) * (right - left);
  const y = (v: number) => bottom - (v / yTop) * (bottom - top);

  const y0 = new Date(t0).getUTCFullYear();
  const y1 = new Date(t1).getUTCFullYear();
  const maxTicks = Math.max(3, Math.floor((right - left) / 44));
  const years = ticks(y0, y1 + 1, maxTicks).filter(
    (yr) => Number.isInteger(yr) && yearStart(yr) >= t0 && yearStart(yr) <= t1,
  );
  let xTicks = years.map((yr) => ({ x: x(yearStart(yr)), label: String(yr) }));
  // A narrow plot with room for one year tick at most names the first and last year under their points.
  const times = all.map((p) => timeOf(p.iso));
  const ends = [minOf(times), maxOf(times)].map((t) => ({
    x: x(t),
    label: String(new Date(t).getUTCFullYear()),
  }));
  if (
    xTicks.length < 2 &&
    ends[1]!.x - ends[0]!.x > o.measure('0000') + 16 &&
    ends[0]!.label < ends[1]!.label
  )
    xTicks = ends;
  const yTicks = yTickValues.map((v, i) => ({ y: y(v), value: v, label: yLabels[i]! }));

  // Years inside the range without a point of any line (steps are a state, not samples).
  const gaps: LineLayout['gaps'] = [];
  if (!anyStep && all.length) {
    const withData = new Set(all.map((p) => Number(p.iso.slice(0, 4))));
    const first = minOf(withData);
    const last = maxOf(withData);
    for (let yr = first + 1; yr < last; yr++) {
      if (withData.has(yr)) continue;
      const prev = gaps[gaps.length - 1];
      if (prev && prev.to === yr - 1) prev.to = yr;
      else gaps.push({ x: 0, width: 0, from: yr, to: yr, labelled: false });
    }
    for (const g of gaps) {
      g.x = x(yearStart(g.from));
      g.width = x(yearStart(g.to + 1)) - g.x;
      g.labelled = g.width >= o.measure(o.gapLabel) + 8;
    }
  }

  const lines = inputs.map((s) => {
    const points: LinePoint[] = s.points.map((p, index) => ({
      index,
      iso: p.iso,
      value: p.value,
      x: x(timeOf(p.iso)),
      y: y(p.value),
    }));
    const paths = s.runs
      .filter((run) => run.length > 1 || (s.step && run.length === 1))
      .map((run) => {
        const pts = run.map((i) => points[i]!);
        let d = `M${r1(pts[0]!.x)},${r1(pts[0]!.y)}`;
        for (const p of pts.slice(1))
          d += s.step ? `H${r1(p.x)}V${r1(p.y)}` : `L${r1(p.x)},${r1(p.y)}`;
        // A state holds after its last change: up to the right edge.
        if (s.step && pts[pts.length - 1]!.value > 0) d += `H${r1(right)}`;
        return d;
      });
    const bridges = s.step
      ? []
      : s.runs.slice(1).map((run, k) => {
          const a = points[s.runs[k]![s.runs[k]!.length - 1]!]!;
          const b = points[run[0]!]!;
          return `M${r1(a.x)},${r1(a.y)}L${r1(b.x)},${r1(b.y)}`;
        });
    const last = points[points.length - 1];
    const anchorY = last?.y ?? bottom;
    return {
      key: s.key,
      label: s.label,
      color: s.color,
      paths,
      bridges,
      points,
      end: {
        x: right + 8,
        y: anchorY,
        anchorY,
        lines: [...wrapMeasured(s.label, labelWidth, o.measure), last ? o.fmt(last.value) : ''],
      },
    };
  });
  placeEnds(lines, top, bottom);
  const height = Math.ceil(
    Math.max(
      bottom + 28,
      maxOf(
        lines.map((l) => l.end.y + l.end.lines.length * LABEL_LINE),
        0,
      ),
    ),
  );
  const today =
    anyStep && todayTime !== null && todayTime >= t0 && todayTime <= t1
      ? { x: x(todayTime) }
      : null;
  const notes = notesInSpan(o.notes ?? [], [t0, t1]).map(({ n, t }) => ({ n, x: x(t) }));
  return {
    width,
    height,
    plot: { left, top, right, bottom },
    xTicks,
    yTicks,
    gaps,
    lines,
    today,
    notes,
  };
}

/** The time axis of these series: first to last point (to today for step lines), at least a year wide. */
export function timeSpan(inputs: readonly LineInput[], today?: string): [number, number] {
  const times = inputs.flatMap((s) => s.points.map((p) => timeOf(p.iso)));
  const todayTime = today ? timeOf(today) : null;
  let t0 = times.length ? minOf(times) : Date.UTC(2020, 0, 1);
  let t1 = times.length ? maxOf(times) : t0;
  if (inputs.some((s) => s.step) && todayTime !== null && todayTime > t1) t1 = todayTime;
  // A single date: a year either side, so the point stands in the middle.
  if (t1 - t0 < 180 * DAY) {
    t0 -= 365 * DAY;
    t1 += 365 * DAY;
  }
  return [t0, t1];
}

/** The notes dated inside a time span, with their time. */
export function notesInSpan(
  notes: readonly { n: number; iso: string | null }[],
  [t0, t1]: readonly [number, number],
): { n: number; t: number }[] {
  return notes.flatMap(({ n, iso }) => {
    const t = iso ? timeOf(iso) : NaN;
    return t >= t0 && t <= t1 ? [{ n, t }] : [];
  });
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Moves end labels apart top to bottom so that no two overlap (label y = top of its first line). */
function placeEnds(lines: LineLayout['lines'], top: number, bottom: number): void {
  const order = [...lines].sort((a, b) => a.end.anchorY - b.end.anchorY);
  let next = top;
  for (const l of order) {
    const h = l.end.lines.length * LABEL_LINE;
    l.end.y = Math.max(next, l.end.anchorY - LABEL_LINE / 2);
    next = l.end.y + h + 2;
  }
  // Pushed below the plot: shift all up as far as the top allows.
  const overflow = next - 2 - (bottom + LABEL_LINE);
  if (overflow > 0) for (const l of order) l.end.y = Math.max(top, l.end.y - overflow);
  // Shifting up can only close gaps from the top; repair any overlap by pushing down again.
  let cursor = top;
  for (const l of order) {
    l.end.y = Math.max(l.end.y, cursor);
    cursor = l.end.y + l.end.lines.length * LABEL_LINE + 2;
  }
}

export { LABEL_LINE, POINT_R };
