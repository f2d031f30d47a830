import { utcTicks } from 'd3-time';
import type { Gazetteer } from '../data/gazetteer.ts';
import type { CalendarEntry, EventKind, Outcome } from '../data/types.ts';
import { maxOf } from '../util/no-spread.ts';

/** Marker shapes: outcome is told by shape and colour, never colour alone. */
export type Shape =
  'circle' | 'cross' | 'diamond' | 'square' | 'ring' | 'triangle-up' | 'triangle-down' | 'dot';

/** Okabe–Ito colours (colour-blind safe) per outcome and kind. */
export const OUTCOME_STYLE: Record<Outcome | 'ohne', { shape: Shape; color: string }> = {
  beschlossen: { shape: 'circle', color: '#009E73' },
  abgelehnt: { shape: 'cross', color: '#D55E00' },
  vertagt: { shape: 'diamond', color: '#E69F00' },
  'zur Kenntnis genommen': { shape: 'square', color: '#0072B2' },
  offen: { shape: 'ring', color: '#000000' },
  ohne: { shape: 'ring', color: '#000000' },
};
export const KIND_STYLE: Partial<Record<EventKind, { shape: Shape; color: string }>> = {
  antrag: { shape: 'triangle-up', color: '#56B4E9' },
  frist: { shape: 'triangle-down', color: '#CC79A7' },
  sonstiges: { shape: 'dot', color: '#555555' },
};
/** Fill of bands: funding periods green, application windows purple. */
export const BAND_COLOR: Record<'foerderzeitraum' | 'fenster', string> = {
  foerderzeitraum: '#cfe8d6',
  fenster: '#ecd5e6',
};

/** The marker style of an entry without a period. */
export function markStyle(e: CalendarEntry): { shape: Shape; color: string } {
  if (e.kind === 'sitzung' || e.kind === 'beschluss') return OUTCOME_STYLE[e.outcome ?? 'ohne'];
  return KIND_STYLE[e.kind] ?? OUTCOME_STYLE.ohne;
}

/** A stable key of an entry within its dataset (file and row). */
export const entryKey = (e: CalendarEntry) => `${e.file}:${e.line}`;

/**
 * Greedy row assignment: items sorted by start go into the first row whose
 * last item ends (plus `gap`) before they start, so no two items in a row
 * overlap. Returns the row of each item in input order.
 */
export function assignRows(
  items: readonly { start: number; end: number }[],
  gap = 0,
  maxRows = Infinity,
): number[] {
  const order = items
    .map((it, i) => ({ ...it, i }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const rowEnds: number[] = [];
  const rows = new Array<number>(items.length);
  for (const it of order) {
    let row = rowEnds.findIndex((end) => end + gap <= it.start);
    if (row === -1 && rowEnds.length >= maxRows)
      row = -1; // no room: not drawn, counted
    else if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(it.end);
    } else rowEnds[row] = it.end;
    rows[it.i] = row;
  }
  return rows;
}

/**
 * Rows per lane at most. More entries than fit side by side are not drawn
 * one by one (70,000 sessions would be 70,000 marks and thousands of rows):
 * the lane counts them (`hidden`) and the page says so; zooming in shows them.
 */
export const MAX_ROWS = 8;

export interface TimelineLane {
  key: string;
  body: string;
  label: string;
  sublabel: string;
  y: number;
  height: number;
  /** Entries of this lane in the range that found no row (drawn when zoomed in). */
  hidden: number;
}
export interface TimelineMark {
  key: string;
  entry: CalendarEntry;
  x: number;
  y: number;
  shape: Shape;
  color: string;
}
export interface TimelineBand {
  key: string;
  entry: CalendarEntry;
  x0: number;
  x1: number;
  y: number;
  height: number;
  color: string;
  /** The period goes on beyond the visible range on that side. */
  clippedStart: boolean;
  clippedEnd: boolean;
}
/** A body's header row above its lanes. */
export interface TimelineGroup {
  body: string;
  label: string;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  top: number;
  groups: TimelineGroup[];
  lanes: TimelineLane[];
  marks: TimelineMark[];
  bands: TimelineBand[];
  ticks: { x: number; date: Date; major: boolean }[];
  todayX: number | null;
  /** Notes at a date (`notiz=`) that fall in the range: number and x. */
  notes: { n: number; x: number }[];
  /** Entries outside the range (they are not drawn). */
  outside: number;
  /** Entries in the range too dense to draw one by one (see MAX_ROWS). */
  hidden: number;
  /** Every entry in the range, drawn or not, by date (the list under the chart). */
  inRange: CalendarEntry[];
}

export interface TimelineOptions {
  from: string;
  to: string;
  width: number;
  today: string;
  labelWidth?: number;
  rowHeight?: number;
  top?: number;
  /** Notes, drawn as numbered marks at their date (notes without one are skipped). */
  notes?: readonly { n: number; iso: string | null }[];
}

const MARK_RADIUS = 7;
const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
};
/** The last day a period covers (`2022` → 31.12.2022). */
const endOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  if (d !== undefined) return utc(iso);
  if (m !== undefined) return new Date(Date.UTC(y!, m, 0));
  return new Date(Date.UTC(y!, 11, 31));
};

/**
 * Lays out a timeline: one lane per body for its periods (bands) and one per
 * committee for its dated entries (marks), rows inside a lane so nothing
 * overlaps, bands clipped to the visible range, ticks and the "heute" line.
 */
export function timelineLayout(
  entries: readonly CalendarEntry[],
  gazetteer: Gazetteer,
  options: TimelineOptions,
): TimelineLayout {
  const { width, labelWidth = 230, rowHeight = 22, top = 40 } = options;
  const headerHeight = 18;
  const plotLeft = labelWidth;
  const plotRight = width - 12;
  const from = utc(options.from).getTime();
  const to = utc(options.to).getTime();
  // A UTC time scale as d3-scale's scaleUtc, without d3-scale (the timeline embed stays light).
  const x = (d: Date) =>
    plotLeft + ((d.getTime() - from) / (to - from || 1)) * (plotRight - plotLeft);
  const visible = entries.filter((e) => {
    const start = utc(e.date.iso).getTime();
    const end = (e.until ? endOf(e.until.iso) : utc(e.date.iso)).getTime();
    return end >= from && start <= to;
  });
  const bodyOrder = (b: string) => (b === 'NRW' ? '' : gazetteer.label(b));
  const laneKeys = new Map<string, { body: string; sublabel: string; entries: CalendarEntry[] }>();
  for (const e of [...visible].sort((a, b) => bodyOrder(a.body).localeCompare(bodyOrder(b.body)))) {
    const sub = e.until || e.kind === 'foerderzeitraum' ? '' : (e.committee ?? '');
    const key = `${e.body}|${e.until || e.kind === 'foerderzeitraum' ? '~Zeiträume' : sub}`;
    const lane = laneKeys.get(key) ?? { body: e.body, sublabel: sub, entries: [] };
    lane.entries.push(e);
    laneKeys.set(key, lane);
  }
  const sortedLanes = [...laneKeys.entries()].sort(([a], [b]) => {
    const [ba, sa] = a.split('|') as [string, string];
    const [bb, sb] = b.split('|') as [string, string];
    return (
      bodyOrder(ba).localeCompare(bodyOrder(bb)) ||
      (sa.startsWith('~') ? -1 : sb.startsWith('~') ? 1 : sa.localeCompare(sb))
    );
  });
  const groups: TimelineGroup[] = [];
  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  const bands: TimelineBand[] = [];
  let y = top;
  let hidden = 0;
  for (const [key, lane] of sortedLanes) {
    if (groups[groups.length - 1]?.body !== lane.body) {
      groups.push({ body: lane.body, label: gazetteer.label(lane.body), y });
      y += headerHeight;
    }
    const items = lane.entries.map((e) => {
      if (e.until || e.kind === 'foerderzeitraum') {
        const x0 = x(utc(e.date.iso));
        const x1 = x(endOf((e.until ?? e.date).iso));
        return {
          e,
          start: Math.max(plotLeft, x0),
          end: Math.max(Math.min(plotRight, x1), Math.max(plotLeft, x0) + 3),
          clippedStart: x0 < plotLeft,
          clippedEnd: x1 > plotRight,
          band: true,
        };
      }
      const cx = x(utc(e.date.iso));
      return {
        e,
        start: cx - MARK_RADIUS,
        end: cx + MARK_RADIUS,
        clippedStart: false,
        clippedEnd: false,
        band: false,
      };
    });
    const rows = assignRows(items, 2, MAX_ROWS);
    const rowCount = maxOf(
      rows.map((r) => r + 1),
      1,
    );
    let laneHidden = 0;
    items.forEach((it, i) => {
      if (rows[i]! < 0) {
        laneHidden++;
        return;
      }
      const rowY = y + rows[i]! * rowHeight;
      if (it.band)
        bands.push({
          key: entryKey(it.e),
          entry: it.e,
          x0: it.start,
          x1: it.end,
          y: rowY + 3,
          height: rowHeight - 6,
          color: it.e.kind === 'foerderzeitraum' ? BAND_COLOR.foerderzeitraum : BAND_COLOR.fenster,
          clippedStart: it.clippedStart,
          clippedEnd: it.clippedEnd,
        });
      else
        marks.push({
          key: entryKey(it.e),
          entry: it.e,
          x: it.start + MARK_RADIUS,
          y: rowY + rowHeight / 2,
          ...markStyle(it.e),
        });
    });
    const isPeriods = key.endsWith('|~Zeiträume');
    lanes.push({
      key,
      body: lane.body,
      label: gazetteer.label(lane.body),
      sublabel: isPeriods ? 'Zeiträume' : lane.sublabel || '(ohne Gremium)',
      y,
      height: rowCount * rowHeight,
      hidden: laneHidden,
    });
    hidden += laneHidden;
    y += rowCount * rowHeight + 4;
  }
  const todayDate = utc(options.today);
  const ticks = utcTicks(
    new Date(from),
    new Date(to),
    Math.max(2, Math.floor((plotRight - plotLeft) / 90)),
  ).map((d) => ({ x: x(d), date: d, major: d.getUTCMonth() === 0 && d.getUTCDate() === 1 }));
  const notes = (options.notes ?? []).flatMap(({ n, iso }) => {
    const t = iso ? utc(iso) : null;
    return t && t.getTime() >= from && t.getTime() <= to ? [{ n, x: x(t) }] : [];
  });
  return {
    width,
    // Room for the numbers of the notes under the last lane.
    height: y + 8 + (notes.length ? 24 : 0),
    plotLeft,
    plotRight,
    top,
    groups,
    lanes,
    marks,
    bands,
    ticks,
    todayX: todayDate.getTime() >= from && todayDate.getTime() <= to ? x(todayDate) : null,
    notes,
    outside: entries.length - visible.length,
    hidden,
    inRange: [...visible].sort((a, b) => a.date.iso.localeCompare(b.date.iso)),
  };
}

/** Tick label of a timeline axis: the year on major ticks (or when all are), else the short month. */
export function tickLabelFor(ticks: readonly { major: boolean }[], lang: 'de' | 'en') {
  const months = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  return (d: Date, major: boolean): string =>
    major || ticks.every((t) => t.major) ? String(d.getUTCFullYear()) : months.format(d);
}
