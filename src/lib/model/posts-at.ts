import { kreisOf } from '../data/ags.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import { IST, type Post } from '../data/types.ts';
import { postMembers } from './post-members.ts';

/** The first day of a date of any precision (`2021` → `2021-01-01`). */
export const firstDay = (iso: string): string =>
  iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso;
/** The last day of a date of any precision (`2021-09` → `2021-09-30`, `2024-02` → `2024-02-29`). */
export function lastDay(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length !== 7) return iso;
  const days = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();
  return `${iso}-${String(days).padStart(2, '0')}`;
}

/** The Ist posts of a body at a date, split by what the sources say about their start. */
export interface PostsAt {
  /** Posts with a published start on or before the date and no end before it: they existed then. */
  running: Post[];
  /**
   * Posts without a published start that had not ended by the date: whether
   * they existed then is unknown („Beginn nicht veröffentlicht“); never counted.
   */
  startUnknown: Post[];
  /**
   * Posts whose start or end is published only as a month or year that
   * contains the date: whether they existed on that very day is unknown; never counted.
   */
  uncertain: Post[];
}

/** True when a post of the body (for a town: serving it) is an Ist post that was not dropped. */
export function concerns(p: Post, body: string, dataset: Dataset, gazetteer: Gazetteer): boolean {
  if (p.scenario !== IST || p.status === 'entfallen') return false;
  if (p.body === body) return true;
  if (body.length === 8 && p.body === kreisOf(body))
    return postMembers(p, dataset, gazetteer)?.includes(body) ?? false;
  return false;
}

/**
 * Whether a post existed on a date, from its published `beginn` and `ende`:
 * `yes` only when it had certainly begun (the last day of a partial start
 * lies on or before the date) and not ended (no end, or the first day of a
 * partial end lies on or after it); `no` when it certainly had not begun or
 * had ended; `unknown` without a start, or when a month or year contains the date.
 */
export function existedOn(p: Pick<Post, 'start' | 'end'>, date: string): 'yes' | 'no' | 'unknown' {
  if (p.end && lastDay(p.end.iso) < date) return 'no';
  if (p.start && firstDay(p.start.iso) > date) return 'no';
  if (!p.start) return 'unknown';
  const begun = lastDay(p.start.iso) <= date;
  const notEnded = !p.end || firstDay(p.end.iso) >= date;
  return begun && notEnded ? 'yes' : 'unknown';
}

/**
 * The Ist posts of a body at a date (see {@link existedOn}). Only `running`
 * posts existed then; posts without a `beginn` and posts whose dates are too
 * coarse are listed apart and never counted.
 */
export function postsAt(
  dataset: Dataset,
  gazetteer: Gazetteer,
  body: string,
  date: string,
): PostsAt {
  const out: PostsAt = { running: [], startUnknown: [], uncertain: [] };
  if (body === 'NRW') return out;
  for (const p of dataset.posts) {
    if (!concerns(p, body, dataset, gazetteer)) continue;
    const state = existedOn(p, date);
    if (state === 'yes') out.running.push(p);
    else if (state === 'unknown') (p.start ? out.uncertain : out.startUnknown).push(p);
  }
  return out;
}
