// Slide kinds, limits and defaults: the dashboard's half of the deck (embeds never load it).

import type { Slide } from './deck-file.ts';

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

export const MAX_BULLETS = 5;
/** Longest annotation on a chart (it must stay one or two lines on the slide). */
export const MAX_ANNOTATION = 80;

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
