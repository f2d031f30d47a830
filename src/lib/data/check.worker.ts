/// <reference lib="webworker" />
/**
 * Checks uploaded files off the main thread with exactly the code the
 * validate CLI uses, reporting progress; the page stays responsive.
 */
import { buildChecked } from './loader.ts';
import type { InputFile } from './read-table.ts';

export type WorkerRequest = { files: InputFile[]; geoUrl: string };

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  try {
    const { dataset, gazetteer } = await buildChecked(e.data.files, e.data.geoUrl, fetch, undefined, (p) => self.postMessage({ type: 'progress', ...p }));
    self.postMessage({ type: 'result', dataset, germany: gazetteer.covers('09162000') });
  } catch (err) {
    self.postMessage({ type: 'error', message: (err as Error).message });
  }
};
