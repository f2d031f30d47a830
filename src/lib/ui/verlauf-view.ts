import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import type { Cell } from '../data/csv-export.ts';
import { germanDate } from '../data/german-date.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import type { TextKey } from '../i18n/de.ts';
import type { LineInput } from '../charts/line-layout.ts';
import { collectSources, type SourceRef } from '../model/sources.ts';
import { dateSpan, type DateSpan } from '../model/stichtag.ts';
import {
  endsOf,
  fteVerlauf,
  obligedVerlauf,
  VERLAUF_MEASURES,
  type Verlauf,
  type VerlaufMeasure,
  type VerlaufPoint,
} from '../model/verlauf.ts';
import { tipText } from './tip-text.ts';

/** Line colours: dark enough on white for 3:1 against the background, told apart by their end labels. */
const COLOURS: Record<string, string> = {
  anzahl: '#0b4f8a',
  geduldet: '#b34700',
  b1: '#0b4f8a',
  b2: '#7b3294',
  b3: '#1b7837',
};

/** Everything a Verlauf chart shows, from the dataset, for the dashboard and the embed alike. */
export interface VerlaufView {
  verlauf: Verlauf;
  inputs: LineInput[];
  title: string;
  subtitle: string;
  description: string;
  /** The tooltip and accessible name of a point. */
  tip: (series: string, index: number) => string;
  table: { header: string[]; rows: Cell[][] };
  sources: SourceRef[];
  areas: string[];
  /** For a count of the whole Land: said instead of the coverage of the 54 bodies. */
  coverageText: string | null;
  asOf: DateSpan | null;
  empty: boolean;
  emptyText: string;
}

/** Reads `mass=` of a Verlauf: anything else is the count of ausreisepflichtige. */
export const verlaufMeasure = (raw: string | null): VerlaufMeasure =>
  (VERLAUF_MEASURES as readonly string[]).includes(raw ?? '')
    ? (raw as VerlaufMeasure)
    : 'ausreisepflichtige';

type I18nParts = Pick<I18n, 't' | 'date' | 'num'>;

/** The name of a line in the reader's language. */
export function seriesLabel(t: I18n['t'], key: string): string {
  return key.startsWith('b')
    ? t('fig.baustein', { b: key.slice(1) })
    : t(`verlauf.series.${key}` as TextKey);
}

export function verlaufView(
  dataset: Dataset,
  gazetteer: Gazetteer,
  measure: VerlaufMeasure,
  area: string,
  i18n: I18nParts,
  ownTitle: string | null = null,
): VerlaufView {
  const { t } = i18n;
  const verlauf =
    measure === 'vzae' ? fteVerlauf(dataset, gazetteer, area) : obligedVerlauf(dataset, area);
  const areaName = gazetteer.label(area);
  const digits = measure === 'vzae' ? 2 : 0;
  const fmt = (n: number) => i18n.num(n, digits);
  const unit = (n: number) => (measure === 'vzae' ? `${fmt(n)} VZÄ` : fmt(n));
  const inputs: LineInput[] = verlauf.series.map((s) => ({
    key: s.key,
    label: seriesLabel(t, s.key),
    color: COLOURS[s.key] ?? '#333333',
    points: s.points,
    runs: s.runs,
    step: s.step,
  }));
  const changesText = (c: { begun: string[]; ended: string[] }) =>
    t('verlauf.changes', { begun: c.begun.join(', ') || '–', ended: c.ended.join(', ') || '–' });
  const pointTip = (seriesKey: string, p: VerlaufPoint) =>
    tipText(i18n, {
      name: `${seriesLabel(t, seriesKey)} · ${areaName}`,
      value: unit(p.value),
      date: p.iso,
      // A VZÄ point is the day posts begin or end, not a Stichtag of a count.
      dateLabel: p.changes ? t('verlauf.changeDate') : undefined,
      evidence: p.evidence,
      source: p.source,
      extra: [
        p.reference ? `${t('tip.bezug')}: ${p.reference}` : null,
        p.changes ? changesText(p.changes) : null,
      ],
    });
  const tip = (seriesKey: string, index: number) => {
    const p = verlauf.series.find((s) => s.key === seriesKey)?.points[index];
    return p ? pointTip(seriesKey, p) : '';
  };
  const rowOf = (label: string, p: VerlaufPoint): Cell[] => [
    label,
    germanDate(p.iso),
    p.value,
    p.reference ?? (p.changes ? changesText(p.changes) : null),
    p.evidence ? t(`evidence.${p.evidence}`) : null,
    p.source ?? null,
    p.rows.map((r) => `${r.file}:${r.line}`).join(' | '),
  ];
  const rows: Cell[][] = verlauf.series.flatMap((s) =>
    s.points.map((p) => rowOf(seriesLabel(t, s.key), p)),
  );
  for (const a of verlauf.asides)
    rows.push(rowOf(t('verlauf.aside', { series: seriesLabel(t, a.series) }), a.point));
  const parts = verlauf.series.map((s) => {
    const ends = endsOf(s)!;
    const label = seriesLabel(t, s.key);
    if (s.points.length === 1)
      return t('verlauf.describeOne', {
        series: label,
        value: unit(ends.first.value),
        date: i18n.date(ends.first.iso),
      });
    const diff = ends.last.value - ends.first.value;
    return t('verlauf.describeSeries', {
      series: label,
      from: i18n.date(ends.first.iso),
      to: i18n.date(ends.last.iso),
      first: unit(ends.first.value),
      last: unit(ends.last.value),
      trend: t(
        diff > 0 ? 'verlauf.trend.up' : diff < 0 ? 'verlauf.trend.down' : 'verlauf.trend.same',
      ),
      n: s.points.length,
    });
  });
  const records = [
    ...verlauf.series.flatMap((s) => s.points),
    ...verlauf.asides.map((a) => a.point),
  ].flatMap((p) => p.rows);
  const notes = [
    t(`verlauf.subtitle.${measure}`),
    verlauf.references.length > 1 ? t('verlauf.references', { n: verlauf.references.length }) : '',
    verlauf.withoutStart ? t('verlauf.withoutStart', { n: verlauf.withoutStart }) : '',
  ].filter(Boolean);
  const empty = verlauf.series.length === 0;
  return {
    verlauf,
    inputs,
    title: ownTitle ?? t(`verlauf.title.${measure}`, { area: areaName }),
    subtitle: notes.join('. '),
    description: empty
      ? t(`verlauf.empty.${measure}`, { area: areaName })
      : [t('verlauf.describe'), ...parts].join(' '),
    tip,
    table: {
      header: [
        t('csv.series'),
        t(measure === 'vzae' ? 'csv.changeDate' : 'csv.stichtag'),
        t('csv.value'),
        t('csv.bezug'),
        t('csv.beleg'),
        t('csv.quelle'),
        t('csv.row'),
      ],
      rows,
    },
    sources: collectSources(records),
    areas:
      measure === 'vzae'
        ? [...new Set(verlauf.series.flatMap((s) => s.points.flatMap((p) => p.bodies ?? [])))]
        : [area],
    coverageText: area === 'NRW' && measure === 'ausreisepflichtige' ? t('verlauf.land') : null,
    asOf:
      measure === 'ausreisepflichtige'
        ? dateSpan(records.length ? verlauf.series.flatMap((s) => s.points.map((p) => p.iso)) : [])
        : null,
    empty,
    emptyText: t(`verlauf.empty.${measure}`, { area: areaName }),
  };
}
