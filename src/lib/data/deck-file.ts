// The light half of the deck: its file name and shape. Reading it (deck.ts) loads on demand;
// kinds and defaults (deck-kinds.ts) only the dashboard needs.

import type { SlideKind } from './deck-kinds.ts';

/** The deck travels with the dataset as this file (in the bundle and the published folder). */
export const DECK_FILE = 'praesentation.json';

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
  /** Lines of a text slide (at most five, `MAX_BULLETS`). */
  bullets: string[];
}

export const isDeckFile = (name: string): boolean => /(^|[\\/])praesentation\.json$/i.test(name);

/** Pages a slide can show (not the deck itself, not the data administration). */
export const SLIDE_PAGES: readonly string[] = ['/', '/karte', '/zeitleiste', '/verteilung'];
