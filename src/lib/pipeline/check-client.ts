import { prepareCandidate, readUploads, type CandidateSummary, type Upload } from './candidate.ts';
import type { Dataset } from '../data/dataset.ts';
import type { Gazetteer, GazetteerFile } from '../data/gazetteer.ts';
import { gazetteerWith } from '../data/loader.ts';
import type { InputFile } from '../data/read-table.ts';
import { GermanError } from '../data/german-error.ts';

/** A candidate dataset, complete, once the person confirmed it. */
export interface TakenCandidate {
  dataset: Dataset;
  gazetteer: Gazetteer;
  files: InputFile[];
}

/** A running check: the summary for the preview, the full candidate on demand, a way to stop. */
export interface RunningCheck {
  summary: Promise<CandidateSummary & { inWorker: boolean }>;
  /** The full candidate (after `summary` resolved); ends the worker. */
  take(): Promise<TakenCandidate>;
  cancel(): void;
}

/** Thrown (as a rejection) when the person cancels; the data in use is untouched. */
export class CheckCancelled extends Error {
  constructor() {
    super('Abgebrochen');
    this.name = 'CheckCancelled';
  }
}

async function gazetteerFor(
  geoUrl: string,
  dataset: Dataset,
  germany: boolean,
): Promise<Gazetteer> {
  const load = async (name: string) =>
    (await (await fetch(`${geoUrl}${name}`)).json()) as GazetteerFile;
  return gazetteerWith(
    germany
      ? [await load('gebiete-05.json'), await load('gebiete-de.json')]
      : [await load('gebiete-05.json')],
    dataset.boundaries,
  );
}

type Progress = (p: { file: string; stage: string; done: number }) => void;

/** The same check on the main thread, where workers are unavailable. */
function checkHere(
  uploads: readonly Upload[],
  current: Dataset,
  geoUrl: string,
  today: string,
  lang: 'de' | 'en',
  onProgress: Progress,
): RunningCheck {
  const run = readUploads(uploads, onProgress).then((read) =>
    prepareCandidate(read.files, current, geoUrl, today, lang, onProgress, read.problems),
  );
  return {
    summary: run.then((r) => ({ ...r.summary, inWorker: false })),
    take: async () => {
      const r = await run;
      return {
        dataset: r.dataset,
        files: r.files,
        gazetteer: await gazetteerFor(geoUrl, r.dataset, r.germany),
      };
    },
    cancel: () => {},
  };
}

/**
 * Checks uploads in a Web Worker (same code as `validate`): the files are
 * read as streams there, validated, and compared with the dataset in use.
 * The page receives progress and a small summary only; `take()` fetches
 * the full candidate after the person confirmed. `cancel()` ends the worker.
 */
export function checkUploads(
  uploads: readonly Upload[],
  current: Dataset,
  geoUrl: string,
  today: string,
  lang: 'de' | 'en',
  onProgress: Progress,
): RunningCheck {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return checkHere(uploads, current, geoUrl, today, lang, onProgress);
  }
  let rejectSummary: (e: Error) => void = () => {};
  let pendingTake: { ok: (c: TakenCandidate) => void; fail: (e: Error) => void } | null = null;
  const fail = (e: Error) => {
    worker.terminate();
    rejectSummary(e);
    pendingTake?.fail(e);
  };
  const summary = new Promise<CandidateSummary & { inWorker: boolean }>((ok, reject) => {
    rejectSummary = reject;
    worker.onmessage = async (e: MessageEvent) => {
      const msg = e.data as { type: string; [k: string]: unknown };
      if (msg.type === 'progress') onProgress(msg as never);
      else if (msg.type === 'summary') ok({ ...(msg.summary as CandidateSummary), inWorker: true });
      else if (msg.type === 'candidate') {
        worker.terminate();
        const gazetteer = await gazetteerFor(
          geoUrl,
          msg.dataset as Dataset,
          msg.germany as boolean,
        );
        pendingTake?.ok({
          dataset: msg.dataset as Dataset,
          files: msg.files as InputFile[],
          gazetteer,
        });
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
    current,
    geoUrl,
    today,
    lang,
  });
  return {
    summary,
    take: () =>
      new Promise<TakenCandidate>((ok, reject) => {
        pendingTake = { ok, fail: reject };
        worker.postMessage({ type: 'take' });
      }),
    cancel: () => fail(new CheckCancelled()),
  };
}
