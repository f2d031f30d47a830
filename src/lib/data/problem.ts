/** How bad a problem is, in the words staff read (DATA-FORMAT.md). */
export type Severity = 'Fehler' | 'Warnung' | 'Hinweis';

/** Severities from worst to mildest; reports are sorted and counted in this order. */
export const SEVERITIES: readonly Severity[] = ['Fehler', 'Warnung', 'Hinweis'];

/**
 * One problem found in the input, in the shape of DATA-FORMAT.md.
 * `line` is the row number Excel shows (header = 1); `null` for file- and table-level problems.
 */
export interface Problem {
  /** Table name (`stellen`, `termine`, …) or `null` when the file could not be recognised. */
  table: string | null;
  /** File name as given by the user. */
  file: string;
  line: number | null;
  column: string | null;
  /**
   * The column's letters as the spreadsheet shows them (`F`), for problems in
   * a sheet of an Excel workbook (sheet-file.ts); absent elsewhere.
   */
  sheetColumn?: string;
  value: string | null;
  severity: Severity;
  /** What is wrong, in German. */
  message: string;
  /** How to fix it, in German. */
  hint: string;
  /**
   * Only on a summary entry of a bounded report (ProblemLog): how many
   * problems of this kind it stands for. Every other entry counts as one.
   */
  count?: number;
  /** The text by key (for the English report); absent on texts that have none yet. */
  text?: TextKey;
}

/**
 * A problem's text by key, with the values it names: the German text is in
 * `message` and `hint` (the CLI and reports), the English report renders the
 * key (lib/i18n/problems-en.ts). `of`: the problem a summary stands for.
 */
export interface TextKey {
  key: string;
  params?: Record<string, string | number>;
  of?: TextKey;
}

/** Where a problem happened; the rest is filled in by whoever knows it. */
export interface ProblemPlace {
  table: string | null;
  file: string;
}

/** Builds a problem at a place; keeps call sites short and the shape uniform. */
export function problemAt(
  place: ProblemPlace,
  severity: Severity,
  message: string,
  hint: string,
  detail: {
    line?: number | null;
    column?: string | null;
    sheetColumn?: string;
    value?: string | null;
    text?: TextKey;
  } = {},
): Problem {
  const problem: Problem = {
    table: place.table,
    file: place.file,
    line: detail.line ?? null,
    column: detail.column ?? null,
    value: detail.value ?? null,
    severity,
    message,
    hint,
  };
  if (detail.sheetColumn) problem.sheetColumn = detail.sheetColumn;
  if (detail.text) problem.text = detail.text;
  return problem;
}

/** Counts problems per severity, always with all three keys. */
export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { Fehler: 0, Warnung: 0, Hinweis: 0 };
  for (const p of problems) counts[p.severity] += p.count ?? 1;
  return counts;
}

/**
 * A problem's column as a report names it: the name, or in a workbook the
 * letters Excel shows with the name beside them (`F (vzae)`).
 */
export function columnLabel(p: Pick<Problem, 'column' | 'sheetColumn'>): string | null {
  if (!p.sheetColumn) return p.column;
  return p.column && p.column !== p.sheetColumn ? `${p.sheetColumn} (${p.column})` : p.sheetColumn;
}
