import { kreisOf } from '../data/ags.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import { IST, type Post } from '../data/types.ts';
import { postMembers } from './map-units.ts';

const firstDay = (iso: string) =>
  iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
const lastDay = (iso: string) =>
  iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;

/**
 * The Ist posts of a body at a date: posts of that body (for a town: posts
 * whose Einsatzgebiet includes it, or whose body it is) that had begun and
 * not ended by then. Posts without dates count as running.
 */
export function postsAt(
  dataset: Dataset,
  gazetteer: Gazetteer,
  body: string,
  date: string,
): Post[] {
  if (body === 'NRW') return [];
  return dataset.posts.filter((p) => {
    if (p.scenario !== IST || p.status === 'entfallen') return false;
    const running =
      (!p.start || firstDay(p.start.iso) <= date) && (!p.end || lastDay(p.end.iso) >= date);
    if (!running) return false;
    if (p.body === body) return true;
    if (body.length === 8 && p.body === kreisOf(body))
      return postMembers(p, dataset, gazetteer)?.includes(body) ?? false;
    return false;
  });
}
