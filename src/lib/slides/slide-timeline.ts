import { utcMonth, utcYear } from 'd3-time';
import type { CalendarEntry } from '../data/types.ts';
import { BAND_COLOR, entryKey, markStyle, type Shape } from '../model/timeline-layout.ts';
import { maxOf } from '../util/no-spread.ts';
import { fitWords } from '../charts/fit-words.ts';
import { midDay } from '../model/stichtag.ts';
import { BOLD_EM, CHAR_EM } from './frame.ts';

export interface SlideTimelineLayout {
  width: number;
  height: number;
  axisY: number;
  ticks: { x: number; label: string; major: boolean }[];
  bands: {
    key: string;
    x0: number;
    x1: number;
    y: number;
    height: number;
    fill: string;
    label: string | null;
  }[];
  marks: { key: string; x: number; shape: Shape; color: string }[];
  /** Labels under the axis: date (bold) and a short title, with a leader to the mark. */
  labels: { key: string; x: number; y: number; date: string; title: string }[];
  todayX: number | null;
  /** Marks drawn without a label (no room); the handout's table lists them all. */
  unlabelled: number;
}

/** An ISO date of any precision as a time (its middle day: 2021 → 1 July). */
const ms = (iso: string) => Date.parse(`${midDay(iso)}T00:00:00Z`);

/** Whole words of `text` within `max` characters, with … when cut; a single long word is cut inside. */
export const shortTitle = (text: string, max: number): string =>
  fitWords(text, max) || `${text.slice(0, max - 1)}…`;

/**
 * A timeline at slide size: one axis across the frame, periods as bars above
 * it, dated entries as big marks on it and their labels in rows below, placed
 * so that no two overlap (the highlighted entry first, then decisions and
 * deadlines, then the rest); marks that find no row are counted.
 */
export function slideTimelineLayout(
  entries: readonly CalendarEntry[],
  range: { from: string; to: string; today: string },
  box: { width: number; height: number },
  font: number,
  dateLabel: (iso: string) => string,
  options: { highlight?: string | null; lang?: 'de' | 'en' } = {},
): SlideTimelineLayout {
  const from = ms(range.from);
  const to = Math.max(ms(range.to), from + 86_400_000);
  const left = font * 0.5;
  const right = box.width - font * 0.5;
  const x = (t: number) => left + ((t - from) / (to - from)) * (right - left);
  const inRange = (e: CalendarEntry) => {
    const a = ms(e.date.iso);
    const b = e.until ? ms(e.until.iso) : a;
    return b >= from && a <= to;
  };
  const visible = entries.filter(inRange);
  const periods = visible.filter(
    (e) => e.until && (e.kind === 'foerderzeitraum' || e.kind === 'frist'),
  );
  const points = visible.filter((e) => !periods.includes(e));
  const bandHeight = Math.round(font * 1.5);
  const bandRows: number[] = [];
  const bands = periods
    .sort((a, b) => a.date.iso.localeCompare(b.date.iso))
    .slice(0, 3)
    .map((e) => {
      const x0 = Math.max(left, x(ms(e.date.iso)));
      const x1 = Math.min(right, x(ms(e.until!.iso)));
      let row = bandRows.findIndex((end) => end + 4 <= x0);
      if (row === -1) row = bandRows.push(x1) - 1;
      else bandRows[row] = x1;
      const label = shortTitle(e.title, Math.floor((x1 - x0 - font) / (font * CHAR_EM)));
      return {
        key: entryKey(e),
        x0: Math.round(x0),
        x1: Math.round(x1),
        y: row,
        height: bandHeight,
        fill: BAND_COLOR[e.kind === 'foerderzeitraum' ? 'foerderzeitraum' : 'fenster'],
        label: label.length > 3 ? label : null,
      };
    });
  const tickRow = Math.round(font * 1.4);
  const bandTop = tickRow + font * 0.4;
  for (const b of bands) b.y = Math.round(bandTop + b.y * (bandHeight + 6));
  const axisY = Math.round(bandTop + bandRows.length * (bandHeight + 6) + font * 1.2);
  // Ticks: years, or months for ranges under two years; labels never collide.
  const years = (to - from) / (365 * 86_400_000);
  const step = years > 12 ? 2 : 1;
  const dates =
    years < 2
      ? utcMonth.every(years < 1 ? 1 : 3)!.range(new Date(from), new Date(to))
      : utcYear.every(step)!.range(new Date(from), new Date(to));
  const months = new Intl.DateTimeFormat(options.lang === 'en' ? 'en-GB' : 'de-DE', {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  let lastEnd = -Infinity;
  const ticks = dates.flatMap((d) => {
    const tx = x(d.getTime());
    const label = years < 2 ? months.format(d) : String(d.getUTCFullYear());
    const w = label.length * font * CHAR_EM;
    if (tx - lastEnd < font * 0.6 || tx + w > right + font * 0.5)
      return [{ x: Math.round(tx), label: '', major: false }];
    lastEnd = tx + w;
    return [{ x: Math.round(tx), label, major: years < 2 ? d.getUTCMonth() === 0 : true }];
  });
  const weight = (e: CalendarEntry) =>
    entryKey(e) === options.highlight
      ? 0
      : e.kind === 'beschluss' || e.outcome
        ? 1
        : e.kind === 'frist'
          ? 2
          : 3;
  const order = [...points].sort(
    (a, b) => weight(a) - weight(b) || a.date.iso.localeCompare(b.date.iso),
  );
  const line = Math.round(font * 1.2);
  const rowHeight = line * 2 + Math.round(font * 0.5);
  const firstRow = axisY + font * 1.2;
  // The last line stays free for the count of marks without a label.
  const rowCount = Math.max(0, Math.floor((box.height - firstRow - line) / rowHeight));
  const rows: { x0: number; x1: number }[][] = Array.from({ length: rowCount }, () => []);
  const maxTitle = Math.max(10, Math.floor((box.width * 0.3) / (font * CHAR_EM)));
  const labels: SlideTimelineLayout['labels'] = [];
  for (const e of order) {
    const mx = x(ms(e.date.iso));
    const date = dateLabel(e.date.iso);
    const title = shortTitle(e.title, maxTitle);
    const w = maxOf([date.length * font * BOLD_EM, title.length * font * CHAR_EM], 0);
    const lx = Math.min(Math.max(mx - font * 0.3, 0), box.width - w);
    const row = rows.findIndex((r) => r.every((p) => lx + w + font < p.x0 || lx > p.x1 + font));
    if (row === -1) continue;
    rows[row]!.push({ x0: lx, x1: lx + w });
    labels.push({
      key: entryKey(e),
      x: Math.round(lx),
      y: Math.round(firstRow + row * rowHeight + line * 0.85),
      date,
      title,
    });
  }
  const today = ms(range.today);
  return {
    width: box.width,
    height: box.height,
    axisY,
    ticks,
    bands,
    marks: points
      .sort((a, b) => a.date.iso.localeCompare(b.date.iso))
      .map((e) => ({ key: entryKey(e), x: Math.round(x(ms(e.date.iso))), ...markStyle(e) })),
    labels,
    todayX: today >= from && today <= to ? Math.round(x(today)) : null,
    unlabelled: points.length - labels.length,
  };
}
