import type { Dataset } from './dataset.ts';
import { createGazetteer, type Gazetteer, type GazetteerFile } from './gazetteer.ts';
import { buildChecked } from './loader.ts';
import type { InputFile } from './read-table.ts';

/** A running check: its result and a way to stop it. */
export interface RunningCheck {
  result: Promise<{ dataset: Dataset; gazetteer: Gazetteer; inWorker: boolean }>;
  cancel(): void;
}

/** Thrown (as a rejection) when the person cancels; the data in use is untouched. */
export class CheckCancelled extends Error {
  constructor() {
    super('Abgebrochen');
    this.name = 'CheckCancelled';
  }
}

async function gazetteerFor(geoUrl: string, germany: boolean): Promise<Gazetteer> {
  const load = async (name: string) => (await (await fetch(`${geoUrl}${name}`)).json()) as GazetteerFile;
  return createGazetteer(germany ? [await load('gebiete-05.json'), await load('gebiete-de.json')] : [await load('gebiete-05.json')]);
}

/**
 * Checks files in a Web Worker (same code as `validate`), reporting progress;
 * `cancel()` terminates the worker. Where workers are unavailable the check
 * runs on the main thread.
 */
export function checkFiles(files: readonly InputFile[], geoUrl: string, onProgress: (p: { file: string; stage: string; done: number }) => void): RunningCheck {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return { result: buildChecked(files, geoUrl, fetch, undefined, onProgress).then((r) => ({ ...r, inWorker: false })), cancel: () => {} };
  }
  let reject: (e: Error) => void = () => {};
  const result = new Promise<{ dataset: Dataset; gazetteer: Gazetteer; inWorker: boolean }>((ok, fail) => {
    reject = fail;
    worker.onmessage = async (e: MessageEvent) => {
      const msg = e.data as { type: string; [k: string]: unknown };
      if (msg.type === 'progress') onProgress(msg as never);
      else if (msg.type === 'result') {
        worker.terminate();
        ok({ dataset: msg.dataset as Dataset, gazetteer: await gazetteerFor(geoUrl, msg.germany as boolean), inWorker: true });
      } else if (msg.type === 'error') {
        worker.terminate();
        fail(new Error(msg.message as string));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      fail(new Error(e.message || 'Die Prüfung im Hintergrund ist abgebrochen.'));
    };
  });
  worker.postMessage({ files: files.map((f) => ({ name: f.name, bytes: f.bytes })), geoUrl });
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject(new CheckCancelled());
    },
  };
}
