import { publisherOf } from '../data/publishers.ts';
import type { Evidence } from '../data/types.ts';

/** A source behind a figure, with the rows it backs so a reader can check it. */
export interface SourceRef {
  /** The `quelle` text as written in the data. */
  text: string;
  /** Link target when the source is a URL. */
  url: string | null;
  /** Publisher to credit (registry name or registrable domain); null for a source that is no URL. */
  publisher: string | null;
  /** The `beleg` of the rows it backs (the most frequent; null when none states one). */
  evidence: Evidence | null;
  /** Rows it backs per `beleg` (`none`: not stated). */
  evidenceRows: Partial<Record<Evidence | 'none', number>>;
  /** Where in the data it was cited: `stellen.csv Zeile 3`. */
  rows: { file: string; line: number }[];
}

interface Sourced {
  source?: string;
  evidence?: Evidence | null;
  file: string;
  line: number;
}

/**
 * Collects sources record by record (one pass can feed several collectors:
 * the Übersicht's total, its bodies and its status counts).
 */
export class SourceCollector {
  readonly #byText = new Map<string, SourceRef>();
  readonly #kinds = new Map<SourceRef, Map<Evidence, number>>();
  /** The last source seen: rows of one source often follow each other. */
  #lastText: string | undefined = undefined;
  #last: SourceRef | null = null;

  add(r: Sourced): void {
    let ref: SourceRef | undefined;
    if (r.source === this.#lastText && this.#last) ref = this.#last;
    else {
      const text = r.source?.trim() || '(ohne Quellenangabe)';
      ref = this.#byText.get(text);
      if (!ref) {
        const url = /^https?:\/\//i.test(text) ? text : null;
        ref = {
          text,
          url,
          publisher: url ? (publisherOf(url)?.name ?? null) : null,
          evidence: null,
          evidenceRows: {},
          rows: [],
        };
        this.#byText.set(text, ref);
        this.#kinds.set(ref, new Map());
      }
      this.#lastText = r.source;
      this.#last = ref;
    }
    // The record itself stands for its row (it has file and line): no object per row.
    ref.rows.push(r);
    const kind = r.evidence ?? 'none';
    ref.evidenceRows[kind] = (ref.evidenceRows[kind] ?? 0) + 1;
    if (r.evidence) {
      const kinds = this.#kinds.get(ref)!;
      kinds.set(r.evidence, (kinds.get(r.evidence) ?? 0) + 1);
    }
  }

  /** The sources, most used first (then by text). */
  result(): SourceRef[] {
    for (const [ref, count] of this.#kinds)
      ref.evidence = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    return [...this.#byText.values()].sort(
      (a, b) => b.rows.length - a.rows.length || a.text.localeCompare(b.text),
    );
  }
}

/** Groups the sources of some records, most used first; records without a source are named too. */
export function collectSources(records: readonly Sourced[]): SourceRef[] {
  const c = new SourceCollector();
  for (const r of records) c.add(r);
  return c.result();
}

/** A short name for a source line: its publisher (for a URL), else the text, cut at 60 characters. */
export function sourceLabel(ref: SourceRef): string {
  if (ref.url) return ref.publisher ?? ref.url;
  return ref.text.length > 60 ? `${ref.text.slice(0, 59)}…` : ref.text;
}

/** One source per short name (the most used first): two articles of one outlet are one credit. */
export function distinctSources(refs: readonly SourceRef[]): SourceRef[] {
  const byLabel = new Map<string, SourceRef>();
  for (const r of refs) if (!byLabel.has(sourceLabel(r))) byLabel.set(sourceLabel(r), r);
  return [...byLabel.values()];
}

/** The distinct short names of sources, most used first. */
export function sourceLabels(refs: readonly SourceRef[]): string[] {
  return distinctSources(refs).map(sourceLabel);
}
