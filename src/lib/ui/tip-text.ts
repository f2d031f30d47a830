import { publisherOf } from '../data/publishers.ts';
import type { Evidence } from '../data/types.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';

/** What a tooltip says about one figure; every line is plain text (never HTML from data). */
export interface TipFacts {
  /** Name of the area, bar or line. */
  name: string;
  /** The value with its unit („663 Personen“, „2,5 VZÄ“); `keine Angaben` when unknown. */
  value: string;
  /** ISO date of any precision: the Stichtag of the figure. */
  date?: string | null;
  evidence?: Evidence | null;
  /** The `quelle`: a URL is shown as its publisher, a text as written (shortened). */
  source?: string | null;
  /** Further lines, e.g. the `bezug`. */
  extra?: (string | null | undefined)[];
}

const MAX_SOURCE = 80;

/** The source as a reader recognises it: the publisher of a URL, else the text. */
export function sourceName(source: string | null | undefined): string | null {
  const s = source?.trim();
  if (!s) return null;
  if (/^https?:\/\//i.test(s)) {
    const known = publisherOf(s)?.name;
    if (known) return known;
    try {
      return new URL(s).hostname.replace(/^www\./, '');
    } catch {
      return s.slice(0, MAX_SOURCE);
    }
  }
  return s.length > MAX_SOURCE ? `${s.slice(0, MAX_SOURCE - 1)}…` : s;
}

/** The lines of a tooltip, joined by `\n`: name, value, Stichtag, Beleg, source. */
export function tipText(i18n: Pick<I18n, 't' | 'date'>, f: TipFacts): string {
  const { t } = i18n;
  const source = sourceName(f.source);
  return [
    f.name,
    f.value,
    f.date ? `${t('tip.stichtag')}: ${i18n.date(f.date)}` : null,
    ...(f.extra ?? []),
    `${t('tip.evidence')}: ${f.evidence ? t(`evidence.${f.evidence}`) : t('evidence.none')}`,
    `${t('embed.source')}: ${source ?? t('embed.noSource')}`,
  ]
    .filter((l): l is string => Boolean(l))
    .join('\n');
}
