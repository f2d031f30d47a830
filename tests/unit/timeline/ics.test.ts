import { describe, expect, it } from 'vitest';
import {
  berlinToUtc,
  escapeText,
  foldLine,
  httpUrl,
  toIcs,
} from '../../../src/lib/calendar/ics.ts';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import type { CalendarEntry } from '../../../src/lib/data/types.ts';
import { gazetteer, fixtureFiles } from '../helpers.ts';

const ds = buildDataset(fixtureFiles(), gazetteer);
const ics = toIcs(ds.events, {
  now: new Date('2026-11-22T08:00:00Z'),
  name: 'KIM; Termine, NRW',
  gazetteer,
});
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('toIcs', () => {
  it('uses CRLF line ends only and lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has one VEVENT with UID and DTSTAMP per entry', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(ds.events.length);
    const uids = unfolded.match(/^UID:.+$/gm)!;
    expect(new Set(uids).size).toBe(ds.events.length);
    expect(unfolded.match(/^DTSTAMP:20261122T080000Z$/gm)).toHaveLength(ds.events.length);
    expect(unfolded).toContain('X-WR-CALNAME:KIM\\; Termine\\, NRW');
  });

  it('writes all-day dates with an exclusive end, periods to the day after bis, timed sessions in UTC', () => {
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20221116\r\nDTEND;VALUE=DATE:20221117');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20241219\r\nDTEND;VALUE=DATE:20250117');
    // 16.06.2021 16:00 in Berlin (summer time) is 14:00 UTC.
    expect(unfolded).toContain('DTSTART:20210616T140000Z');
    expect(unfolded).toContain(
      'SUMMARY:Sachstand zum Kommunalen Integrationsmanagement (KIM) – Antrag B90/Grüne – Stadt Siegen',
    );
  });

  it('escapes , ; \\ and line breaks in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const e: CalendarEntry = {
      file: 'x',
      line: 2,
      extra: new Map(),
      date: { iso: '2023-01-25', precision: 'day' },
      kind: 'sitzung',
      body: '05970040',
      title: 'A; B, C\\D',
      note: 'Zeile 1\nZeile 2',
    };
    const out = toIcs([e], { now: new Date(0), name: 'n', gazetteer }).replace(/\r\n /g, '');
    expect(out).toContain('SUMMARY:A\\; B\\, C\\\\D – Stadt Siegen');
    expect(out).toContain('DESCRIPTION:Zeile 1\\nZeile 2');
  });

  it('skips dates known only to the month or year', () => {
    const e: CalendarEntry = {
      file: 'x',
      line: 2,
      extra: new Map(),
      date: { iso: '2021-09', precision: 'month' },
      kind: 'sonstiges',
      body: 'NRW',
      title: 't',
    };
    expect(toIcs([e], { now: new Date(0), name: 'n', gazetteer })).not.toContain('VEVENT');
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting multi-byte characters', () => {
    const line = `SUMMARY:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });
});

describe('berlinToUtc', () => {
  it('handles winter and summer time', () => {
    expect(berlinToUtc('2023-01-25', '17:00').toISOString()).toBe('2023-01-25T16:00:00.000Z');
    expect(berlinToUtc('2023-06-14', '16:30').toISOString()).toBe('2023-06-14T14:30:00.000Z');
  });
});

describe('iCalendar injection', () => {
  it('a source or title with CR/LF or control characters cannot add a property or an event', () => {
    const evil = 'https://a.example/x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Gefälscht';
    const entry = {
      file: 't',
      line: 2,
      extra: new Map(),
      date: { iso: '2022-11-16', precision: 'day' as const },
      kind: 'sitzung' as const,
      body: '05970040',
      title: 'Sitzung\u0000\u001b[31m\rEND:VCALENDAR',
      source: evil,
    };
    const out = toIcs([entry], { now: new Date('2026-01-01T00:00:00Z'), name: 'Test', gazetteer });
    expect(out.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(out.match(/^END:VCALENDAR/gm)).toHaveLength(1);
    expect(out).not.toMatch(/^SUMMARY:Gefälscht/m);
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // Every physical line is a property or a folded continuation (leading space).
    for (const line of out.trimEnd().split('\r\n')) expect(line).toMatch(/^( |[A-Z-]+[:;])/);
    expect(httpUrl(evil)).toBe('https://a.example/xEND:VEVENTBEGIN:VEVENTSUMMARY:Gef%C3%A4lscht');
    expect(httpUrl('javascript:alert(1)')).toBeNull();
    expect(escapeText('a\u0007b\r\nc')).toBe('ab\\nc');
  });
});
