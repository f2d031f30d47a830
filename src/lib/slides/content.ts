import type { Loaded } from '../data/loader.ts';
import type { Slide } from '../data/deck-file.ts';
import type { SlideKind } from '../data/deck-kinds.ts';
import { parseHash } from '../state/route.ts';
import { IST, type CalendarEntry, type CarrierType } from '../data/types.ts';
import type { TextKey } from '../i18n/de.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { overview } from '../model/overview.ts';
import { kimBodies, KIM_BODY_COUNT } from '../model/coverage.ts';
import { collectSources, type SourceRef } from '../model/sources.ts';
import { dateSpan } from '../model/stichtag.ts';
import { mapModel, mapRecords, type MapModel } from '../model/map-units.ts';
import { readMapState, type MapState } from '../state/map-params.ts';
import { legendItems } from '../charts/legend.ts';
import { defaultRange, filterEntries, readTimelineState } from '../state/timeline-params.ts';
import { entryKey } from '../model/timeline-layout.ts';
import { readAllocationState, readClaimState } from '../state/allocation-params.ts';
import {
  allocationBars,
  allocationBodies,
  bodyScenarios,
  chooseBody,
  claimTotal,
  otherScenario,
  scenarioDiff,
  CARRIERS,
} from '../model/allocation.ts';
import { carrierLabel, movedText } from '../ui/allocation-labels.ts';
import { germanDate } from '../data/german-date.ts';
import { spanText } from '../ui/span-text.ts';
import type { SlideBarInput } from './slide-bars.ts';
import { shortTitle } from './slide-timeline.ts';
import { formatValue } from '../ui/format-value.ts';

type Lang = Pick<I18n, 't' | 'num' | 'pct' | 'date' | 'lang'>;
type Cell = string | number | null;

/** A figure of a Kennzahlen slide. */
export interface KeyFigure {
  key: string;
  label: string;
  value: string;
  unit: string;
  note: string;
}

export type SlideData =
  | { kind: 'kennzahlen'; figures: KeyFigure[] }
  | {
      kind: 'karte';
      model: MapModel;
      view: MapState;
      legend: { color: string; label: string }[];
      clip: string[] | null;
    }
  | { kind: 'zeitleiste'; entries: CalendarEntry[]; from: string; to: string }
  | {
      kind: 'verteilung' | 'vorschlag';
      bars: SlideBarInput[];
      types: { type: CarrierType; label: string }[];
    }
  | {
      kind: 'rechnung';
      persons: number;
      monthly: number;
      months: number;
      total: number;
      claim: string;
      official: { label: string; count: number; date: string; evidence: string | null }[];
    }
  | { kind: 'text'; bullets: string[] };

/** The data of one kind of slide, for its renderer. */
export type DataOf<K extends SlideData['kind']> = Extract<SlideData, { kind: K }>;

/** What a slide says, computed from the dataset and its view alone; renderers only draw it. */
export interface SlideContent {
  kind: SlideKind;
  /** The generated takeaway (the headline unless the presenter wrote one). */
  headline: string;
  /** Körperschaft, filters and Stichtag. */
  subtitle: string;
  sources: SourceRef[];
  /** The figures in a table, for the handout (and anyone who cannot see the chart). */
  table: { header: string[]; rows: Cell[][] } | null;
  /** What the presenter can mark on this slide (key and name). */
  targets: { key: string; label: string }[];
  /** Why the slide has nothing to show, or null. */
  empty: string | null;
  data: SlideData;
}

const carrierPhrase = (t: Lang['t'], pct: Lang['pct'], c: Record<CarrierType, number>) => {
  const known = c.kommune + c.frei;
  if (known === 0) return t('slide.carrier.none');
  if (c.frei === 0)
    return t(c.unbekannt ? 'slide.carrier.allKnownKommune' : 'slide.carrier.allKommune');
  if (c.kommune === 0)
    return t(c.unbekannt ? 'slide.carrier.allKnownFrei' : 'slide.carrier.allFrei');
  return t('slide.carrier.share', { pct: pct(c.frei / known) });
};

function kennzahlen(
  loaded: Loaded,
  params: URLSearchParams,
  today: string,
  i18n: Lang,
): SlideContent {
  const { t } = i18n;
  const gaz = loaded.gazetteer;
  const ds = loaded.dataset;
  const b = params.get('koerperschaft');
  const body = b && kimBodies(gaz).includes(b) ? b : null;
  const m = overview(ds, gaz, today, IST, body);
  const fte = (n: number) => i18n.num(n, n % 1 ? 2 : 0);
  const withFte = m.byBaustein.value.filter((x) => x.fte > 0);
  const only = withFte.length === 1 ? withFte[0]! : null;
  const who = body
    ? gaz.label(body)
    : t('slide.allBodies', { n: m.coverage.bodies, total: KIM_BODY_COUNT });
  const c = m.carriers.value;
  const headline =
    m.totalFte.value > 0
      ? t('slide.kennzahlen.headline', {
          who,
          fte: fte(m.totalFte.value),
          what: only ? ` ${t(`fig.baustein.${only.baustein}` as TextKey)}` : '',
          carriers: carrierPhrase(t, i18n.pct, c),
        })
      : t('slide.kennzahlen.none', { who });
  const asOf = dateSpan(
    ds.posts
      .filter((p) => p.scenario === IST && (!body || p.body === body))
      .map((p) => p.asOf?.iso),
  );
  const stand = asOf ? spanText(asOf, 'stand', i18n) : '';
  const posts = m.byStatus.value.reduce((s, x) => s + x.posts, 0);
  const filled = m.byStatus.value.find((x) => x.status === 'besetzt')?.posts ?? 0;
  const figures: KeyFigure[] = [
    {
      key: 'vzae',
      label: t('fig.fte'),
      value: fte(m.totalFte.value),
      unit: t('unit.fte'),
      note: stand,
    },
    {
      key: 'frei',
      label: t('slide.fig.free'),
      value: c.shareFree === null ? t('slide.noFigure') : i18n.pct(c.shareFree),
      unit: '',
      note: c.unbekannt
        ? t('slide.fig.freeUnknown', { n: fte(c.unbekannt) })
        : t('slide.fig.freeOf', { n: fte(c.kommune + c.frei) }),
    },
    {
      key: 'bausteine',
      label: only ? t(`fig.baustein.${only.baustein}` as TextKey) : t('slide.fig.bausteine'),
      value: only ? t('fig.baustein', { b: only.baustein }) : String(withFte.length),
      unit: '',
      note: withFte
        .map((x) => `${t('fig.baustein', { b: x.baustein })}: ${fte(x.fte)} ${t('unit.fte')}`)
        .join(' · '),
    },
  ];
  if (posts > 0)
    figures.push({
      key: 'besetzt',
      label: t('slide.fig.filled'),
      value: `${filled}`,
      unit: t('slide.of', { n: posts }),
      note: t('slide.fig.filledNote'),
    });
  const deadline = m.nextDeadline ?? m.runningPeriod;
  if (deadline && figures.length < 4)
    figures.push({
      key: 'frist',
      label: deadline.entry.title,
      value: String(deadline.days),
      unit: t('slide.days'),
      note: i18n.date(deadline.date),
    });
  return {
    kind: 'kennzahlen',
    headline,
    subtitle: [body ? gaz.label(body) : t('slide.nrw'), t('slide.scenario', { s: IST }), stand]
      .filter(Boolean)
      .join(' · '),
    sources: m.totalFte.sources,
    table: {
      header: [t('slide.table.figure'), t('slide.table.value'), t('slide.table.note')],
      rows: figures.map((f) => [f.label, `${f.value}${f.unit ? ` ${f.unit}` : ''}`, f.note]),
    },
    targets: figures.map((f) => ({ key: f.key, label: f.label })),
    empty: m.totalFte.value > 0 ? null : t('slide.kennzahlen.none', { who }),
    data: { kind: 'kennzahlen', figures: figures.slice(0, 4) },
  };
}

function karte(loaded: Loaded, params: URLSearchParams, i18n: Lang): SlideContent {
  const { t } = i18n;
  const ds = loaded.dataset;
  const gaz = loaded.gazetteer;
  const view = readMapState(params);
  const model = mapModel(ds, gaz, view.measure, view.level, view.filters, {
    method: view.method,
    count: view.classes,
  });
  const fmt = (n: number) => formatValue(view.measure, n, i18n as I18n);
  const measure = t(`map.measure.${view.measure}` as TextKey);
  const valued = model.units.filter((u) => u.value !== null).sort((a, b) => b.value! - a.value!);
  const max = valued[0];
  const span = model.asOf
    ? spanText(model.asOf, view.measure.startsWith('ausreise') ? 'stichtag' : 'stand', i18n)
    : null;
  const persons = view.measure.startsWith('ausreise');
  const clip =
    params.get('ausschnitt') === 'fokus' && ds.manifest.fokus.length
      ? [...ds.manifest.fokus]
      : view.selected
        ? [view.selected.slice(0, 5)]
        : null;
  return {
    kind: 'karte',
    headline: max
      ? t('slide.karte.headline', {
          measure,
          top: max.label,
          value: fmt(max.value!),
          n: valued.length,
        })
      : t('slide.karte.none', { measure }),
    subtitle: [
      measure,
      t(`map.level.${view.level}` as TextKey),
      persons ? '' : t('slide.scenario', { s: view.filters.scenario }),
      t('slide.karte.count', { n: valued.length }),
      view.filters.baustein ? t('fig.baustein', { b: view.filters.baustein }) : '',
      span ?? '',
    ]
      .filter(Boolean)
      .join(' · '),
    sources: collectSources(mapRecords(model)),
    table: {
      header: [
        t('slide.table.area'),
        measure,
        t(persons ? 'slide.table.stichtag' : 'slide.table.stand'),
        t('slide.table.beleg'),
      ],
      rows: valued.map((u) => [
        u.label,
        fmt(u.value!),
        persons
          ? germanDate(u.obliged?.asOf.iso)
          : [...new Set(u.posts.map((p) => germanDate(p.asOf?.iso)).filter(Boolean))].join(' | ') ||
            null,
        persons
          ? (u.obliged?.evidence ?? null)
          : [...new Set(u.posts.map((p) => p.evidence ?? ''))].filter(Boolean).join(' | ') || null,
      ]),
    },
    targets: valued.map((u) => ({ key: u.id, label: u.label })),
    empty: valued.length ? null : t('slide.karte.none', { measure }),
    data: { kind: 'karte', model, view, legend: legendItems(model.classification, fmt), clip },
  };
}

function zeitleiste(
  loaded: Loaded,
  params: URLSearchParams,
  today: string,
  i18n: Lang,
): SlideContent {
  const { t } = i18n;
  const ds = loaded.dataset;
  const gaz = loaded.gazetteer;
  const view = readTimelineState(params);
  const entries = filterEntries(ds.events, view);
  const [dFrom, dTo] = defaultRange(ds.events, today);
  const from = view.from ?? dFrom;
  const to = view.to ?? dTo;
  const inRange = entries
    .filter((e) => (e.until ?? e.date).iso >= from && e.date.iso <= to)
    .sort((a, b) => a.date.iso.localeCompare(b.date.iso));
  const body = view.body && kimBodies(gaz).includes(view.body) ? view.body : null;
  const m = overview(ds, gaz, today, IST, body);
  const next = m.nextDeadline ?? m.runningPeriod;
  const headline = next
    ? t(next === m.runningPeriod && !m.nextDeadline ? 'slide.tl.period' : 'slide.tl.deadline', {
        n: i18n.num(next.days, 0),
        title: shortTitle(next.entry.title, 48),
        date: i18n.date(next.date),
      })
    : t('slide.tl.count', { n: inRange.length, from: i18n.date(from), to: i18n.date(to) });
  return {
    kind: 'zeitleiste',
    headline,
    subtitle: [
      body ? gaz.label(body) : view.body ? gaz.label(view.body) : t('slide.nrw'),
      `${i18n.date(from)}–${i18n.date(to)}`,
      view.kinds.length ? view.kinds.map((k) => t(`tl.kind.${k}` as TextKey)).join(', ') : '',
      view.baustein ? t('fig.baustein', { b: view.baustein }) : '',
      t('slide.today', { date: i18n.date(today) }),
    ]
      .filter(Boolean)
      .join(' · '),
    sources: collectSources(inRange),
    table: {
      header: [
        t('slide.table.date'),
        t('slide.table.kind'),
        t('slide.table.body'),
        t('slide.table.title'),
        t('slide.table.result'),
      ],
      rows: inRange.map((e) => [
        germanDate(e.date.iso, e.date.time) + (e.until ? `–${germanDate(e.until.iso)}` : ''),
        t(`tl.kind.${e.kind}` as TextKey),
        gaz.label(e.body),
        e.title,
        e.outcome ?? null,
      ]),
    },
    targets: inRange.map((e) => ({
      key: entryKey(e),
      label: `${i18n.date(e.date.iso)} ${e.title}`,
    })),
    empty: inRange.length ? null : t('slide.tl.none'),
    data: { kind: 'zeitleiste', entries: inRange, from, to },
  };
}

const TYPES = (t: Lang['t']) => CARRIERS.map((c) => ({ type: c, label: t(`fig.carrier.${c}`) }));

function verteilung(
  loaded: Loaded,
  params: URLSearchParams,
  i18n: Lang,
  kind: 'verteilung' | 'vorschlag',
): SlideContent {
  const { t } = i18n;
  const ds = loaded.dataset;
  const gaz = loaded.gazetteer;
  const view = readAllocationState(params);
  const body = chooseBody(allocationBodies(ds, gaz), view.body, ds.manifest.fokus, ds);
  const fte = (n: number) => i18n.num(n, 2);
  const none = (text: string): SlideContent => ({
    kind,
    headline: text,
    subtitle: body ? gaz.label(body) : '',
    sources: [],
    table: null,
    targets: [],
    empty: text,
    data: { kind, bars: [], types: TYPES(t) },
  });
  if (!body) return none(t('al.noPosts'));
  if (kind === 'verteilung') {
    const filters = { scenario: view.scenario, baustein: view.baustein, status: view.status };
    const rows = allocationBars(ds, gaz, body, filters, 'typ', t('al.wholeBody'));
    if (!rows.length) return none(t('al.noPosts'));
    const sums = { kommune: 0, frei: 0, unbekannt: 0 } as Record<CarrierType, number>;
    for (const r of rows) for (const s of r.segments) sums[s.carrierType] += s.fte;
    const total = rows.reduce((s, r) => s + r.total, 0);
    const posts = rows.flatMap((r) => r.posts);
    const asOf = dateSpan(posts.map((p) => p.asOf?.iso));
    return {
      kind,
      headline: t('slide.verteilung.headline', {
        body: gaz.label(body),
        fte: fte(total),
        carriers: carrierPhrase(t, i18n.pct, sums),
      }),
      subtitle: [
        gaz.label(body),
        t('slide.scenario', { s: view.scenario }),
        view.baustein
          ? `${t('fig.baustein', { b: view.baustein })} ${t(`fig.baustein.${view.baustein}` as TextKey)}`
          : t('slide.allBausteine'),
        view.status ? t(`fig.status.${view.status}`) : '',
        asOf ? spanText(asOf, 'stand', i18n) : '',
      ]
        .filter(Boolean)
        .join(' · '),
      sources: collectSources(posts),
      table: {
        header: [
          t('slide.table.area'),
          ...CARRIERS.map((c) => carrierLabel(t, c)),
          t('slide.table.total'),
        ],
        rows: rows.map((r) => [
          r.label,
          ...CARRIERS.map((c) =>
            fte(r.segments.filter((s) => s.carrierType === c).reduce((a, s) => a + s.fte, 0)),
          ),
          fte(r.total),
        ]),
      },
      targets: rows.map((r) => ({ key: r.key, label: r.label })),
      empty: null,
      data: {
        kind,
        bars: rows.map((r) => ({
          key: r.key,
          label: r.label,
          total: r.total,
          parts: CARRIERS.map((c) => ({
            key: c,
            type: c,
            value: r.segments.filter((s) => s.carrierType === c).reduce((a, s) => a + s.fte, 0),
          })).filter((p) => p.value > 0),
        })),
        types: TYPES(t),
      },
    };
  }
  const scenarios = bodyScenarios(ds, body);
  const b = otherScenario(scenarios, view.a, view.b);
  if (!b) return none(t('al.noOther'));
  const diff = scenarioDiff(ds, gaz, body, view.a, b);
  const bars: SlideBarInput[] = diff.rows.flatMap((r) =>
    (['a', 'b'] as const).map((side) => ({
      key: `${r.key}|${side}`,
      label: side === 'a' ? view.a : b,
      group: r.label,
      total: CARRIERS.reduce((s, c) => s + r[side][c], 0),
      parts: CARRIERS.filter((c) => r[side][c] > 0).map((c) => ({
        key: c,
        type: c,
        value: r[side][c],
      })),
    })),
  );
  const posts = [...diff.posts.a, ...diff.posts.b];
  return {
    kind,
    headline: movedText(t, fte, diff.movedToFree),
    subtitle: [
      gaz.label(body),
      t('slide.vorschlag.sub', { a: view.a, b, fa: fte(diff.fte.a), fb: fte(diff.fte.b) }),
    ].join(' · '),
    sources: collectSources(posts),
    table: {
      header: [
        t('slide.table.area'),
        t('slide.table.scenario'),
        ...CARRIERS.map((c) => carrierLabel(t, c)),
        t('slide.table.total'),
      ],
      rows: bars.map((x) => [
        x.group ?? '',
        x.label,
        ...CARRIERS.map((c) => fte(x.parts.find((p) => p.type === c)?.value ?? 0)),
        fte(x.total),
      ]),
    },
    targets: diff.rows.map((r) => ({ key: `${r.key}|b`, label: `${r.label} (${b})` })),
    empty: diff.rows.length ? null : t('al.noOther'),
    data: { kind, bars, types: TYPES(t) },
  };
}

function rechnung(loaded: Loaded, params: URLSearchParams, i18n: Lang): SlideContent {
  const { t } = i18n;
  const ds = loaded.dataset;
  const s = readClaimState(params);
  const total = claimTotal(s.persons, s.monthly, s.months);
  const quoted = ds.obliged.filter((o) => o.evidence === 'zitiert' && o.count === s.persons);
  const official = ds.obliged
    .filter(
      (o): o is typeof o & { count: number } =>
        o.evidence !== 'zitiert' && o.count !== null && o.ags !== 'NRW',
    )
    // The claim's own area first (its official counts), then the newest elsewhere.
    .sort(
      (a, b) =>
        Number(quoted.some((q) => q.ags === b.ags)) - Number(quoted.some((q) => q.ags === a.ags)) ||
        b.asOf.iso.localeCompare(a.asOf.iso),
    )
    .slice(0, 3);
  const num = (n: number) => i18n.num(n, 0);
  return {
    kind: 'rechnung',
    headline: t('slide.claim.headline', {
      persons: num(s.persons),
      monthly: num(s.monthly),
      months: num(s.months),
      mio: i18n.num(total / 1_000_000, 1),
    }),
    subtitle: quoted.length
      ? t('slide.claim.quoted', {
          ref: quoted[0]!.reference ?? loaded.gazetteer.label(quoted[0]!.ags),
          date: i18n.date(quoted[0]!.asOf.iso),
        })
      : t('slide.claim.input'),
    sources: collectSources([...quoted, ...official]),
    table: {
      header: [t('slide.table.figure'), t('slide.table.value'), t('slide.table.note')],
      rows: [
        [
          t('al.persons'),
          num(s.persons),
          quoted.length ? t('claim.label') : t('slide.claim.inputShort'),
        ],
        [t('al.monthly'), num(s.monthly), t('slide.claim.inputShort')],
        [t('al.months'), num(s.months), ''],
        [t('slide.table.total'), `${num(total)} €`, t('slide.claim.arith')],
        ...official.map((o): Cell[] => [
          loaded.gazetteer.label(o.ags),
          num(o.count),
          `${t('map.stichtag')} ${germanDate(o.asOf.iso)}${o.evidence ? `, ${o.evidence}` : ''}`,
        ]),
      ],
    },
    targets: [
      { key: 'personen', label: t('al.persons') },
      { key: 'summe', label: t('slide.table.total') },
    ],
    empty: null,
    data: {
      kind: 'rechnung',
      ...s,
      total,
      claim: quoted.length ? t('claim.label') : t('slide.claim.inputShort'),
      official: official.map((o) => ({
        label: loaded.gazetteer.label(o.ags),
        count: o.count,
        date: i18n.date(o.asOf.iso),
        evidence: o.evidence,
      })),
    },
  };
}

/** The content of a slide: what it says, its sources, its table and what can be marked on it. */
export function slideContent(
  slide: Slide,
  loaded: Loaded,
  today: string,
  i18n: Lang,
): SlideContent {
  const params = parseHash(slide.view).params;
  switch (slide.kind) {
    case 'kennzahlen':
      return kennzahlen(loaded, params, today, i18n);
    case 'karte':
      return karte(loaded, params, i18n);
    case 'zeitleiste':
      return zeitleiste(loaded, params, today, i18n);
    case 'verteilung':
    case 'vorschlag':
      return verteilung(loaded, params, i18n, slide.kind);
    case 'rechnung':
      return rechnung(loaded, params, i18n);
    case 'text':
      return {
        kind: 'text',
        headline: slide.title,
        subtitle: '',
        sources: [],
        table: null,
        targets: slide.bullets.map((b, i) => ({ key: `punkt-${i + 1}`, label: b })),
        empty: null,
        data: { kind: 'text', bullets: slide.bullets.slice(0, 5) },
      };
  }
}
