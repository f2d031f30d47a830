import { agsWithin } from '../data/ags.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Baustein, Post } from '../data/types.ts';

/** VZÄ of one Baustein, with the posts behind it (for sources and the CSV). */
export interface BausteinBar {
  baustein: Baustein;
  fte: number;
  posts: Post[];
}

/**
 * VZÄ per Baustein in a scenario, for all bodies or one (a Kreis includes
 * its Gemeinden's posts); posts that are `entfallen` do not count, as on the
 * Übersicht.
 */
export function bausteinBars(
  dataset: Dataset,
  body: string | null,
  scenario = 'Ist',
): BausteinBar[] {
  const posts = dataset.posts.filter(
    (p) =>
      p.scenario === scenario && p.status !== 'entfallen' && (!body || agsWithin(p.body, body)),
  );
  return ([1, 2, 3] as Baustein[]).map((baustein) => {
    const mine = posts.filter((p) => p.baustein === baustein);
    return { baustein, fte: mine.reduce((s, p) => s + p.fte, 0), posts: mine };
  });
}
