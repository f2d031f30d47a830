/** Number and date formatting with Intl, for the UI languages. */
const LOCALES = { de: 'de-DE', en: 'en-GB' } as const;
type Lang = keyof typeof LOCALES;

/** `1,5` (de) / `1.5` (en); at most `digits` decimals, none when whole. */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

/** `37 %` (de) / `37%` (en). */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** Formats ISO dates of day, month or year precision without time-zone shifts. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    d === undefined
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], opts).format(date);
}
