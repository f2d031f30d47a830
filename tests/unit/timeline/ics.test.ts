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

describe('every export read back by ical.js (Issue 19)', () => {
  const base = {
    file: 't',
    line: 2,
    extra: new Map<string, string>(),
    kind: 'sitzung' as const,
    body: '05970040',
  };
  const day = (iso: string, time?: string) => ({ iso, precision: 'day' as const, time });

  async function parse(text: string) {
    const ICAL = (await import('ical.js')).default;
    const comp = new ICAL.Component(ICAL.parse(text));
    return comp.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        summary: e.summary,
        description: e.description,
        allDay: e.startDate.isDate,
        start: e.startDate.isDate ? e.startDate.toString() : e.startDate.toJSDate().toISOString(),
        end: e.endDate.isDate ? e.endDate.toString() : e.endDate.toJSDate().toISOString(),
      };
    });
  }

  it('the shipped data: every event with its start, end and summary, and no UID twice', async () => {
    const shipped = buildDataset(
      (await import('../helpers.ts')).shippedFiles(),
      gazetteer,
    ).events.filter((e) => e.date.precision === 'day');
    const events = await parse(toIcs(shipped, { now: new Date(0), name: 'KIM', gazetteer }));
    expect(events).toHaveLength(shipped.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(shipped.length);
    shipped.forEach((entry, i) => {
      const ev = events[i]!;
      expect(ev.summary).toBe(`${entry.title} – ${gazetteer.label(entry.body)}`);
      if (entry.date.time) {
        expect(ev.start).toBe(berlinToUtc(entry.date.iso, entry.date.time).toISOString());
        expect(Date.parse(ev.end)).toBeGreaterThan(Date.parse(ev.start));
      } else {
        expect(ev.allDay).toBe(true);
        expect(ev.start).toBe(entry.date.iso);
        const last = new Date(`${(entry.until ?? entry.date).iso}T00:00:00Z`);
        last.setUTCDate(last.getUTCDate() + 1);
        expect(ev.end).toBe(last.toISOString().slice(0, 10));
      }
    });
  });

  it('timed entries end at bis or after the documented default; gap and double hour; unique UIDs', async () => {
    const entries: CalendarEntry[] = [
      {
        ...base,
        date: day('2023-01-25', '17:00'),
        until: day('2023-01-25', '19:30'),
        title: 'Mit Ende',
      },
      { ...base, date: day('2023-01-26', '17:00'), title: 'Ohne Ende' },
      {
        ...base,
        date: day('2023-01-27', '17:00'),
        until: day('2023-01-28'),
        title: 'Bis Folgetag',
      },
      { ...base, date: day('2024-03-31', '02:30'), title: 'In der Lücke' },
      { ...base, date: day('2024-10-27', '02:30'), title: 'Doppelte Stunde' },
      { ...base, date: day('2023-02-01'), title: 'Gleich', bausteine: [2] },
      { ...base, date: day('2023-02-01'), title: 'Gleich', bausteine: [3] },
      { ...base, date: day('2023-02-01'), title: 'Gleich', bausteine: [3] },
      {
        ...base,
        date: day('2023-03-01'),
        title: 'Text; mit, Zeichen\\ und\nUmbruch',
        note: 'a\r\nb',
      },
    ];
    const out = toIcs(entries, { now: new Date(0), name: 'n', gazetteer });
    const ev = await parse(out);
    expect(ev.map((e) => [e.start, e.end])).toEqual([
      ['2023-01-25T16:00:00.000Z', '2023-01-25T18:30:00.000Z'],
      ['2023-01-26T16:00:00.000Z', '2023-01-26T18:00:00.000Z'], // DEFAULT_DURATION_HOURS = 2
      ['2023-01-27T16:00:00.000Z', '2023-01-28T23:00:00.000Z'], // to the end of the bis day
      ['2024-03-31T01:30:00.000Z', '2024-03-31T03:30:00.000Z'], // 02:30 does not exist: 03:30 CEST
      ['2024-10-27T00:30:00.000Z', '2024-10-27T02:30:00.000Z'], // the first 02:30 (CEST)
      ['2023-02-01', '2023-02-02'],
      ['2023-02-01', '2023-02-02'],
      ['2023-02-01', '2023-02-02'],
      ['2023-03-01', '2023-03-02'],
    ]);
    expect(new Set(ev.map((e) => e.uid)).size).toBe(entries.length);
    expect(ev[7]!.uid).toBe(ev[6]!.uid.replace('@', '-2@'));
    expect(ev[8]!.summary).toBe('Text; mit, Zeichen\\ und\nUmbruch – Stadt Siegen');
    expect(ev[8]!.description).toBe('a\nb');
    // The same rows give the same UIDs in the next export (calendar apps update, not duplicate).
    const again = await parse(toIcs(entries, { now: new Date(1e12), name: 'n', gazetteer }));
    expect(again.map((e) => e.uid)).toEqual(ev.map((e) => e.uid));
  });
});
