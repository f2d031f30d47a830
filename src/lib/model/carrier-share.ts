import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import type { Post } from '../data/types.ts';
import { CARRIERS, sumFte, type BarRow } from './allocation.ts';
import { countedPosts, shareFree } from './counted-posts.ts';
import { collectSources } from './sources.ts';

/** One body's bar of the Träger chart, with its share of freie Träger. */
export interface CarrierShareRow extends BarRow {
  shareFree: number | null;
}

/**
 * The Übersicht's "Anteil freie Träger" per body: one bar per Körperschaft
 * (or only `body`), stacked Kommune / frei / unbekannt, largest first.
 * Dropped posts (`entfallen`) do not count, as on the Übersicht.
 */
export function carrierShareRows(
  dataset: Dataset,
  gazetteer: Gazetteer,
  scenario: string,
  body: string | null,
): CarrierShareRow[] {
  const posts = countedPosts(dataset, scenario).filter((p) => body === null || p.body === body);
  const byBody = new Map<string, Post[]>();
  for (const p of posts) {
    const own = byBody.get(p.body);
    if (own) own.push(p);
    else byBody.set(p.body, [p]);
  }
  return [...byBody]
    .map(([ags, own]): CarrierShareRow => ({
      key: ags,
      label: gazetteer.label(ags),
      members: [],
      segments: CARRIERS.map((c) => ({
        key: c,
        label: c,
        carrierType: c,
        fte: sumFte(own.filter((p) => p.carrierType === c)),
      })).filter((s) => s.fte > 0),
      total: sumFte(own),
      posts: own,
      sources: collectSources(own),
      shareFree: shareFree(own),
    }))
    .sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}
