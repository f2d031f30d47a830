/**
 * Dates in a workbook are numbers (days since 30.12.1899, or since 1.1.1904
 * in old Mac workbooks) that a number format shows as a date. What the
 * format shows decides what staff meant: `TT.MM.JJJJ` a day, `MMM JJ` (what
 * Excel makes of a typed „09.2021“) a month, with `hh:mm` a time as well.
 */

/** What a number format shows: no date, or a date of some precision, maybe with a time. */
export interface DateFormat {
  precision: 'day' | 'month' | 'year';
  time: boolean;
}

/** The built-in number formats that are dates or times (ECMA-376 §18.8.30, and the East Asian ones). */
const BUILT_IN: Record<number, DateFormat> = {
  14: { precision: 'day', time: false },
  15: { precision: 'day', time: false },
  16: { precision: 'day', time: false },
  17: { precision: 'month', time: false },
  22: { precision: 'day', time: true },
  27: { precision: 'day', time: false },
  28: { precision: 'day', time: false },
  29: { precision: 'day', time: false },
  30: { precision: 'day', time: false },
  31: { precision: 'day', time: false },
  34: { precision: 'day', time: false },
  35: { precision: 'day', time: false },
  36: { precision: 'day', time: false },
  50: { precision: 'day', time: false },
  51: { precision: 'day', time: false },
  52: { precision: 'day', time: false },
  53: { precision: 'day', time: false },
  54: { precision: 'day', time: false },
  57: { precision: 'day', time: false },
  58: { precision: 'day', time: false },
};
/** Built-in time-only formats (h:mm, mm:ss …): a time without a day is not a date. */
const TIME_ONLY = new Set([18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56]);

/**
 * What a number format code shows. Quoted text, `\x`, `[Red]`/`[$-407]`
 * sections and the number part are ignored; `m` next to `h` or `s` is minutes.
 * `null`: not a date (a plain or currency number, or only a time).
 */
export function dateFormatOf(code: string): DateFormat | null {
  const section = code.split(';')[0] ?? '';
  // `[h]:mm` and the like are durations, not dates; General (German „Standard“) a plain number.
  if (/\[(h+|m+|s+)\]/i.test(section) || /general|standard/i.test(section)) return null;
  let bare = section
    .replace(/"[^"]*"/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[_*]./g, ' ')
    .toLowerCase();
  let time = /am\/pm|a\/p/.test(bare);
  bare = bare.replace(/am\/pm|a\/p/g, ' ');
  // Runs of one letter (`dd`, `mm`, `yyyy`); `0.00E+00` is a number: its E is no token of a date.
  const tokens = (bare.match(/([a-z])\1*/g) ?? []).filter((t) => t[0] !== 'e');
  let day = false;
  let month = false;
  let year = false;
  tokens.forEach((t, i) => {
    const c = t[0];
    // German codes as some programs store them: TT.MM.JJJJ.
    if (c === 'd' || c === 't') day = true;
    else if (c === 'y' || c === 'j') year = true;
    else if (c === 'h' || c === 's') time = true;
    else if (c === 'm') {
      const minutes = tokens[i - 1]?.[0] === 'h' || tokens[i + 1]?.[0] === 's';
      if (minutes) time = true;
      else month = true;
    }
  });
  if (day) return { precision: 'day', time };
  if (month) return { precision: year ? 'month' : 'day', time };
  if (year) return { precision: 'year', time };
  return null;
}

/** The date format of a built-in or workbook-defined number format id; null: not a date. */
export function dateFormatById(id: number, custom: ReadonlyMap<number, string>): DateFormat | null {
  const code = custom.get(id);
  if (code !== undefined) return dateFormatOf(code);
  if (TIME_ONLY.has(id)) return null;
  return BUILT_IN[id] ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A serial day number as the pipeline's date text: `2022-11-16`,
 * `2021-09` or `2021` by the format's precision, with ` 16:00` when the
 * format shows a time. Rounded to the minute. Null outside 1900–9999.
 */
export function serialToText(serial: number, format: DateFormat, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const minutes = Math.round(serial * 1440);
  const epoch = Date.UTC(date1904 ? 1904 : 1899, date1904 ? 0 : 11, date1904 ? 1 : 30);
  const d = new Date(epoch + minutes * 60_000);
  const y = d.getUTCFullYear();
  if (y < 1900 || y > 9999) return null;
  const iso =
    format.precision === 'year'
      ? String(y)
      : format.precision === 'month'
        ? `${y}-${pad(d.getUTCMonth() + 1)}`
        : `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return format.time && format.precision === 'day'
    ? `${iso} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
    : iso;
}

/** An ISO date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) and optional `HH:MM` as Excel's serial day number. */
export function isoToSerial(iso: string, time?: string): number {
  const [y, m = '1', d = '1'] = iso.split('-');
  const days =
    (Date.UTC(Number(y), Number(m) - 1, Number(d)) - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (!time) return days;
  const [h, min] = time.split(':');
  return days + (Number(h) * 60 + Number(min)) / 1440;
}
