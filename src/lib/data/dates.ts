import type { CellResult } from './numbers.ts';

/** How exact a date is: public figures often give only a month or a year. */
export type DatePrecision = 'day' | 'month' | 'year';

/** A date as stored in the dataset: ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, and an optional `HH:MM`. */
export interface IsoDate {
  iso: string;
  precision: DatePrecision;
  time?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Turns an Excel serial day number into `TT.MM.JJJJ` (Excel's day 0 is 30.12.1899). */
export function excelSerialToGerman(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

const HINT_FULL = 'Bitte als TT.MM.JJJJ (z. B. 16.11.2022) oder JJJJ-MM-TT eintragen.';
const HINT_PARTIAL =
  'Bitte als TT.MM.JJJJ (z. B. 16.11.2022) eintragen; wenn nur Monat oder Jahr bekannt sind, als MM.JJJJ (09.2021) oder JJJJ.';

/**
 * Reads a German or ISO date: `16.11.2022`, `16.11.22`, `2022-11-16`, with an
 * optional time (`16.06.2021 16:00`). With `partial`, also `09.2021`,
 * `2021-09` and `2021`. Excel serial numbers are an error whose hint names the
 * date they stand for.
 */
export function parseGermanDate(raw: string, partial: boolean): CellResult<IsoDate> {
  const s = raw.trim();
  const hint = partial ? HINT_PARTIAL : HINT_FULL;
  const fail = (
    message: string,
    key: string,
    h = hint,
    params: Record<string, string | number> = {},
  ): CellResult<IsoDate> => ({
    ok: false,
    message,
    hint: h,
    text: { key, params: { raw, partial: partial ? 1 : 0, ...params } },
  });
  const time = (h?: string, min?: string) => {
    if (h === undefined || min === undefined) return undefined;
    return Number(h) < 24 && Number(min) < 60 ? `${pad(Number(h))}:${min}` : null;
  };
  const day = (
    y: number,
    m: number,
    d: number,
    t: string | null | undefined,
  ): CellResult<IsoDate> => {
    if (!validDay(y, m, d))
      return fail(
        `„${raw}“ ist kein gültiges Datum (Tag oder Monat außerhalb des Kalenders).`,
        'date.invalidDay',
      );
    if (t === null)
      return fail(
        `„${raw}“ enthält keine gültige Uhrzeit.`,
        'date.invalidTime',
        'Uhrzeit als HH:MM angeben, z. B. 16:00.',
      );
    const value: IsoDate = { iso: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
    if (t) value.time = t;
    return { ok: true, value };
  };
  let m =
    /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:[,\s]+(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*Uhr)?)?$/i.exec(
      s,
    );
  if (m) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return day(y, Number(m[2]), Number(m[1]), time(m[4], m[5]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]), time(m[4], m[5]));
  const german = /^(\d{1,2})[./](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (german || iso) {
    const mon = Number(german ? german[1] : iso![2]);
    const year = Number(german ? german[2] : iso![1]);
    if (mon < 1 || mon > 12)
      return fail(`„${raw}“: Monat ${mon} gibt es nicht.`, 'date.noMonth', hint, { month: mon });
    if (!partial)
      return fail(
        `„${raw}“ nennt nur Monat und Jahr; diese Spalte braucht ein vollständiges Datum.`,
        'date.monthOnly',
      );
    return { ok: true, value: { iso: `${year}-${pad(mon)}`, precision: 'month' } };
  }
  if (/^(19|20)\d{2}$/.test(s)) {
    if (!partial)
      return fail(
        `„${raw}“ nennt nur ein Jahr; diese Spalte braucht ein vollständiges Datum.`,
        'date.yearOnly',
      );
    return { ok: true, value: { iso: s, precision: 'year' } };
  }
  if (/^\d{5}([.,]\d+)?$/.test(s)) {
    const serial = Number(s.replace(',', '.'));
    if (serial >= 20000 && serial < 80000) {
      return fail(
        `„${raw}“ ist eine Excel-Datumszahl (entspricht ${excelSerialToGerman(serial)}), kein lesbares Datum.`,
        'date.excelSerial',
        `In Excel die Spalte markieren → Zellen formatieren → Datum (TT.MM.JJJJ), dann erneut als CSV speichern. Oder direkt ${excelSerialToGerman(serial)} eintragen.`,
        { date: excelSerialToGerman(serial) },
      );
    }
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(s))
    return fail(
      `„${raw}“ ist im amerikanischen Format (Monat/Tag/Jahr) und nicht eindeutig.`,
      'date.american',
    );
  return fail(`„${raw}“ ist kein Datum.`, 'date.invalid');
}

/** Compares two ISO dates of any precision by their first day (`2021` < `2021-03` < `2021-03-02`). */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
