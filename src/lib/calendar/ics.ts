import { berlinWallClock } from '../util/days.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import type { CalendarEntry } from '../data/types.ts';

/**
 * Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma, line
 * breaks; every other control character is dropped, so no value can end a
 * line and start a property (or a whole VEVENT) of its own.
 */
export function escapeText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545
 * §3.1): continuation lines start with one space; a multi-byte UTF-8
 * character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines carry a leading space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');

/**
 * A source as an http(s) URL for the URL property, or null: parsed, so that
 * it holds no line break or control character (the URL parser removes them
 * and percent-encodes the rest).
 */
export function httpUrl(source: string | undefined): string | null {
  if (!source || !/^https?:\/\//i.test(source.trim())) return null;
  try {
    const url = new URL(source.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The next day of an ISO date (DTEND of all-day events is exclusive). */
function nextDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/**
 * UTC instant of a wall-clock time in Europe/Berlin (summer time included).
 * RFC 5545 §3.3.5: a time in the spring-forward gap (02:30 on the last
 * Sunday of March does not exist) is read with the offset before the gap,
 * so it moves forward (to 03:30 summer time); a time that occurs twice in
 * autumn is its first occurrence (summer time).
 */
export function berlinToUtc(isoDate: string, time: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  const shows = (utc: number) => {
    const shown = berlinWallClock(new Date(utc));
    const [sy, sm, sd] = shown.date.split('-').map(Number);
    const [sh, smin] = shown.time.split(':').map(Number);
    return Date.UTC(sy!, sm! - 1, sd!, sh!, smin!) === wall;
  };
  const summer = wall - 2 * 3600_000;
  const winter = wall - 3600_000;
  if (shows(summer)) return new Date(summer); // also the first of an autumn hour that repeats
  if (shows(winter)) return new Date(winter);
  // In the gap: the offset before it (winter time), which shows the hour after.
  return new Date(winter);
}

/** A timed entry without `bis` lasts this long in the calendar (RFC 5545 needs no end; apps show one). */
export const DEFAULT_DURATION_HOURS = 2;

const utcStamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * A stable UID from what names the entry (date, time, body, Gremium, TOP,
 * title, kind, bausteine): a re-export updates the same calendar item, also
 * when its result or note changed. Two rows alike in all of these get a
 * suffix in file order (uniqueUids), so calendar apps keep both.
 */
export function entryUid(e: CalendarEntry): string {
  const text = [
    e.date.iso,
    e.date.time ?? '',
    e.body,
    e.committee ?? '',
    e.agendaItem ?? '',
    e.title,
    e.kind,
    (e.bausteine ?? []).join(','),
  ].join('|');
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const b of encoder.encode(text)) {
    h1 = Math.imul(h1 ^ b, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ b, 0x5bd1e995) >>> 0;
  }
  return `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}@kim-dashboard`;
}

/** The UIDs of some entries, each unique: a repeat gets `-2`, `-3` … before the `@`, in order. */
export function uniqueUids(entries: readonly CalendarEntry[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const uid = entryUid(e);
    const n = (seen.get(uid) ?? 0) + 1;
    seen.set(uid, n);
    return n === 1 ? uid : uid.replace('@', `-${n}@`);
  });
}

/**
 * The end of a timed entry: `bis` with its time, or the end of the `bis` day
 * (midnight after it) when `bis` has no time; without `bis`, or with a `bis`
 * not after the start, {@link DEFAULT_DURATION_HOURS} after the start.
 */
function timedEnd(e: CalendarEntry, start: Date): Date {
  const fallback = new Date(start.getTime() + DEFAULT_DURATION_HOURS * 3600_000);
  if (!e.until || e.until.precision !== 'day') return fallback;
  const end = e.until.time
    ? berlinToUtc(e.until.iso, e.until.time)
    : berlinToUtc(nextDay(e.until.iso), '00:00');
  return end > start ? end : fallback;
}

/** Options: when the file is made (DTSTAMP) and the calendar's name. */
export interface IcsOptions {
  now: Date;
  name: string;
  gazetteer: Gazetteer;
}

/**
 * An iCalendar file (RFC 5545) of the entries: all-day events for dates and
 * periods (DTEND exclusive), timed events in UTC for sessions with a time
 * (with DTEND: `bis`, else {@link DEFAULT_DURATION_HOURS} hours).
 * Lines end in CRLF and are folded at 75 octets.
 */
export function toIcs(entries: readonly CalendarEntry[], options: IcsOptions): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//KIM-Dashboard//Zeitleiste//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const exported = entries.filter((e) => e.date.precision === 'day');
  const uids = uniqueUids(exported);
  exported.forEach((e, i) => {
    lines.push('BEGIN:VEVENT', `UID:${uids[i]}`, `DTSTAMP:${utcStamp(options.now)}`);
    if (e.date.time) {
      const start = berlinToUtc(e.date.iso, e.date.time);
      lines.push(`DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(timedEnd(e, start))}`);
    } else {
      lines.push(
        `DTSTART;VALUE=DATE:${compactDate(e.date.iso)}`,
        `DTEND;VALUE=DATE:${compactDate(nextDay((e.until ?? e.date).iso))}`,
      );
    }
    const where = options.gazetteer.label(e.body);
    lines.push(`SUMMARY:${escapeText(`${e.title} – ${where}`)}`);
    const details = [
      e.committee && `Gremium: ${e.committee}`,
      e.agendaItem && `TOP: ${e.agendaItem}`,
      e.document && `Drucksache: ${e.document}`,
      e.outcome && `Ergebnis: ${e.outcome}`,
      e.source && `Quelle: ${e.source}`,
      e.note,
    ].filter(Boolean);
    if (details.length) lines.push(`DESCRIPTION:${escapeText(details.join('\n'))}`);
    const url = httpUrl(e.source);
    if (url) lines.push(`URL:${url}`);
    lines.push(`CATEGORIES:${escapeText(e.kind)}`, 'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
