/** A source behind a figure, with the rows it backs so a reader can check it. */
export interface SourceRef {
  /** The `quelle` text as written in the data. */
  text: string;
  /** Link target when the source is a URL. */
  url: string | null;
  /** Where in the data it was cited: `stellen.csv Zeile 3`. */
  rows: { file: string; line: number }[];
}

interface Sourced {
  source?: string;
  file: string;
  line: number;
}

/** Groups the sources of some records, most used first; records without a source are named too. */
export function collectSources(records: readonly Sourced[]): SourceRef[] {
  const byText = new Map<string, SourceRef>();
  for (const r of records) {
    const text = r.source?.trim() || '(ohne Quellenangabe)';
    let ref = byText.get(text);
    if (!ref) {
      ref = { text, url: /^https?:\/\//i.test(text) ? text : null, rows: [] };
      byText.set(text, ref);
    }
    ref.rows.push({ file: r.file, line: r.line });
  }
  return [...byText.values()].sort(
    (a, b) => b.rows.length - a.rows.length || a.text.localeCompare(b.text),
  );
}

/** A short name for a source line (the host of a URL, else the text, cut at 60 characters). */
export function sourceLabel(ref: SourceRef): string {
  if (ref.url) {
    const host = /^https?:\/\/([^/?#]+)/i.exec(ref.url)?.[1] ?? ref.url;
    return host.replace(/^www\./, '');
  }
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
