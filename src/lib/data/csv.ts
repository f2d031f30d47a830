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

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

/** True when a cell holds more than spaces: rows of only `;;;` are left out. */
function hasContent(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    // Most first cells are an id: one character decides without trimming.
    if (c.length && (c.charCodeAt(0) > 32 || c.trim() !== '')) return true;
  }
  return false;
}

/**
 * Splits decoded text into rows (RFC 4180 as Excel writes it), with an
 * explicit delimiter and **no** type guessing: AGS keep their leading zeros.
 *
 * - Line endings CRLF, LF and CR all end a record, mixed in one file (Excel
 *   saves CRLF, another editor appends LF rows): outside quotes each is a new row.
 * - A field that starts with `"` is quoted: `""` is a quote, delimiters and
 *   line breaks inside stay text. A quote inside an unquoted field is text.
 * - Row numbers are those Excel shows: one per record, empty lines counted,
 *   quoted line breaks not. Rows whose cells are all empty are then left out
 *   (trailing empty lines, `;;;;` lines Excel writes for formatted blank rows).
 *
 * Lines without a quote are cut with `indexOf` and `split` (native speed);
 * only lines with a quote are read character by character.
 */
export function parseCsv(text: string, delimiter: Delimiter): CsvResult {
  const rows: CsvRow[] = [];
  const issues: CsvIssue[] = [];
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  // Next positions of LF, CR and quote, each searched again only once passed.
  let nextLf = -2;
  let nextCr = -2;
  let nextQuote = -2;
  let pos = 0;
  let line = 0;
  while (pos < n) {
    line += 1;
    if (nextLf < pos && nextLf !== -1) nextLf = text.indexOf('\n', pos);
    if (nextCr < pos && nextCr !== -1) nextCr = text.indexOf('\r', pos);
    if (nextQuote < pos && nextQuote !== -1) nextQuote = text.indexOf('"', pos);
    const end =
      nextLf === -1
        ? nextCr === -1
          ? n
          : nextCr
        : nextCr === -1 || nextLf < nextCr
          ? nextLf
          : nextCr;
    if (nextQuote === -1 || nextQuote >= end) {
      const cells = text.slice(pos, end).split(delimiter);
      if (hasContent(cells)) rows.push({ line, cells });
      pos =
        end + (end < n && text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
      continue;
    }
    // A record with a quote: character by character, quoted fields may span lines.
    const cells: string[] = [];
    let start = pos;
    let cell = '';
    let recordEnd = false;
    let malformed = false;
    while (!recordEnd) {
      if (pos < n && text.charCodeAt(pos) === QUOTE && pos === start) {
        // A quoted field.
        let i = pos + 1;
        let closed = false;
        let from = i;
        cell = '';
        while (i < n) {
          const q = text.indexOf('"', i);
          if (q === -1) break;
          if (text.charCodeAt(q + 1) === QUOTE) {
            cell += text.slice(from, q + 1);
            i = from = q + 2;
            continue;
          }
          cell += text.slice(from, q);
          const after = q + 1 < n ? text.charCodeAt(q + 1) : -1;
          if (after === -1 || after === delim || after === LF || after === CR) {
            closed = true;
            i = q + 1;
            break;
          }
          // `"abc"def`: the quote did not end the field; keep it as text, as Excel does.
          malformed = true;
          cell += '"';
          i = from = q + 1;
        }
        if (!closed) {
          cell += text.slice(from);
          issues.push({ line, kind: 'quote', detail: 'Anführungszeichen nicht geschlossen' });
          cells.push(cell);
          pos = n;
          break;
        }
        pos = i;
        // Text between the closing quote and the delimiter (none after a closed field).
      } else {
        let i = pos;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        cell = text.slice(start, i);
        pos = i;
      }
      cells.push(cell);
      if (pos >= n) break;
      const c = text.charCodeAt(pos);
      if (c === delim) {
        pos += 1;
        start = pos;
        if (pos >= n) {
          cells.push('');
          break;
        }
        continue;
      }
      // End of the record: CRLF, LF or CR.
      pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      recordEnd = true;
    }
    if (malformed)
      issues.push({
        line,
        kind: 'other',
        detail: 'ein Anführungszeichen steht mitten in einer Zelle in Anführungszeichen',
      });
    if (hasContent(cells)) rows.push({ line, cells });
  }
  return { rows, issues };
}
