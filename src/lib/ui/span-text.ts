import type { I18n } from '../i18n/i18n.svelte.ts';
import type { DateSpan } from '../model/stichtag.ts';

/** Its own module: every embed names the Stand of its figures, only the map needs the rest of map-notes. */
/** „Stichtag 31.07.2024“, „Stichtage 07.2024–08.2024“, „Stichtage 2015–2024“ (or „Stand der Angaben …“ for posts). */
export function spanText(
  span: DateSpan,
  kind: 'stichtag' | 'stand',
  i18n: Pick<I18n, 't' | 'date'>,
): string {
  if (span.count === 1) return i18n.t(`${kind}.one`, { date: i18n.date(span.from) });
  const sameYear = span.from.slice(0, 4) === span.to.slice(0, 4);
  // „2017“ and „08.2017“: both lie in 2017, and no more can be said.
  if (sameYear && (span.from.length === 4 || span.to.length === 4))
    return i18n.t(`${kind}.inYear`, { year: span.from.slice(0, 4) });
  return i18n.t(`${kind}.span`, {
    from: sameYear ? i18n.date(span.from) : span.from.slice(0, 4),
    to: sameYear ? i18n.date(span.to) : span.to.slice(0, 4),
  });
}
