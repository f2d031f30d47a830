import { LIMITS } from './limits.ts';
import { columnIndexOf, columnLetters } from './sheet-file.ts';
import { serialToText, type DateFormat } from './xlsx-dates.ts';
import { runText, xmlText } from './xlsx-xml.ts';

/** Excel's last row. */
const MAX_ROW = 1_048_576;

/** What a sheet's cells need from the workbook: shared strings, date styles, the date system. */
export interface SheetContext {
  strings: readonly string[];
  dates: readonly (DateFormat | null)[];
  date1904: boolean;
}

/** A cell read as empty, with why. */
export interface OddCell {
  kind: 'error' | 'formula';
  ref: string;
  line: number;
  column: number;
  value: string;
}

/** A sheet as the CSV path reads it. */
export interface SheetRows {
  /** CSV text (`;`), one record per Excel row: line n is row n. */
  text: string;
  /** The first row with content, trimmed: the header. */
  header: string[];
  cells: OddCell[];
  /** The row where reading stopped or cells were cut off (too many columns or too much text). */
  cut: number | null;
  tooLarge: boolean;
}

const TAG = /<(?:[\w.-]+:)?(row|c|\/sheetData)(?=[\s/>])([^>]*?)(\/?)>/g;
const CELL_END = /<\/(?:[\w.-]+:)?c\s*>/g;
const V = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v\s*>/;
const IS = /<(?:[\w.-]+:)?is(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?is\s*>/;
const F = /<(?:[\w.-]+:)?f[\s/>]/;
const REF = /(?:^|\s)r\s*=\s*["']([A-Za-z]{1,3})(\d+)["']/;
const ROW_R = /(?:^|\s)r\s*=\s*["'](\d+)["']/;
const STYLE = /(?:^|\s)s\s*=\s*["'](\d+)["']/;
const TYPE = /(?:^|\s)t\s*=\s*["'](\w+)["']/;

/** A number as the German parser reads it exactly: `55000`, `0,5`, `-1,25`, never `1.234`. */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  let s = String(n);
  if (/e/i.test(s) && Math.abs(n) < 1) s = n.toFixed(20).replace(/0+$/, '');
  return s.replace('.', ',');
}

const csvField = (v: string) => (/[;,\t"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One sheet's rows as CSV text with Excel's row numbers, cells typed as the parsers read them. */
export function sheetRows(xml: string, ctx: SheetContext): SheetRows {
  const lines: string[] = [];
  const cells: OddCell[] = [];
  let header: string[] = [];
  let length = 0;
  let cut: number | null = null;
  let tooLarge = false;
  let rowNumber = 0;
  let row: string[] = [];
  let column = -1;
  let open = false;
  /** Numbers and dates repeat (0,5, 01.09.2021): each distinct cell is converted once. */
  const typed = new Map<string, string>();
  const flush = () => {
    if (!open) return;
    open = false;
    while (row.length && row[row.length - 1] === '') row.pop();
    if (!header.length && row.some((c) => c.trim())) header = row.map((c) => c.trim());
    const line = row.map(csvField).join(';');
    // Blank rows stay as empty lines: line n of the text is row n of the sheet.
    while (lines.length < rowNumber - 1) lines.push('');
    lines.push(line);
    length += line.length + 2;
  };
  const start = xml.search(/<(?:[\w.-]+:)?sheetData[\s>]/);
  TAG.lastIndex = start < 0 ? xml.length : start;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [, tag, attrs, closed] = m as unknown as [string, string, string, string];
    if (tag === '/sheetData') break;
    if (tag === 'row') {
      flush();
      const r = Number(ROW_R.exec(attrs)?.[1] ?? rowNumber + 1);
      rowNumber = r > rowNumber ? r : rowNumber + 1;
      if (rowNumber > MAX_ROW || length > LIMITS.fileBytes) {
        cut = rowNumber - 1;
        tooLarge = length > LIMITS.fileBytes;
        break;
      }
      row = [];
      column = -1;
      open = !closed;
      continue;
    }
    // A cell: its column from its reference (or the next one), its value by type and style.
    const ref = REF.exec(attrs);
    column = ref ? columnIndexOf(ref[1]!) : column + 1;
    let inner = '';
    if (!closed) {
      CELL_END.lastIndex = TAG.lastIndex;
      const end = CELL_END.exec(xml);
      if (!end) break;
      inner = xml.slice(TAG.lastIndex, end.index);
      TAG.lastIndex = CELL_END.lastIndex;
    }
    if (!open) continue;
    const value = cellValue(attrs, inner, ctx, typed);
    if (value.odd) {
      const at = `${columnLetters(column)}${rowNumber}`;
      cells.push({ kind: value.odd, ref: at, line: rowNumber, column, value: value.text });
      continue;
    }
    if (value.text === '') continue;
    if (column >= LIMITS.columns) {
      cut ??= rowNumber;
      continue;
    }
    while (row.length < column) row.push('');
    row[column] = value.text;
  }
  flush();
  return { text: lines.join('\r\n') + (lines.length ? '\r\n' : ''), header, cells, cut, tooLarge };
}

/** A cell's text for the pipeline; `odd` when Excel has no usable value (an error, a formula never calculated). */
function cellValue(
  attrs: string,
  inner: string,
  ctx: SheetContext,
  typed: Map<string, string>,
): { text: string; odd?: 'error' | 'formula' } {
  const type = TYPE.exec(attrs)?.[1] ?? 'n';
  if (type === 'inlineStr') return { text: runText(IS.exec(inner)?.[1] ?? '') };
  // Nearly every cell is `<v>…</v>` alone: sliced without a pattern.
  const end = inner.startsWith('<v>') ? inner.indexOf('</v>') : -1;
  const raw = end > 0 && end === inner.length - 4 ? inner.slice(3, end) : V.exec(inner)?.[1];
  if (raw === undefined) return F.test(inner) ? { text: '', odd: 'formula' } : { text: '' };
  if (type === 'n') {
    const key = `${STYLE.exec(attrs)?.[1] ?? ''}|${raw}`;
    let text = typed.get(key);
    if (text === undefined) {
      text = numberCell(raw, attrs, ctx);
      if (typed.size < 10_000) typed.set(key, text);
    }
    return { text };
  }
  switch (type) {
    case 's':
      return { text: ctx.strings[Number(raw)] ?? '' };
    case 'str':
      return { text: xmlText(raw) };
    case 'b':
      return { text: raw.trim() === '1' ? 'WAHR' : 'FALSCH' };
    case 'e':
      return { text: xmlText(raw).trim(), odd: 'error' };
    case 'd': {
      // An ISO 8601 date (strict workbooks): the date, and the time where the format shows one.
      const iso = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(raw.trim());
      if (!iso) return { text: xmlText(raw).trim() };
      const format = ctx.dates[Number(STYLE.exec(attrs)?.[1] ?? 0)];
      if (format?.precision === 'month') return { text: iso[1]!.slice(0, 7) };
      if (format?.precision === 'year') return { text: iso[1]!.slice(0, 4) };
      return { text: iso[1]! + (format?.time && iso[2] ? ` ${iso[2]}` : '') };
    }
    default:
      return { text: numberCell(raw, attrs, ctx) };
  }
}

/** A number cell: a date where its style shows one, else the number as the German parser reads it. */
function numberCell(raw: string, attrs: string, ctx: SheetContext): string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return xmlText(raw).trim();
  const format = ctx.dates[Number(STYLE.exec(attrs)?.[1] ?? 0)];
  if (format) return serialToText(n, format, ctx.date1904) ?? numberText(n);
  return numberText(n);
}
