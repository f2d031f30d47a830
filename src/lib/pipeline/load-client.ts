import { GermanError } from '../data/german-error.ts';
import type { Dataset } from '../data/dataset.ts';
import { loadHere } from './load-here.ts';
import {
  DatasetAssembler,
  type LoadDone,
  type LoadReply,
  type LoadRequest,
} from './load-message.ts';

/** A dataset built for the page, and where it was built. */
export interface LoadedData extends Omit<LoadDone, 'type' | 'rest'> {
  dataset: Dataset;
  /** Built in the load worker (`false`: on the page, without module workers). */
  inWorker: boolean;
}

const aborted = () => new DOMException('Laden abgebrochen', 'AbortError');

/**
 * Builds a dataset in a Web Worker (load.worker.ts) and receives it in parts,
 * each read in a task of its own. Without module workers, or when the worker
 * cannot start (its script not loadable), the same code runs on the page.
 * `null`: a `stored` request found no stored version.
 */
export function loadInWorker(req: LoadRequest, signal?: AbortSignal): Promise<LoadedData | null> {
  const here = async () => {
    const r = await loadHere(req, signal);
    return r && { dataset: r.dataset, ...r.done, inWorker: false };
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return here();
  }
  return new Promise<LoadedData | null>((ok, fail) => {
    if (signal?.aborted) {
      worker.terminate();
      return fail(aborted());
    }
    const assembler = new DatasetAssembler();
    let heard = false;
    signal?.addEventListener('abort', () => {
      worker.terminate();
      fail(aborted());
    });
    worker.onmessage = (e: MessageEvent<LoadReply>) => {
      heard = true;
      const m = e.data;
      if (m.type === 'part') return assembler.part(m.list, m.records);
      worker.terminate();
      if (m.type === 'done') {
        ok({
          dataset: assembler.finish(m),
          germany: m.germany,
          origin: m.origin,
          stored: m.stored,
          inWorker: true,
        });
      } else if (m.type === 'none') ok(null);
      else fail(new GermanError(m.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      // Its script did not start (e.g. not loadable): the page builds the dataset itself.
      if (!heard) here().then(ok, fail);
      else
        fail(
          new GermanError(
            'Das Laden im Hintergrund ist abgebrochen (vermutlich zu wenig Arbeitsspeicher). Bitte die Seite neu laden.',
          ),
        );
    };
    worker.postMessage(req);
  });
}
