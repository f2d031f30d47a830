import type { Dataset } from '../data/dataset.ts';
import { IST, type Post } from '../data/types.ts';

// Its own module: the Träger embed needs these two, not the whole Übersicht model.

const round = (n: number) => Math.round(n * 100) / 100;
const sumFte = (posts: readonly Post[]) => round(posts.reduce((s, p) => s + p.fte, 0));

/** Posts that count: the chosen scenario, without posts that were dropped (`entfallen`). */
export function countedPosts(dataset: Dataset, scenario = IST): Post[] {
  return dataset.posts.filter((p) => p.scenario === scenario && p.status !== 'entfallen');
}

/**
 * Bodies with a post that counts (the Ist unless named), in one pass without a
 * copy of the posts, in steps of 200,000 posts (runInSlices, runAtOnce).
 */
export function* bodiesWithPostsSteps(
  dataset: Dataset,
  scenario = IST,
): Generator<number, Set<string>> {
  const out = new Set<string>();
  const posts = dataset.posts;
  let last: string | undefined;
  for (let i = 0; i < posts.length; i++) {
    if (i > 0 && i % 200_000 === 0) yield i;
    const p = posts[i]!;
    if (p.body !== last && p.scenario === scenario && p.status !== 'entfallen') {
      out.add(p.body);
      last = p.body;
    }
  }
  return out;
}

/** VZÄ at freie Träger / VZÄ with a known Träger; null when no Träger is known. */
export function shareFree(posts: readonly Post[]): number | null {
  const known = posts.filter((p) => p.carrierType !== 'unbekannt');
  const total = sumFte(known);
  return total > 0 ? sumFte(known.filter((p) => p.carrierType === 'frei')) / total : null;
}
