import { decodeBytes, type Decoded, type Encoding } from './decode.ts';
import { chooseDelimiter, type Delimiter } from './delimiter.ts';
import { CsvReader, parseCsv, type CsvIssue } from './csv.ts';
import { normaliseName } from './header.ts';
import { heldTableOf } from './held-rows.ts';
import { LIMITS } from './limits.ts';
import { problemAt, type Problem, type ProblemPlace } from './problem.ts';
import { columnIndex, TABLES, type TableName, type TableSpec } from './schema.ts';

/** A file handed to the data layer: from disk, a drop, or a fetch. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** The text when it was already decoded (streamed in the worker); else the bytes are decoded. */
  decoded?: Decoded;
}

/** A CSV file recognised as one of our tables, split into rows but not yet typed. */
export interface RawTable {
  file: string;
  spec: TableSpec;
  encoding: Encoding;
  delimiter: Delimiter;
  header: string[];
  /**
   * The data rows (header excluded) with Excel row numbers, read one by one
   * by whoever validates the table; its structural issues come with them.
   */
  body: CsvReader;
}

/** Result of reading one CSV file: a table (maybe with problems) or only problems. */
export interface ReadResult {
  table: RawTable | null;
  problems: Problem[];
}

/** Finds the table by file name (`stellen*.csv`, case- and umlaut-insensitive). */
function tableByName(fileName: string): TableSpec | undefined {
  const base = normaliseName(fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|txt|tsv)$/i, ''));
  return TABLES.find((t) => base.startsWith(t.name));
}

/** Finds the table whose required columns all appear in the header; the best match wins. */
function tableByHeader(header: readonly string[]): TableSpec | undefined {
  let best: { spec: TableSpec; score: number } | undefined;
  for (const spec of TABLES) {
    const index = columnIndex(spec);
    const found = new Set(header.map((h) => index.get(normaliseName(h))?.name).filter(Boolean));
    const complete = spec.columns.every((c) => !c.required || found.has(c.name));
    if (complete && (!best || found.size > best.score)) best = { spec, score: found.size };
  }
  return best?.spec;
}

/**
 * Which table a file is (by name, else by its header line), without reading
 * the whole file: a cheap look for callers that only need to know.
 */
export function tableOf(input: InputFile): TableName | null {
  // Held rows (problemzeilen-stellen.csv) add to a table; they never replace it.
  if (heldTableOf(input.name)) return null;
  const byName = tableByName(input.name);
  if (byName) return byName.name;
  const decoded = input.decoded ?? decodeBytes(input.bytes.subarray(0, 65536));
  if (!decoded.ok) return null;
  const head = decoded.text.slice(0, 65536);
  const header =
    parseCsv(head.split(/\r\n|\n|\r/, 1)[0] ?? '', chooseDelimiter(head).delimiter).rows[0]
      ?.cells ?? [];
  return tableByHeader(header.map((h) => h.trim()))?.name ?? null;
}

const EXPECTED = TABLES.map((t) => `${t.name}.csv`).join(', ');

/**
 * Bytes → text → rows, and which table they are. Empty, binary and
 * unrecognised files are one clear `Fehler` each; nothing throws.
 */
export function readTable(input: InputFile, forced?: TableSpec): ReadResult {
  const place = { table: null, file: input.name };
  const decoded = input.decoded ?? decodeBytes(input.bytes);
  if (!decoded.ok) {
    const message =
      decoded.reason === 'empty'
        ? 'Die Datei ist leer.'
        : 'Die Datei ist keine Textdatei (CSV), sondern enthält Binärdaten – vermutlich eine Excel-Arbeitsmappe (.xlsx) oder ein Bild.';
    const hint =
      decoded.reason === 'empty'
        ? 'Bitte die Datei erneut aus Excel speichern und prüfen, ob sie Daten enthält.'
        : 'In Excel: Datei → Speichern unter → „CSV UTF-8 (durch Trennzeichen getrennt)“ oder „CSV (Trennzeichen-getrennt)“.';
    return {
      table: null,
      problems: [
        problemAt(place, 'Fehler', message, hint, {
          text: { key: decoded.reason === 'empty' ? 'file.empty' : 'file.binary' },
        }),
      ],
    };
  }
  const { delimiter, rival } = chooseDelimiter(decoded.text);
  const body = new CsvReader(decoded.text, delimiter);
  const headerRow = body.next();
  if (!headerRow) {
    return {
      table: null,
      problems: [
        problemAt(
          place,
          'Fehler',
          'Die Datei enthält nur leere Zeilen.',
          'Bitte die Datei mit Kopfzeile und Daten erneut speichern.',
          { text: { key: 'file.blank' } },
        ),
      ],
    };
  }
  if (headerRow.cells.length > LIMITS.columns)
    return {
      table: null,
      problems: [
        problemAt(
          { table: tableByName(input.name)?.name ?? null, file: input.name },
          'Fehler',
          `Die Kopfzeile hat ${headerRow.cells.length.toLocaleString('de-DE')} Spalten; höchstens ${LIMITS.columns} sind möglich. Die Datei wird nicht gelesen.`,
          'Bitte leere oder nicht benötigte Spalten löschen (in Excel: Spalten markieren → Zellen löschen) und erneut speichern.',
          {
            line: headerRow.line,
            text: {
              key: 'file.tooManyColumns',
              params: { n: headerRow.cells.length, max: LIMITS.columns },
            },
          },
        ),
      ],
    };
  const header = headerRow.cells.map((h) => h.trim());
  const spec = forced ?? tableByName(input.name) ?? tableByHeader(header);
  if (!spec) {
    return {
      table: null,
      problems: [
        problemAt(
          place,
          'Fehler',
          `Unbekannte Tabelle: Weder der Dateiname noch die Kopfzeile passen zu einer der Tabellen (${EXPECTED}).`,
          'Bitte die Datei wie die Tabelle benennen (z. B. stellen.csv) oder die Spaltennamen aus der Vorlage verwenden.',
          {
            line: headerRow.line,
            value: header.slice(0, 6).join(delimiter),
            text: { key: 'file.unknownTable', params: { expected: EXPECTED } },
          },
        ),
      ],
    };
  }
  const name = (d: string) => (d === '\t' ? 'Tabulator' : `„${d}“`);
  return {
    table: { file: input.name, spec, encoding: decoded.encoding, delimiter, header, body },
    problems: rival
      ? [
          problemAt(
            { table: spec.name, file: input.name },
            'Warnung',
            `Die Kopfzeile enthält ${name(delimiter)} und ${name(rival)} als mögliche Trennzeichen; gelesen wird mit ${name(delimiter)} (${header.length} Spalten).`,
            `Stimmen die Spalten nicht, bitte die Datei mit Semikolon als Trennzeichen speichern (Excel: „CSV (Trennzeichen-getrennt)“) und kein ${name(rival)} in Spaltennamen verwenden.`,
            {
              line: headerRow.line,
              value: header.slice(0, 6).join(delimiter),
              text: {
                key: 'file.ambiguousDelimiter',
                params: { chosen: delimiter, rival, columns: header.length },
              },
            },
          ),
        ]
      : [],
  };
}

/** A structural CSV issue (found while the rows are read) as a problem of its table. */
export function csvIssueProblem(place: ProblemPlace, issue: CsvIssue): Problem {
  return problemAt(
    place,
    'Fehler',
    issue.kind === 'quote'
      ? 'Ein Anführungszeichen wird nicht geschlossen; der Rest der Datei wurde als eine Zelle gelesen.'
      : `Die Zeile ließ sich nicht sicher lesen (${issue.detail}).`,
    'Bitte das Anführungszeichen in der genannten Zeile schließen oder entfernen und die Datei erneut speichern.',
    {
      line: issue.line,
      text: {
        key: issue.kind === 'quote' ? 'csv.quote' : 'csv.other',
        params: { detail: issue.detail },
      },
    },
  );
}
