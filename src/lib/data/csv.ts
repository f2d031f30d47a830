import Papa from 'papaparse';
import type { Delimiter } from './delimiter.ts';

/** One parsed record with the row number Excel shows for it (header = 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** A structural CSV problem (e.g. an unclosed quote) at an Excel row. */
export interface CsvIssue {
  line: number;
  kind: 'quote' | 'other';
  detail: string;
}

/** Result of splitting text into rows; the first row is the header. */
export interface CsvResult {
  rows: CsvRow[];
  issues: CsvIssue[];
}

/**
 * Splits decoded text into rows with papaparse, with an explicit delimiter and
 * **no** type guessing (AGS keep their leading zeros). Empty lines are kept
 * while counting, so row numbers match Excel's even with quoted line breaks;
 * rows whose cells are all empty are then left out (trailing empty lines,
 * `;;;;` lines Excel writes for formatted blank rows).
 */
export function parseCsv(text: string, delimiter: Delimiter): CsvResult {
  const result = Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const rows: CsvRow[] = [];
  result.data.forEach((cells, index) => {
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: index + 1, cells });
  });
  const issues: CsvIssue[] = result.errors.map((e) => ({
    line: (e.row ?? 0) + 1,
    kind: e.type === 'Quotes' ? 'quote' : 'other',
    detail: e.message,
  }));
  return { rows, issues };
}
