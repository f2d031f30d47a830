import { prepareCandidate, readUploads, type CandidateSummary, type Upload } from './candidate.ts';
import type { Dataset } from '../data/dataset.ts';
import { GermanError } from '../data/german-error.ts';
import { saveDataset, type SaveResult } from '../data/store.ts';
import { versionFigures } from '../data/version-figures.ts';

/** A running check: the summary for the preview, storing on confirmation, a way to stop. */
export interface RunningCheck {
  summary: Promise<CandidateSummary & { inWorker: boolean }>;
  /**
   * Stores the candidate as a new version in use (after `summary` resolved),
   * compare-and-swap against `expected` (store.ts); the worker is then kept for the next check.
   */
  save(title: string, expected: string | null): Promise<SaveResult>;
  cancel(): void;
}

/** Thrown (as a rejection) when the person cancels; the data in use is untouched. */
export class CheckCancelled extends Error {
  constructor() {
    super('Abgebrochen');
    this.name = 'CheckCancelled';
  }
}

type Progress = (p: { file: string; stage: string; done: number }) => void;

/** The dataset in use, as the check compares with it. */
export interface Current {
  dataset: Dataset;
  /** Validated against Germany's gazetteer (not only NRW's). */
  germany: boolean;
  /**
   * The stored version it is, if any: the worker then reads it from the
   * browser's storage itself, and the page never copies a million posts over.
   */
  storedId: string | null;
}

/** The same check on the main thread, where workers are unavailable. */
function checkHere(
  uploads: readonly Upload[],
  current: Current,
  geoUrl: string,
  today: string,
  lang: 'de' | 'en',
  onProgress: Progress,
): RunningCheck {
  const run = readUploads(uploads, onProgress).then((read) =>
    prepareCandidate(
      read.files,
      current.dataset,
      geoUrl,
      today,
      lang,
      onProgress,
      read.problems,
      current.germany,
    ),
  );
  return {
    summary: run.then((r) => ({ ...r.summary, inWorker: false })),
    save: async (title, expected) => {
      const r = await run;
      return saveDataset(r.files(), title, expected, versionFigures(r.dataset), {
        dataset: r.dataset,
        germany: r.germany,
      });
    },
    cancel: () => {},
  };
}

/** The worker of the last finished check, kept for the next one (it knows the stored version). */
let idle: Worker | null = null;

/**
 * Checks uploads in a Web Worker (same code as `validate`): the files are
 * read as streams there, validated, and compared with the dataset in use
 * (read by the worker from storage when it is a stored version). The page
 * receives progress and a small summary only; `save()` stores the candidate
 * from the worker after the person confirmed. `cancel()` ends a running
 * check (the worker with it); after a check or a save the worker is kept.
 */
export function checkUploads(
  uploads: readonly Upload[],
  current: Current,
  geoUrl: string,
  today: string,
  lang: 'de' | 'en',
  onProgress: Progress,
): RunningCheck {
  let worker: Worker;
  try {
    worker = idle ?? new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    idle = null;
  } catch {
    return checkHere(uploads, current, geoUrl, today, lang, onProgress);
  }
  let rejectSummary: (e: Error) => void = () => {};
  let pendingSave: { ok: (r: SaveResult) => void; fail: (e: Error) => void } | null = null;
  let checked = false;
  const fail = (e: Error) => {
    worker.terminate();
    rejectSummary(e);
    pendingSave?.fail(e);
  };
  /** Done with this check: the worker waits (with the version it knows) for the next one. */
  const release = () => {
    if (idle && idle !== worker) idle.terminate();
    idle = worker;
  };
  const summary = new Promise<CandidateSummary & { inWorker: boolean }>((ok, reject) => {
    rejectSummary = reject;
    worker.onmessage = (e: MessageEvent) => {
      const msg = e.data as { type: string; [k: string]: unknown };
      if (msg.type === 'progress') onProgress(msg as never);
      else if (msg.type === 'summary') {
        checked = true;
        ok({ ...(msg.summary as CandidateSummary), inWorker: true });
      }
      // The stored version had no validated form the worker could read: sent from here.
      else if (msg.type === 'need-current')
        worker.postMessage({ type: 'current', dataset: current.dataset });
      else if (msg.type === 'saved') {
        const result = msg.result as SaveResult;
        pendingSave?.ok(result);
        pendingSave = null;
        if (result.ok) release();
      } else if (msg.type === 'error') fail(new GermanError(msg.message as string));
    };
    worker.onerror = () =>
      fail(
        new GermanError(
          'Die Prüfung im Hintergrund ist abgebrochen (vermutlich zu wenig Arbeitsspeicher). Bitte die Datei aufteilen oder verkleinern; der Datensatz in Gebrauch bleibt unverändert.',
        ),
      );
  });
  worker.postMessage({
    type: 'check',
    uploads: uploads.map((u) => ({ name: u.name, blob: u.blob })),
    // A stored version is read by the worker itself; anything else (small) is sent.
    current: current.storedId
      ? { storedId: current.storedId, germany: current.germany }
      : { dataset: current.dataset, germany: current.germany },
    geoUrl,
    today,
    lang,
  });
  return {
    summary,
    save: (title, expected) =>
      new Promise<SaveResult>((ok, reject) => {
        pendingSave = { ok, fail: reject };
        worker.postMessage({ type: 'save', title, expected });
      }),
    cancel: () => {
      // Checked and not being saved: the candidate is dropped, the worker kept. Else it is ended.
      if (checked && !pendingSave) {
        worker.postMessage({ type: 'discard' });
        rejectSummary(new CheckCancelled());
        release();
      } else fail(new CheckCancelled());
    },
  };
}
