import type { Manifest } from '../../lib/data/types.ts';
import type { SourceRef } from '../../lib/model/sources.ts';

/** One source of the handout's list: who published it, what it is, where it is, which slides use it. */
export interface HandoutSource {
  publisher: string;
  title: string;
  url: string | null;
  slides: number[];
}

/**
 * Every source of the deck once, in order of first use. The title is the
 * manifest's name for a URL where it has one, else the `quelle` text itself
 * (the data has no separate title column); a source without a URL is its text.
 */
export function handoutSources(
  perSlide: readonly (readonly SourceRef[])[],
  manifest: Pick<Manifest, 'quellen'>,
): HandoutSource[] {
  const named = new Map(manifest.quellen.filter((q) => q.url).map((q) => [q.url, q.text] as const));
  const byKey = new Map<string, HandoutSource>();
  perSlide.forEach((refs, i) => {
    for (const r of refs) {
      const key = r.url ?? r.text;
      const entry = byKey.get(key) ?? {
        publisher: r.publisher ?? (r.url ? new URL(r.url).hostname : '–'),
        title: r.url ? (named.get(r.url) ?? '–') : r.text,
        url: r.url,
        slides: [],
      };
      if (!entry.slides.includes(i + 1)) entry.slides.push(i + 1);
      byKey.set(key, entry);
    }
  });
  return [...byKey.values()];
}

/** Splits table rows into columns of at most `perColumn` rows: a long table fills the page side by side. */
export function tableColumns<T>(rows: readonly T[], perColumn: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += perColumn) out.push(rows.slice(i, i + perColumn));
  return out.length ? out : [[]];
}
