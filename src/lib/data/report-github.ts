import type { Dataset } from './dataset.ts';
import { decodeBytes } from './decode.ts';
import { chooseDelimiter } from './delimiter.ts';
import { parseCsv } from './csv.ts';
import { normaliseName } from './header.ts';
import { columnLabel, type Problem, type Severity } from './problem.ts';
import { columnIndexOf } from './sheet-file.ts';
import { sortProblems } from './report.ts';
import type { InputFile } from './read-table.ts';
import { columnIndex, TABLES } from './schema.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = {
  Fehler: 'error',
  Warnung: 'warning',
  Hinweis: 'notice',
};

/** GitHub's escaping of a workflow command's message (`%`, CR, LF). */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** … and of a property value (also `:` and `,`). */
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The header cells of each CSV file, to give an annotation its column number. */
export function headersOf(files: readonly InputFile[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of files) {
    if (!/\.(csv|txt|tsv)$/i.test(f.name)) continue;
    const decoded = decodeBytes(f.bytes.subarray(0, 65536));
    if (!decoded.ok) continue;
    const { delimiter } = chooseDelimiter(decoded.text);
    const first = parseCsv(decoded.text.split(/\r\n|\n|\r/, 1)[0] ?? '', delimiter).rows[0];
    if (first) out.set(f.name, first.cells);
  }
  return out;
}

/** The 1-based column of a problem's column in its file's header (its name or an alias). */
function columnNumber(p: Problem, header: readonly string[] | undefined): number | null {
  if (p.sheetColumn) return columnIndexOf(p.sheetColumn) + 1;
  if (!header || !p.column) return null;
  const spec = TABLES.find((t) => t.name === p.table);
  const wanted = spec ? columnIndex(spec).get(normaliseName(p.column)) : undefined;
  const i = header.findIndex((h) => {
    const n = normaliseName(h);
    return n === normaliseName(p.column!) || (wanted && columnIndex(spec!).get(n) === wanted);
  });
  return i < 0 ? null : i + 1;
}

/**
 * The problems as GitHub Actions annotations (`::error file=…,line=…,col=…::…`),
 * one line each, in report order: a pull request shows them at the row and
 * column of the CSV. `pathOf` gives a file's path in the repository.
 */
export function githubAnnotations(
  dataset: Dataset,
  pathOf: (file: string) => string,
  headers: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  return sortProblems(dataset.problems).map((p) => {
    const props = [`file=${property(pathOf(p.file))}`];
    if (p.line !== null) props.push(`line=${p.line}`);
    const col = columnNumber(p, headers.get(p.file));
    if (col !== null) props.push(`col=${col}`);
    const column = columnLabel(p);
    const where = [p.file, p.line !== null && `Zeile ${p.line}`, column && `Spalte ${column}`]
      .filter(Boolean)
      .join(', ');
    props.push(`title=${property(`KIM ${p.severity}: ${where}`)}`);
    const text = p.count && p.count > 1 ? `${p.count} × ${p.message}` : p.message;
    return `::${LEVEL[p.severity]} ${props.join(',')}::${data(`${text} ${p.hint}`.trim())}`;
  });
}
