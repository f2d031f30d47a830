import { buildChecked, loadDataset } from '../data/loader.ts';
import type { Dataset } from '../data/dataset.ts';
import { beyondNrw } from '../data/gazetteer.ts';
import { loadStored } from '../data/store.ts';
import type { LoadDone, LoadRequest } from './load-message.ts';

/**
 * A dataset as the load worker builds it; also the page's fallback when it
 * has no module workers (the same code on the main thread). `null`: a
 * `stored` request and no stored version.
 */
export async function loadHere(
  req: LoadRequest,
  signal?: AbortSignal,
): Promise<{ dataset: Dataset; done: Omit<LoadDone, 'type' | 'rest'> } | null> {
  if (req.type === 'folder') {
    const l = await loadDataset(req.url, req.geoUrl, fetch, signal);
    return {
      dataset: l.dataset,
      done: { germany: beyondNrw(l.gazetteer), origin: l.origin, stored: null },
    };
  }
  const files = await loadStored();
  if (!files) return null;
  const { dataset, gazetteer } = await buildChecked(files.files, req.geoUrl, fetch, signal);
  return {
    dataset,
    done: {
      germany: beyondNrw(gazetteer),
      origin: `Browser-Speicher (${files.title})`,
      stored: { id: files.id, savedAt: files.savedAt, title: files.title },
    },
  };
}
