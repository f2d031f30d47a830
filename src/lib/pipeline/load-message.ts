import type { Dataset } from '../data/dataset.ts';

/** What the page asks the load worker for: a published folder, or the stored version's files. */
export type LoadRequest =
  { type: 'folder'; url: string; geoUrl: string } | { type: 'stored'; geoUrl: string };

/** The big lists of a Dataset: sent in parts, each read by the page in a task of its own. */
export const SENT_LISTS = ['posts', 'regions', 'events', 'obliged', 'population'] as const;
export type SentList = (typeof SENT_LISTS)[number];
/** Records per message (as stored parts in store.ts). */
export const SENT_PART = 5_000;

/** A built dataset without its big lists, and what the page needs to make its gazetteer. */
export interface LoadDone {
  type: 'done';
  rest: Omit<Dataset, SentList>;
  /** The data reaches beyond NRW: the page makes the gazetteer of Germany. */
  germany: boolean;
  origin: string;
  /** The stored version the files came from (`stored` requests). */
  stored: { id: string; savedAt: string; title: string } | null;
}

export type LoadReply =
  | { type: 'part'; list: SentList; records: unknown[] }
  | LoadDone
  /** A `stored` request without a stored version. */
  | { type: 'none' }
  | { type: 'error'; message: string };

/** A built dataset as messages: the lists in parts, then the rest. */
export function datasetMessages(
  dataset: Dataset,
  done: Omit<LoadDone, 'type' | 'rest'>,
): LoadReply[] {
  const out: LoadReply[] = [];
  const rest = { ...dataset } as Partial<Dataset>;
  for (const list of SENT_LISTS) {
    const records = dataset[list] as readonly unknown[];
    for (let at = 0; at < records.length; at += SENT_PART)
      out.push({ type: 'part', list, records: records.slice(at, at + SENT_PART) });
    delete rest[list];
  }
  out.push({ type: 'done', rest: rest as Omit<Dataset, SentList>, ...done });
  return out;
}

/** Collects the messages of {@link datasetMessages} into the dataset again. */
export class DatasetAssembler {
  readonly #lists: Record<SentList, unknown[]> = {
    posts: [],
    regions: [],
    events: [],
    obliged: [],
    population: [],
  };

  part(list: SentList, records: readonly unknown[]) {
    const into = this.#lists[list];
    for (let i = 0; i < records.length; i++) into.push(records[i]);
  }

  finish(done: LoadDone): Dataset {
    return { ...done.rest, ...(this.#lists as unknown as Pick<Dataset, SentList>) };
  }
}
