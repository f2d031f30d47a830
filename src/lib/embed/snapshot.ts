/**
 * The Stand of the published data and whether a fixed snapshot of it exists
 * (`data/stand/<stand>/manifest.json`, written by `npm run stand`). Embeds
 * read published folders only, never the browser's stored dataset.
 */
export async function publishedSnapshot(
  dataUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ stand: string | null; pinned: boolean }> {
  try {
    const res = await fetchImpl(`${dataUrl}manifest.json`, { cache: 'no-cache' });
    if (!res.ok) return { stand: null, pinned: false };
    const stand = ((await res.json()) as { stand?: unknown }).stand;
    if (typeof stand !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(stand))
      return { stand: null, pinned: false };
    const snap = await fetchImpl(`${dataUrl}stand/${stand}/manifest.json`, { cache: 'no-cache' });
    return { stand, pinned: snap.ok };
  } catch {
    return { stand: null, pinned: false };
  }
}
