// The light half of the deck: its file name and shape. Reading it (deck.ts) loads on demand.

/** The deck travels with the dataset as this file (in the bundle and the published folder). */
export const DECK_FILE = 'praesentation.json';

/** One prepared view of the deck: a page with its URL state, a title and presenter notes. */
export interface Slide {
  title: string;
  /** The page and its parameters as a hash: `#/karte?mass=vzae10k`. */
  view: string;
  notes: string;
}

export const isDeckFile = (name: string): boolean => /(^|[\\/])praesentation\.json$/i.test(name);

/** Pages a slide can show (not the deck itself, not the data administration). */
export const SLIDE_PAGES: readonly string[] = ['/', '/karte', '/zeitleiste', '/verteilung'];
