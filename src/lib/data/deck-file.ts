// The light half of the deck: its file name and shape. Reading it (deck.ts) loads on demand.

/** The deck travels with the dataset as this file (in the bundle and the published folder). */
export const DECK_FILE = 'praesentation.json';

/** What a slide shows; each kind has its own slide layout. */
export const SLIDE_KINDS = [
  'kennzahlen',
  'karte',
  'zeitleiste',
  'verteilung',
  'vorschlag',
  'rechnung',
  'text',
] as const;
export type SlideKind = (typeof SLIDE_KINDS)[number];

/** One prepared slide: a kind, the view it renders (page and URL state), its headline and notes. */
export interface Slide {
  kind: SlideKind;
  /** The headline; empty = the generated takeaway. */
  title: string;
  /** The page and its parameters as a hash: `#/karte?mass=vzae10k`; `#/` for a text slide. */
  view: string;
  notes: string;
  /** The one area, bar, date or figure marked on the slide (its key), or null. */
  highlight: string | null;
  /** A short note drawn on the chart beside the highlight. */
  annotation: string;
  /** Lines of a text slide (at most {@link MAX_BULLETS}). */
  bullets: string[];
}

export const MAX_BULLETS = 5;
/** Longest annotation on a chart (it must stay one or two lines on the slide). */
export const MAX_ANNOTATION = 80;

export const isDeckFile = (name: string): boolean => /(^|[\\/])praesentation\.json$/i.test(name);

/** Pages a slide can show (not the deck itself, not the data administration). */
export const SLIDE_PAGES: readonly string[] = ['/', '/karte', '/zeitleiste', '/verteilung'];

/** The kind a view of a page is shown as when the file does not say (older decks). */
export function kindOfPage(path: string): SlideKind {
  if (path === '/karte') return 'karte';
  if (path === '/zeitleiste') return 'zeitleiste';
  if (path === '/verteilung') return 'verteilung';
  return 'kennzahlen';
}

/** The page a slide kind needs its view on. */
export function pageOfKind(kind: SlideKind): string {
  if (kind === 'karte') return '/karte';
  if (kind === 'zeitleiste') return '/zeitleiste';
  if (kind === 'verteilung' || kind === 'vorschlag' || kind === 'rechnung') return '/verteilung';
  return '/';
}

/** A slide with every optional field at its default. */
export function newSlide(kind: SlideKind, view: string, fields: Partial<Slide> = {}): Slide {
  return {
    kind,
    title: '',
    view,
    notes: '',
    highlight: null,
    annotation: '',
    bullets: [],
    ...fields,
  };
}
