import { decodeBytes, type Decoded, type Encoding } from './decode.ts';
import { chooseDelimiter, type Delimiter } from './delimiter.ts';
import { CsvReader, parseCsv, type CsvIssue } from './csv.ts';
import { sheetOf } from './sheet-file.ts';
import { recogniseTable, tableByHeader, tableByName } from './table-name.ts';
import { heldTableOf } from './held-rows.ts';
import { LIMITS } from './limits.ts';
import { problemAt, type Problem, type ProblemPlace } from './problem.ts';
import { TABLES, type TableName, type TableSpec } from './schema.ts';

export { recogniseTable };

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
  // The first line with content, as readTable takes it (a sheet may start below blank rows).
  const first = head.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const header = parseCsv(first, chooseDelimiter(head).delimiter).rows[0]?.cells ?? [];
  return tableByHeader(header.map((h) => h.trim()))?.name ?? null;
}

const EXPECTED = TABLES.map((t) => `${t.name}.csv`).join(', ');
const TABLE_NAMES = TABLES.map((t) => t.name).join(', ');

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
        : 'Die Datei ist keine Textdatei (CSV), sondern enthält Binärdaten – vermutlich eine Excel-Arbeitsmappe (.xls oder umbenannt) oder ein Bild.';
    const hint =
      decoded.reason === 'empty'
        ? 'Bitte die Datei erneut aus Excel speichern und prüfen, ob sie Daten enthält.'
        : 'Excel-Arbeitsmappen bitte mit der Endung .xlsx hochladen (in Excel: Datei → Speichern unter → „Excel-Arbeitsmappe (*.xlsx)“) oder als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.';
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
  const spec = forced ?? recogniseTable(input.name, header);
  if (!spec && sheetOf(input.name)) {
    // A workbook's other sheets (notes, sums) are common: named, not a Fehler of the dataset.
    const sheet = sheetOf(input.name)!.sheet;
    return {
      table: null,
      problems: [
        problemAt(
          place,
          'Warnung',
          `Das Blatt „${sheet}“ wird nicht gelesen: Weder sein Name noch seine Kopfzeile passen zu einer der Tabellen (${TABLE_NAMES}).`,
          'Nichts zu tun, wenn das Blatt nicht zum Datensatz gehört; sonst das Blatt wie die Tabelle benennen (z. B. stellen) oder die Spaltennamen aus der Vorlage verwenden.',
          {
            line: headerRow.line,
            value: header.slice(0, 6).join(' | '),
            text: { key: 'xlsx.sheetNotRead', params: { sheet, expected: TABLE_NAMES } },
          },
        ),
      ],
    };
  }
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
