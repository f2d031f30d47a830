/// <reference lib="webworker" />
/**
 * Checks uploaded files off the main thread with exactly the code the
 * validate CLI uses. The page gets progress and a small summary; the full
 * candidate stays here until the person confirms, and is then stored from
 * here (`save`), so even a 50 MB file never blocks the page while it is
 * read, checked, compared and stored.
 */
import { prepareCandidate, readUploads, type Upload } from './candidate.ts';
import type { Dataset } from '../data/dataset.ts';
import type { InputFile } from '../data/read-table.ts';
import { errorText } from '../data/error-text.ts';
import { loadBuilt, saveDataset } from '../data/store.ts';
import { versionFigures } from '../data/version-figures.ts';

export type WorkerRequest =
  | {
      type: 'check';
      uploads: Upload[];
      /** The dataset in use, or the id of the stored version it is (read here from storage). */
      current: { dataset: Dataset; germany: boolean } | { storedId: string; germany: boolean };
      geoUrl: string;
      today: string;
      lang: 'de' | 'en';
    }
  | { type: 'current'; dataset: Dataset }
  | { type: 'save'; title: string; expected: string | null }
  /** The person discarded the candidate: the worker stays for the next check. */
  | { type: 'discard' };

let held: { dataset: Dataset; files: () => InputFile[]; germany: boolean } | null = null;
let sentCurrent: ((d: Dataset) => void) | null = null;
/**
 * The stored version this worker knows (it saved or read it): the page keeps
 * the worker between checks, so the next upload (often one small table)
 * compares against it without reading a million records from storage again.
 */
let known: { id: string; dataset: Dataset } | null = null;

/** The dataset in use: known, sent along, read from storage, or (no validated form stored) asked for. */
async function currentOf(current: Extract<WorkerRequest, { type: 'check' }>['current']) {
  if ('dataset' in current) return current.dataset;
  if (known?.id === current.storedId) return known.dataset;
  const built = await loadBuilt(current.storedId);
  if (built) {
    known = { id: current.storedId, dataset: built.dataset };
    return built.dataset;
  }
  return new Promise<Dataset>((ok) => {
    sentCurrent = ok;
    self.postMessage({ type: 'need-current' });
  });
}

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  try {
    if (msg.type === 'current') sentCurrent?.(msg.dataset);
    else if (msg.type === 'check') {
      const progress = (p: { file: string; stage: string; done: number }) =>
        self.postMessage({ type: 'progress', ...p });
      const [read, current] = await Promise.all([
        readUploads(msg.uploads, progress),
        currentOf(msg.current),
      ]);
      const { dataset, files, germany, summary } = await prepareCandidate(
        read.files,
        current,
        msg.geoUrl,
        msg.today,
        msg.lang,
        progress,
        read.problems,
        msg.current.germany,
      );
      held = { dataset, files, germany };
      self.postMessage({ type: 'summary', summary });
    } else if (msg.type === 'save' && held) {
      // The worker stores what it checked: files and validated dataset never cross to the page,
      // which then reads the stored version part by part (store.ts), as at every start. Kept
      // tables are written out as CSV files only now, once confirmed.
      const result = await saveDataset(
        held.files(),
        msg.title,
        msg.expected,
        versionFigures(held.dataset),
        { dataset: held.dataset, germany: held.germany },
      );
      if (result.ok) {
        known = result.id ? { id: result.id, dataset: held.dataset } : null;
        held = null;
      }
      self.postMessage({ type: 'saved', result });
    } else if (msg.type === 'discard') {
      held = null;
    }
  } catch (err) {
    self.postMessage({ type: 'error', message: errorText(err, 'Die Prüfung') });
  }
};
