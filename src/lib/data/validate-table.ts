import { parseCell, type CellValue } from './cell.ts';
import { blank, trimmed, unguarded } from './cell-text.ts';
import type { Gazetteer } from './gazetteer.ts';
import { normaliseName } from './header.ts';
import { LIMITS } from './limits.ts';
import { problemAt, type Problem } from './problem.ts';
import { ProblemLog } from './problem-log.ts';
import { csvIssueProblem, type RawTable } from './read-table.ts';
import type { CsvRow } from './csv.ts';
import { columnIndex, type ColumnSpec } from './schema.ts';

/** A row whose cells were all readable: typed values at their column's place in the table spec. */
export interface ValidRow {
  line: number;
  /**
   * By the position of the column in `spec.columns` (undefined: empty or not
   * in the file): an array, not an object keyed by name, because a million
   * rows are built with keyed stores otherwise (records.ts reads by position).
   */
  values: readonly (CellValue | undefined)[];
  /**
   * Cells of unknown columns, kept as text so an export gives them back. A Map,
   * so that any column name (`__proto__`, `toString`, `constructor`) round-trips.
   */
  extra: ReadonlyMap<string, string>;
}

/** What a caller does with each row while a table is validated. */
export interface RowHandlers {
  /** A rule over raw rows, checked first on every row (also rows with other Fehler); `false`: not used. */
  before?: (row: CsvRow) => boolean;
  /** A valid row; returns whether it was used (a record rule may still reject it). */
  onRow?: (row: ValidRow) => boolean;
  /** A row that is not used, as typed (to be held, not lost). */
  onUnused?: (row: CsvRow) => void;
}

/** Typed rows of one table plus everything found wrong. */
export interface ValidatedTable {
  rows: ValidRow[];
  problems: Problem[];
  /** Non-empty data rows in the file. */
  rowCount: number;
}

const CACHEABLE = new Set([
  'enum',
  'baustein',
  'ags',
  'date',
  'number',
  'ags-list',
  'ags-list-or-region',
  'baustein-list',
]);
const CACHE_LIMIT = 10_000;

/**
 * Distinct texts of a column, each kept once. A copy (not the cell itself)
 * is kept: a cell can be a slice of the whole file's text and would keep it
 * alive. After {@link TextPool.TRIAL} texts, a column that repeats less than
 * every second text is not pooled any more (`on` false).
 */
class TextPool {
  static readonly TRIAL = 2_000;
  on = true;
  #seen = 0;
  #hits = 0;
  readonly #texts = new Map<string, string>();

  get(text: string): string {
    const known = this.#texts.get(text);
    this.#seen++;
    if (known !== undefined) {
      this.#hits++;
      return known;
    }
    if (this.#seen >= TextPool.TRIAL && this.#hits * 2 < this.#seen) this.on = false;
    if (this.#texts.size >= CACHE_LIMIT) return text;
    // Short strings are copies already; a longer one is flattened into a string of its own.
    const copy = text.length < 13 ? text : (' ' + text).slice(1);
    this.#texts.set(copy, copy);
    return copy;
  }
}
/** The `extra` of every row without unknown columns: one shared, empty map instead of a million. */
const NO_EXTRA: ReadonlyMap<string, string> = new Map();
const at = (line: number, column: string | null, value: string | null) => ({ line, column, value });

/**
 * Checks a table's header and every cell against its spec. A row with a
 * `Fehler` is not used; warnings keep the row with the repaired value. A
 * missing required column is one table-level `Fehler` (not one per row).
 * The rows are read from the table's body one at a time. With `onRow`, each
 * valid row is handed over at once instead of collected (its typed values
 * then die young: a million rows cost little garbage collection), and with
 * `onUnused` every row that is not used is handed back as typed.
 */
export function validateTable(
  raw: RawTable,
  gazetteer: Gazetteer,
  handlers: RowHandlers = {},
): ValidatedTable {
  const { before, onRow, onUnused } = handlers;
  const place = { table: raw.spec.name, file: raw.file };
  const problems = new ProblemLog();
  const index = columnIndex(raw.spec);
  const columns: (ColumnSpec | null)[] = [];
  const seen = new Set<string>();
  /** Columns without a heading: a Hinweis if any row has a value there. */
  const unnamed: number[] = [];
  raw.header.forEach((name, i) => {
    const col = index.get(normaliseName(name));
    if (!name) {
      columns.push(null);
      unnamed.push(i);
    } else if (!col) {
      columns.push(null);
      problems.push(
        problemAt(
          place,
          'Hinweis',
          `Unbekannte Spalte „${name}“: Sie bleibt erhalten, wird aber nicht ausgewertet.`,
          `Tippfehler? Erwartete Spalten: ${raw.spec.columns.map((c) => c.name).join(', ')}.`,
          {
            line: 1,
            column: name,
            value: name,
            text: {
              key: 'table.unknownColumn',
              params: { name, expected: raw.spec.columns.map((c) => c.name).join(', ') },
            },
          },
        ),
      );
    } else if (seen.has(col.name)) {
      columns.push(null);
      problems.push(
        problemAt(
          place,
          'Warnung',
          `Die Spalte „${name}“ meint dasselbe wie eine frühere Spalte (${col.name}); nur die erste wird genutzt.`,
          'Bitte eine der beiden Spalten löschen oder umbenennen.',
          {
            line: 1,
            column: name,
            value: name,
            text: { key: 'table.sameColumn', params: { name, canonical: col.name } },
          },
        ),
      );
    } else {
      columns.push(col);
      seen.add(col.name);
    }
  });
  const missing = raw.spec.columns.filter((c) => c.required && !seen.has(c.name));
  if (missing.length) {
    problems.push(
      problemAt(
        place,
        'Fehler',
        `Pflichtspalte${missing.length > 1 ? 'n' : ''} fehlt: ${missing.map((c) => c.name).join(', ')}. Ohne sie kann keine Zeile der Tabelle genutzt werden.`,
        `Bitte die Spalte ergänzen (erlaubte Namen: ${missing.map((c) => [c.name, ...c.aliases].join(' / ')).join('; ')}).`,
        {
          text: {
            key: 'table.missingColumns',
            params: {
              names: missing.map((c) => c.name).join(', '),
              allowed: missing.map((c) => [c.name, ...c.aliases].join(' / ')).join('; '),
            },
          },
        },
      ),
    );
    // No row can be used: each is handed back as typed, and counted.
    let rowCount = 0;
    for (let row = raw.body.next(); row; row = raw.body.next()) {
      rowCount += 1;
      before?.(row);
      onUnused?.(row);
    }
    for (const issue of raw.body.issues) problems.push(csvIssueProblem(place, issue));
    return { rows: [], problems: problems.list(), rowCount };
  }

  // Enum, Baustein, AGS, date, number and area cells repeat a lot ("kommune", "05970",
  // "01.09.2021", "0,5", "Wittgenstein"); their reading depends only on the text, so each distinct
  // text is parsed once per column (up to CACHE_LIMIT texts, so unique values such
  // as population counts do not fill memory). Their values are never mutated.
  const caches = columns.map((col) =>
    col && CACHEABLE.has(col.type.kind) ? new Map<string, ReturnType<typeof parseCell>>() : null,
  );
  const texts = columns.map((col) => col?.type.kind === 'text');
  // Text cells repeat too (Träger, Funktion, Quelle): one string per distinct text instead of
  // one per row (a million rows held a million copies of „Stadt Lüdenscheid“). A column whose
  // texts do not repeat (ids, notes) stops being interned once its first texts show it.
  const interned = columns.map((col) => (col?.type.kind === 'text' ? new TextPool() : null));
  const slotCount = raw.spec.columns.length;
  const slots = columns.map((col) => (col ? raw.spec.columns.indexOf(col) : -1));
  const rows: ValidRow[] = [];
  const width = raw.header.length;
  let rowCount = 0;
  const valuedUnnamed = new Set<number>();
  for (let row = raw.body.next(); row; row = raw.body.next()) {
    rowCount += 1;
    const values = new Array<CellValue | undefined>(slotCount);
    let extra: Map<string, string> | null = null;
    let failed = before ? !before(row) : false;
    const cells = row.cells;
    for (const i of unnamed) if (!blank(cells[i] ?? '')) valuedUnnamed.add(i);
    if (cells.length > width && cells.slice(width).some((c) => c.trim())) {
      problems.push(
        problemAt(
          place,
          'Warnung',
          `Die Zeile hat mehr Werte (${cells.length}) als die Kopfzeile Spalten (${width}); die überzähligen werden ignoriert.`,
          'Steht ein Trennzeichen (;) im Text? Dann die Zelle in Anführungszeichen setzen.',
          {
            ...at(row.line, null, cells.slice(width).join(raw.delimiter)),
            text: { key: 'row.extraValues', params: { n: cells.length, width } },
          },
        ),
      );
    }
    for (let i = 0; i < width; i++) {
      const text = cells[i] ?? '';
      if (text.length > LIMITS.fieldChars) {
        failed = true;
        problems.push(
          problemAt(
            place,
            'Fehler',
            `Die Zelle hat ${text.length.toLocaleString('de-DE')} Zeichen; höchstens ${LIMITS.fieldChars.toLocaleString('de-DE')} sind möglich. Die Zeile wird nicht genutzt.`,
            'Meist fehlt ein schließendes Anführungszeichen in einer Zeile davor; sonst den Text kürzen.',
            {
              ...at(row.line, columns[i]?.name ?? raw.header[i] ?? null, `${text.slice(0, 60)}…`),
              text: { key: 'cell.tooLong', params: { n: text.length, max: LIMITS.fieldChars } },
            },
          ),
        );
        continue;
      }
      const cell = unguarded(text);
      const col = columns[i];
      if (!col) {
        const name = raw.header[i];
        if (name && cell) {
          (extra ??= new Map()).set(name, cell);
        }
        continue;
      }
      if (blank(cell)) {
        if (col.required) {
          failed = true;
          problems.push(
            problemAt(
              place,
              'Fehler',
              `Pflichtfeld „${col.name}“ ist leer; die Zeile wird nicht genutzt.`,
              `Bitte einen Wert eintragen, z. B. ${col.example}.`,
              {
                ...at(row.line, col.name, ''),
                text: {
                  key: 'cell.requiredEmpty',
                  params: { column: col.name, example: col.example },
                },
              },
            ),
          );
        }
        continue;
      }
      if (texts[i]) {
        // Text needs no parsing: the cell itself (trimmed), without a result object.
        const pool = interned[i];
        if (pool?.on) values[slots[i]!] = pool.get(trimmed(cell));
        else values[slots[i]!] = trimmed(cell);
        continue;
      }
      const cache = caches[i];
      let r = cache?.get(cell);
      if (!r) {
        r = parseCell(cell, col, gazetteer);
        if (cache && cache.size < CACHE_LIMIT) cache.set(cell, r);
      }
      if (!r.ok) {
        failed = true;
        problems.push(
          problemAt(place, 'Fehler', `${r.message} Die Zeile wird nicht genutzt.`, r.hint, {
            ...at(row.line, col.name, cell),
            text: r.text,
          }),
        );
        continue;
      }
      if (r.warning)
        problems.push(
          problemAt(place, 'Warnung', r.warning.message, r.warning.hint, {
            ...at(row.line, col.name, cell),
            text: r.warning.text,
          }),
        );
      values[slots[i]!] = r.value;
    }
    if (!failed) {
      const valid = { line: row.line, values, extra: extra ?? NO_EXTRA };
      if (!onRow) rows.push(valid);
      else if (!onRow(valid)) failed = true;
    }
    if (failed) onUnused?.(row);
  }
  for (const i of valuedUnnamed)
    problems.push(
      problemAt(
        place,
        'Hinweis',
        `Spalte ${i + 1} hat keine Überschrift; ihre Werte werden nicht ausgewertet.`,
        'Bitte eine Überschrift eintragen oder die Spalte löschen.',
        { line: 1, text: { key: 'table.unnamedColumn', params: { n: i + 1 } } },
      ),
    );
  if (rowCount === 0)
    problems.push(
      problemAt(
        place,
        'Warnung',
        'Die Tabelle hat eine Kopfzeile, aber keine Datenzeilen.',
        'Bitte Daten ergänzen oder die Datei weglassen.',
        { text: { key: 'table.noRows' } },
      ),
    );
  for (const issue of raw.body.issues) problems.push(csvIssueProblem(place, issue));
  return { rows, problems: problems.list(), rowCount };
}
