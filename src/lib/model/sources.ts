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

/** Groups the sources of some records, most used first; records without a source are named too. */
export function collectSources(records: readonly Sourced[]): SourceRef[] {
  const byText = new Map<string, SourceRef>();
  const kinds = new Map<SourceRef, Map<Evidence, number>>();
  for (const r of records) {
    const text = r.source?.trim() || '(ohne Quellenangabe)';
    let ref = byText.get(text);
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
      byText.set(text, ref);
      kinds.set(ref, new Map());
    }
    ref.rows.push({ file: r.file, line: r.line });
    const kind = r.evidence ?? 'none';
    ref.evidenceRows[kind] = (ref.evidenceRows[kind] ?? 0) + 1;
    if (r.evidence) kinds.get(ref)!.set(r.evidence, (kinds.get(ref)!.get(r.evidence) ?? 0) + 1);
  }
  for (const [ref, count] of kinds)
    ref.evidence = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  return [...byText.values()].sort(
    (a, b) => b.rows.length - a.rows.length || a.text.localeCompare(b.text),
  );
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
