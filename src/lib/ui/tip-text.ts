import { publisherOf } from '../data/publishers.ts';
import type { Evidence } from '../data/types.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { collectSources } from '../model/sources.ts';
import { evidenceSummary } from '../model/evidence.ts';
import { dateSpan } from '../model/stichtag.ts';
import { spanText } from './span-text.ts';

/** What a tooltip says about one figure; every line is plain text (never HTML from data). */
export interface TipFacts {
  /** Name of the area, bar or line. */
  name: string;
  /** The value with its unit („663 Personen“, „2,5 VZÄ“); `keine Angaben` when unknown. */
  value: string;
  /** ISO date of any precision: the Stichtag of the figure. */
  date?: string | null;
  /** What the date is, when it is no Stichtag („Datum“ of a session). */
  dateLabel?: string;
  /** The `beleg`; `undefined` where the table has no such column (then no line). */
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
    f.date ? `${f.dateLabel ?? t('tip.stichtag')}: ${i18n.date(f.date)}` : null,
    ...(f.extra ?? []),
    f.evidence === undefined
      ? null
      : `${t('tip.evidence')}: ${f.evidence ? t(`evidence.${f.evidence}`) : t('evidence.none')}`,
    `${t('embed.source')}: ${source ?? t('embed.noSource')}`,
  ]
    .filter((l): l is string => Boolean(l))
    .join('\n');
}

/** A record behind a mark that aggregates several (a bar of posts, a map area). */
export interface SourcedRecord {
  asOf?: { iso: string } | null;
  evidence?: Evidence | null;
  source?: string;
  file: string;
  line: number;
}

/** A tip names at most this many publishers; the table and CSV have them all. */
const MAX_TIP_SOURCES = 2;

/**
 * The tip of a mark that stands for several records: name, value, further
 * lines, the Stand of its records („Stand der Angaben 2021–2024“), their
 * Belege with counts and their publishers („Quelle: WDR, Stadt Köln und 2 weitere“).
 */
export function sourcedTip(
  i18n: Pick<I18n, 't' | 'date' | 'num'>,
  name: string,
  value: string,
  records: readonly SourcedRecord[],
  extra: readonly (string | null | undefined)[] = [],
): string {
  const { t } = i18n;
  const span = dateSpan(records.map((r) => r.asOf?.iso));
  const refs = collectSources(records);
  const kinds = evidenceSummary(refs);
  // One kind needs no count; several say how many rows each backs.
  const evidence = kinds
    .map(
      (e) =>
        `${t(e.evidence === 'none' ? 'tip.evidenceNone' : `evidence.${e.evidence}`)}${kinds.length > 1 ? ` ${e.rows}` : ''}`,
    )
    .join(' · ');
  const names = [...new Set(refs.map((r) => sourceName(r.text) ?? r.text))];
  const more = names.length - MAX_TIP_SOURCES;
  return [
    name,
    value,
    ...extra,
    span ? spanText(span, 'stand', i18n) : null,
    evidence ? `${t('tip.evidence')}: ${evidence}` : null,
    records.length
      ? `${t('embed.source')}: ${names.slice(0, MAX_TIP_SOURCES).join(', ')}${more > 0 ? ` ${t('embed.moreSources', { n: i18n.num(more, 0) })}` : ''}`
      : null,
  ]
    .filter((l): l is string => Boolean(l))
    .join('\n');
}
