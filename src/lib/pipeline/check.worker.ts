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
import { saveDataset } from '../data/store.ts';
import { versionFigures } from '../data/version-figures.ts';

export type WorkerRequest =
  | {
      type: 'check';
      uploads: Upload[];
      current: Dataset;
      geoUrl: string;
      today: string;
      lang: 'de' | 'en';
    }
  | { type: 'save'; title: string; expected: string | null };

let held: { dataset: Dataset; files: InputFile[]; germany: boolean } | null = null;

self.onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const msg = e.data;
  try {
    if (msg.type === 'check') {
      const progress = (p: { file: string; stage: string; done: number }) =>
        self.postMessage({ type: 'progress', ...p });
      const read = await readUploads(msg.uploads, progress);
      const { dataset, files, germany, summary } = await prepareCandidate(
        read.files,
        msg.current,
        msg.geoUrl,
        msg.today,
        msg.lang,
        progress,
        read.problems,
      );
      held = { dataset, files: files.map((f) => ({ name: f.name, bytes: f.bytes })), germany };
      self.postMessage({ type: 'summary', summary });
    } else if (msg.type === 'save' && held) {
      // The worker stores what it checked: files and validated dataset never cross to the page,
      // which then reads the stored version part by part (store.ts), as at every start.
      const result = await saveDataset(
        held.files,
        msg.title,
        msg.expected,
        versionFigures(held.dataset),
        { dataset: held.dataset, germany: held.germany },
      );
      if (result.ok) held = null;
      self.postMessage({ type: 'saved', result });
    }
  } catch (err) {
    self.postMessage({ type: 'error', message: errorText(err, 'Die Prüfung') });
  }
};
