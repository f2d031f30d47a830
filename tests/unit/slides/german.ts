import { de } from '../../../src/lib/i18n/de.ts';
import { deTools } from '../../../src/lib/i18n/de-tools.ts';
import { deMap } from '../../../src/lib/i18n/de-map.ts';
import { deChartTimeline } from '../../../src/lib/i18n/de-chart-timeline.ts';
import { formatDate, formatNumber, formatPercent } from '../../../src/lib/i18n/format.ts';
import type { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';

const texts: Record<string, string> = { ...de, ...deTools, ...deMap, ...deChartTimeline };

/** The German texts and formats without the runes class: what a slide derivation needs. */
export const german = {
  lang: 'de',
  t: ((key: string, params: Record<string, string | number> = {}) =>
    (texts[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) =>
      String(params[k] ?? `{${k}}`),
    )) as I18n['t'],
  num: (v: number, d = 1) => formatNumber(v, 'de', d),
  pct: (s: number) => formatPercent(s, 'de'),
  date: (iso: string) => formatDate(iso, 'de'),
} as Pick<I18n, 't' | 'num' | 'pct' | 'date' | 'lang'>;
