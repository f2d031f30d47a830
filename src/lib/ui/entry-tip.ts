import type { CalendarEntry } from '../data/types.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { tipText } from './tip-text.ts';

/**
 * The tip of a timeline mark: its full title, kind and result, date (and end),
 * body, committee, TOP and Drucksache, and the publisher of its source.
 * Termine have no `beleg` column, so no Beleg line is invented.
 */
export function entryTip(
  i18n: Pick<I18n, 't' | 'date'>,
  bodyLabel: (ags: string) => string,
  e: CalendarEntry,
): string {
  const { t } = i18n;
  return tipText(i18n, {
    name: e.title,
    value: [t(`tl.kind.${e.kind}`), e.outcome && `${t('tl.tip.outcome')}: ${e.outcome}`]
      .filter(Boolean)
      .join(' · '),
    date: e.date.iso,
    dateLabel: t('tl.tip.date'),
    source: e.source,
    extra: [
      e.until && `${t('tl.tip.until')}: ${i18n.date(e.until.iso)}`,
      [bodyLabel(e.body), e.committee].filter(Boolean).join(', '),
      e.agendaItem && `TOP ${e.agendaItem}`,
      e.document && `${t('tl.tip.document')}: ${e.document}`,
    ],
  });
}
