import { readNotes, type ChartNote } from './notes.ts';

/** The charts an embed can show. */
export const CHARTS = [
  'bausteine',
  'traeger',
  'zeitleiste',
  'karte',
  'verteilung',
  'vergleich',
  'verlauf',
] as const;
export type ChartId = (typeof CHARTS)[number];
export type Theme = 'auto' | 'hell' | 'dunkel';

/** Parameters each chart reads (validated again by the chart's own state reader). */
const CHART_PARAMS: Record<ChartId, readonly string[]> = {
  bausteine: ['koerperschaft', 'szenario'],
  zeitleiste: ['von', 'bis', 'koerperschaft', 'art', 'baustein'],
  karte: [
    'mass',
    'ebene',
    'szenario',
    'baustein',
    'traeger',
    'status',
    'stichtag',
    'methode',
    'klassen',
    'ausschnitt',
  ],
  verteilung: ['koerperschaft', 'szenario', 'baustein', 'status', 'nach'],
  traeger: ['koerperschaft', 'szenario'],
  vergleich: ['koerperschaft', 'a', 'b'],
  verlauf: ['koerperschaft', 'mass'],
};
/** The parameters an embed of `chart` obeys besides the common ones. */
export function chartParamNames(chart: ChartId): readonly string[] {
  return CHART_PARAMS[chart];
}

const COMMON = ['grafik', 'theme', 'lang', 'stand', 'vorschau', 'quelle', 'heute', 'titel'];
/** Charts whose notes go at a date (a time axis); the others' at a bar or an area, by its name. */
export const datedNotes = (chart: ChartId): boolean =>
  chart === 'zeitleiste' || chart === 'verlauf';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An embed's URL parameters, allow-listed and validated. */
export interface EmbedParams {
  chart: ChartId | null;
  theme: Theme;
  lang: 'de' | 'en';
  /** Published snapshot (`data/stand/<stand>/`) the embed is pinned to; null = the current data. */
  stand: string | null;
  /** Preview mode (the embed dialog): notes about ignored parameters are shown. */
  preview: boolean;
  /** Own title instead of the generated one. */
  title: string | null;
  /** Up to three notes (`notiz=<Ziel>~<Text>`): every chart takes them. */
  notes: ChartNote[];
  /** The allowed parameters for the chart, for its own state reader. */
  chartParams: URLSearchParams;
  /** Parameters not allowed for this chart, or with an invalid value: ignored, named in preview mode. */
  ignored: string[];
}

/** Reads `embed.html?grafik=…`: unknown parameters are ignored (and listed), never obeyed. */
export function readEmbedParams(search: URLSearchParams): EmbedParams {
  const raw = search.get('grafik');
  const chart = (CHARTS as readonly string[]).includes(raw ?? '') ? (raw as ChartId) : null;
  const allowed = new Set([...COMMON, ...(chart ? CHART_PARAMS[chart] : [])]);
  const ignored: string[] = [];
  const chartParams = new URLSearchParams();
  if (chart) allowed.add('notiz');
  const notes = chart
    ? readNotes(search.getAll('notiz'), datedNotes(chart))
    : { notes: [], ignored: [] };
  for (const n of notes.ignored) ignored.push(`notiz=${n.value}`);
  for (const [key, value] of search) {
    if (!allowed.has(key)) ignored.push(key);
    // A clip is the focus or one Kreis (5 digits); anything else shows the whole map, and says so.
    else if (key === 'ausschnitt' && !/^(fokus|\d{5})$/.test(value))
      ignored.push(`${key}=${value}`);
    else if (chart && CHART_PARAMS[chart].includes(key)) chartParams.set(key, value);
  }
  const theme = search.get('theme');
  if (theme && !['auto', 'hell', 'dunkel'].includes(theme)) ignored.push(`theme=${theme}`);
  const stand = search.get('stand');
  if (stand && !ISO_DAY.test(stand)) ignored.push(`stand=${stand}`);
  for (const key of ['quelle', 'heute']) {
    const v = search.get(key);
    if (v) chartParams.set(key, v);
  }
  return {
    chart,
    theme: theme === 'hell' || theme === 'dunkel' ? theme : 'auto',
    lang: search.get('lang') === 'en' ? 'en' : 'de',
    stand: stand && ISO_DAY.test(stand) ? stand : null,
    preview: search.get('vorschau') === '1',
    title: search.get('titel')?.trim().slice(0, 120) || null,
    notes: notes.notes,
    chartParams,
    ignored,
  };
}

/** The dataset folder an embed reads: the pinned snapshot, else `quelle=`, else the published data. */
export function embedDataUrl(p: EmbedParams, base = './data/'): string {
  if (p.stand) return `${base}stand/${p.stand}/`;
  return p.chartParams.get('quelle') || base;
}
