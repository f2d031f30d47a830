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
 * only lines with a quote are read character by character. Rows are read one
 * at a time (`next`), so a caller can use each and let it go: a million rows
 * never have to be held at once.
 */
export class CsvReader {
  /** Structural problems found so far. */
  readonly issues: CsvIssue[] = [];
  readonly #text: string;
  readonly #delimiter: Delimiter;
  readonly #delim: number;
  // Next positions of LF, CR and quote, each searched again only once passed.
  #nextLf = -2;
  #nextCr = -2;
  #nextQuote = -2;
  #pos = 0;
  #line = 0;

  constructor(text: string, delimiter: Delimiter) {
    this.#text = text;
    this.#delimiter = delimiter;
    this.#delim = delimiter.charCodeAt(0);
  }

  /** The next row with content, or `null` at the end of the text. */
  next(): CsvRow | null {
    const text = this.#text;
    const n = text.length;
    while (this.#pos < n) {
      const row = this.#record(text, n);
      if (hasContent(row.cells)) return row;
    }
    return null;
  }

  #record(text: string, n: number): CsvRow {
    const delim = this.#delim;
    let pos = this.#pos;
    const line = ++this.#line;
    if (this.#nextLf < pos && this.#nextLf !== -1) this.#nextLf = text.indexOf('\n', pos);
    if (this.#nextCr < pos && this.#nextCr !== -1) this.#nextCr = text.indexOf('\r', pos);
    if (this.#nextQuote < pos && this.#nextQuote !== -1) this.#nextQuote = text.indexOf('"', pos);
    const lf = this.#nextLf;
    const cr = this.#nextCr;
    const end = lf === -1 ? (cr === -1 ? n : cr) : cr === -1 || lf < cr ? lf : cr;
    if (this.#nextQuote === -1 || this.#nextQuote >= end) {
      const cells = text.slice(pos, end).split(this.#delimiter);
      this.#pos =
        end + (end < n && text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
      return { line, cells };
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
          this.issues.push({ line, kind: 'quote', detail: 'Anführungszeichen nicht geschlossen' });
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
      this.issues.push({
        line,
        kind: 'other',
        detail: 'ein Anführungszeichen steht mitten in einer Zelle in Anführungszeichen',
      });
    this.#pos = pos;
    return { line, cells };
  }
}

/** All rows of a text at once (small files, tests); see CsvReader. */
export function parseCsv(text: string, delimiter: Delimiter): CsvResult {
  const reader = new CsvReader(text, delimiter);
  const rows: CsvRow[] = [];
  for (let row = reader.next(); row; row = reader.next()) rows.push(row);
  return { rows, issues: reader.issues };
}
