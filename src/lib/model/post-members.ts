import { kreisOf } from '../data/ags.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import type { Post } from '../data/types.ts';

/** Gemeinden a post serves: its AGS list or region, else null (the whole body). */
export function postMembers(post: Post, dataset: Dataset, gazetteer: Gazetteer): string[] | null {
  const area = post.area;
  if (!area) return null;
  if (area.kind === 'ags')
    return [...new Set(area.codes.flatMap((c) => gazetteer.gemeindenOf(c)))].sort();
  const region = dataset.regions.find(
    (r) => r.name === area.name && (r.body === post.body || r.body === kreisOf(post.body)),
  );
  return region ? [...region.municipalities].sort() : null;
}
