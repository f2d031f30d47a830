/** Number and date formatting with Intl, for the UI languages. */
const LOCALES = { de: 'de-DE', en: 'en-GB' } as const;
type Lang = keyof typeof LOCALES;

/**
 * Intl formatters are made once per language and option (making one costs
 * far more than formatting: a table of 400 rows made 1,200 of them).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(lang: Lang, key: string, opts: Intl.NumberFormatOptions) {
  const k = `n|${lang}|${key}`;
  let f = formatters.get(k) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(k, (f = new Intl.NumberFormat(LOCALES[lang], opts)));
  return f;
}
function dateFormat(lang: Lang, key: string, opts: Intl.DateTimeFormatOptions) {
  const k = `d|${lang}|${key}`;
  let f = formatters.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(k, (f = new Intl.DateTimeFormat(LOCALES[lang], opts)));
  return f;
}

/** `1,5` (de) / `1.5` (en); at most `digits` decimals, none when whole. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return numberFormat(lang, String(digits), { maximumFractionDigits: digits }).format(value);
}

/** `37 %` (de) / `37%` (en). */
export function formatPercent(share: number, lang: Lang): string {
  return numberFormat(lang, 'pct', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Formats ISO dates of day, month or year precision without time-zone shifts. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  return (
    d === undefined
      ? dateFormat(lang, 'month', { month: 'long', year: 'numeric', timeZone: 'UTC' })
      : dateFormat(lang, 'day', {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          timeZone: 'UTC',
        })
  ).format(date);
}
