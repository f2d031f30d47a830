/** Cache names shared with the service worker's runtime routes (vite.config.ts). */
export const DATA_CACHE = 'kim-daten';
export const GEO_CACHE = 'kim-geo';

/**
 * The same-origin dataset and geodata URLs worth keeping offline: those the
 * page fetched under `/data/` plus `always`, without query or fragment, once each.
 */
export function dataUrlsToKeep(
  fetched: readonly string[],
  pageUrl: string,
  always: readonly string[],
): string[] {
  const origin = new URL(pageUrl).origin;
  const keep: string[] = [];
  for (const raw of [...fetched, ...always]) {
    const url = new URL(raw, pageUrl);
    if (url.origin !== origin || !url.pathname.includes('/data/')) continue;
    url.search = '';
    url.hash = '';
    if (!keep.includes(url.href)) keep.push(url.href);
  }
  return keep;
}
