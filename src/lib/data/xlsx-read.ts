import { unzipSync, type UnzipFileInfo } from 'fflate';
import { LIMITS } from './limits.ts';
import { problemAt, type Problem } from './problem.ts';
import type { InputFile } from './read-table.ts';
import { TABLES } from './schema.ts';
import { columnLetters, LOOKUP_SHEET, sheetFileName } from './sheet-file.ts';
import { sizeText } from './size-text.ts';
import { dateFormatById, type DateFormat } from './xlsx-dates.ts';
import { sheetRows } from './xlsx-sheet.ts';
import { attr, elements, runText } from './xlsx-xml.ts';

/**
 * The sheets of a workbook as files of the pipeline, and what was found
 * wrong. Which table a sheet is, readTable decides (by the sheet's name,
 * else its header), as for every file. Problems name no table yet
 * (`table: null`); buildWith gives them the table their sheet became.
 */
export interface WorkbookRead {
  files: InputFile[];
  problems: Problem[];
  /** The Fehler to report when readTable recognises none of the sheets as a table. */
  noTable: Problem;
}

const BIG_ENTRY = 1024 * 1024;
const EXPECTED = TABLES.map((t) => t.name).join(', ');
const HINT_SAVE =
  'Bitte die Datei in Excel öffnen und als „Excel-Arbeitsmappe (*.xlsx)“ speichern, oder die Blätter einzeln als „CSV UTF-8“ hochladen.';

const cache = new WeakMap<InputFile, WorkbookRead>();

/**
 * A workbook's sheets as the rows the CSV path reads (one path for
 * recognition, validation, records and held rows): each visible sheet with
 * content becomes a file „mappe.xlsx › Blatt stellen“ whose row numbers are
 * Excel's (readTable then takes it as a table by the sheet's name, else by
 * its header; empty sheets and our lookup sheet are left out, hidden ones
 * named with a Hinweis). Cells are written as the
 * German parsers read them exactly: dates from date cells as ISO text
 * (`2022-11-16`, `2021-09` for a month format, with `16:00` where the format
 * shows a time), numbers without thousands separators and with a decimal
 * comma (55000, 0,5), text as it is — a number 5970 in an AGS column is then
 * repaired like a CSV's `5970`. Before anything is inflated the zip's
 * directory is checked as for a bundle (LIMITS); fflate never writes more
 * than an entry declares. Nothing throws; the result is cached per file.
 */
export function readWorkbook(input: InputFile): WorkbookRead {
  const known = cache.get(input);
  if (known) return known;
  const read = readUncached(input);
  cache.set(input, read);
  return read;
}

/** The zip's parts by name, inflated only after their sizes passed the checks. */
type Parts = (wanted: (name: string) => boolean) => Record<string, Uint8Array> | null;

function readUncached(input: InputFile): WorkbookRead {
  const book = input.name.replace(/^.*[\\/]/, '');
  const place = { table: null, file: book };
  const problems: Problem[] = [];
  const fehler = (
    message: string,
    hint: string,
    key: string,
    params: Record<string, string | number> = {},
  ) => {
    problems.push(problemAt(place, 'Fehler', message, hint, { text: { key, params } }));
    return { files: [], problems, noTable: noTable(book) };
  };
  let total = 0;
  let refused = false;
  const parts: Parts = (wanted) => {
    const filter = (f: UnzipFileInfo): boolean => {
      if (refused || !wanted(f.name)) return false;
      const ratio = f.originalSize / Math.max(1, f.size);
      if (
        f.originalSize > LIMITS.fileBytes ||
        (f.originalSize > BIG_ENTRY && ratio > LIMITS.zipRatio)
      ) {
        refused = true;
        const bomb = f.originalSize <= LIMITS.fileBytes;
        fehler(
          bomb
            ? `„${book}“: Der Teil „${f.name.slice(0, 120)}“ würde sich von ${sizeText(f.size)} auf ${sizeText(f.originalSize)} entpacken (${Math.round(ratio).toLocaleString('de-DE')}-fach); das ist keine Arbeitsmappe, sondern vermutlich eine Zip-Bombe. Sie wird nicht gelesen.`
            : `„${book}“: Der Teil „${f.name.slice(0, 120)}“ ist entpackt ${sizeText(f.originalSize)} groß; höchstens ${sizeText(LIMITS.fileBytes)} sind möglich. Die Arbeitsmappe wird nicht gelesen.`,
          bomb
            ? 'Bitte die Arbeitsmappe in Excel öffnen und neu speichern oder die Tabellen als CSV hochladen.'
            : 'Bitte die Arbeitsmappe aufteilen (z. B. je Körperschaft) oder nicht benötigte Blätter löschen.',
          bomb ? 'xlsx.bomb' : 'xlsx.tooLarge',
          {
            name: book,
            part: f.name.slice(0, 120),
            packed: sizeText(f.size),
            size: sizeText(f.originalSize),
            ratio: Math.round(ratio),
            limit: sizeText(LIMITS.fileBytes),
          },
        );
        return false;
      }
      if (total + f.originalSize > LIMITS.totalBytes) {
        refused = true;
        fehler(
          `„${book}“ ist entpackt größer als ${sizeText(LIMITS.totalBytes)}. Die Arbeitsmappe wird nicht gelesen.`,
          'Bitte die Arbeitsmappe aufteilen (z. B. je Körperschaft) oder nicht benötigte Blätter löschen.',
          'xlsx.tooLargeTotal',
          { name: book, limit: sizeText(LIMITS.totalBytes) },
        );
        return false;
      }
      total += f.originalSize;
      return true;
    };
    try {
      const out = unzipSync(input.bytes, { filter });
      return refused ? null : out;
    } catch {
      return null;
    }
  };
  const unreadable = () =>
    refused
      ? { files: [], problems, noTable: noTable(book) }
      : fehler(
          `„${book}“ ist keine lesbare Excel-Arbeitsmappe (beschädigt, mit Kennwort geschützt oder eine ältere .xls-Datei).`,
          HINT_SAVE,
          'xlsx.unreadable',
          { name: book },
        );

  const utf8 = new TextDecoder('utf-8');
  const text = (bytes: Uint8Array | undefined) => (bytes ? utf8.decode(bytes) : '');
  // The workbook part is where the package's relationships say (xl/workbook.xml nearly always).
  const root = parts((n) => n === '_rels/.rels');
  if (!root) return unreadable();
  let workbookPath = 'xl/workbook.xml';
  for (const r of elements(text(root['_rels/.rels']), 'Relationship'))
    if (/\/officeDocument$/.test(attr(r.attrs, 'Type') ?? ''))
      workbookPath = resolvePart('', attr(r.attrs, 'Target') ?? workbookPath);
  const relsPath = workbookPath.replace(/([^/]*)$/, '_rels/$1.rels');
  const head = parts((n) => n === workbookPath || n === relsPath);
  if (!head?.[workbookPath]) return unreadable();
  const workbookXml = text(head[workbookPath]);
  const date1904 = /date1904\s*=\s*["'](1|true)["']/.test(workbookXml);
  const base = workbookPath.replace(/[^/]*$/, '');
  const targets = new Map<string, { type: string; path: string }>();
  for (const r of elements(text(head[relsPath]), 'Relationship'))
    if (attr(r.attrs, 'TargetMode') !== 'External')
      targets.set(attr(r.attrs, 'Id') ?? '', {
        type: (attr(r.attrs, 'Type') ?? '').replace(/^.*\//, ''),
        path: resolvePart(base, attr(r.attrs, 'Target') ?? ''),
      });
  const sheets: { name: string; path: string; hidden: boolean }[] = [];
  for (const s of elements(workbookXml, 'sheet')) {
    const target = targets.get(attr(s.attrs, 'id') ?? '');
    if (target?.type !== 'worksheet') continue; // chart and dialog sheets hold no table
    const state = attr(s.attrs, 'state');
    sheets.push({
      name: attr(s.attrs, 'name') ?? '',
      path: target.path,
      hidden: state === 'hidden' || state === 'veryHidden',
    });
  }
  if (sheets.length > LIMITS.zipEntries)
    return fehler(
      `„${book}“ hat ${sheets.length} Blätter; höchstens ${LIMITS.zipEntries} sind möglich. Die Arbeitsmappe wird nicht gelesen.`,
      'Bitte nur die Blätter des Datensatzes in der Arbeitsmappe lassen.',
      'xlsx.tooManySheets',
      { name: book, n: sheets.length, max: LIMITS.zipEntries },
    );
  const pathOf = (type: string) => [...targets.values()].find((t) => t.type === type)?.path;
  const stringsPath = pathOf('sharedStrings');
  const stylesPath = pathOf('styles');
  const visible = sheets.filter((s) => !s.hidden);
  const wanted = new Set([...visible.map((s) => s.path), stringsPath, stylesPath]);
  const body = parts((n) => wanted.has(n));
  if (!body) return unreadable();
  const strings = [...elements(text(stringsPath ? body[stringsPath] : undefined), 'si')].map((si) =>
    runText(si.inner),
  );
  const dates = dateStyles(text(stylesPath ? body[stylesPath] : undefined));

  const files: InputFile[] = [];
  for (const s of sheets) {
    if (s.hidden) {
      problems.push(
        problemAt(
          place,
          'Hinweis',
          `Das Blatt „${s.name}“ ist ausgeblendet und wird nicht gelesen.`,
          'Nichts zu tun, wenn das Blatt nicht zum Datensatz gehört; sonst in Excel einblenden (Rechtsklick auf ein Blatt → Einblenden) und erneut hochladen.',
          { value: s.name, text: { key: 'xlsx.hiddenSheet', params: { sheet: s.name } } },
        ),
      );
      continue;
    }
    const file = sheetFileName(book, s.name);
    const sheet = sheetRows(text(body[s.path]), { strings, dates, date1904 });
    // Empty sheets (Excel's „Tabelle2“) and our lookup sheet are no tables and need no word.
    if (!sheet.header.length || s.name === LOOKUP_SHEET) continue;
    const at = { table: null, file };
    for (const c of sheet.cells)
      problems.push(
        problemAt(
          at,
          'Warnung',
          c.kind === 'error'
            ? `Die Zelle ${c.ref} enthält den Excel-Fehlerwert „${c.value}“ (eine Formel ließ sich nicht berechnen); sie wird als leer gelesen.`
            : `Die Zelle ${c.ref} enthält eine Formel ohne gespeichertes Ergebnis; sie wird als leer gelesen.`,
          c.kind === 'error'
            ? 'Bitte die Formel in Excel korrigieren oder den Wert direkt eintragen.'
            : 'Bitte die Arbeitsmappe in Excel öffnen, neu berechnen lassen und speichern, oder den Wert direkt eintragen.',
          {
            line: c.line,
            column: sheet.header[c.column] || null,
            sheetColumn: columnLetters(c.column),
            value: c.value,
            text: {
              key: c.kind === 'error' ? 'xlsx.errorValue' : 'xlsx.formulaNoValue',
              params: { cell: c.ref, value: c.value },
            },
          },
        ),
      );
    if (sheet.cut !== null)
      problems.push(
        problemAt(
          at,
          sheet.tooLarge ? 'Fehler' : 'Warnung',
          sheet.tooLarge
            ? `Das Blatt ist als Text größer als ${sizeText(LIMITS.fileBytes)}; gelesen werden nur die Zeilen bis ${sheet.cut}.`
            : `Rechts von Spalte ${columnLetters(LIMITS.columns - 1)} stehen Werte (ab Zeile ${sheet.cut}); sie werden nicht gelesen.`,
          sheet.tooLarge
            ? 'Bitte die Arbeitsmappe aufteilen (z. B. je Körperschaft) oder nicht benötigte Spalten löschen.'
            : `Eine Tabelle hat höchstens ${LIMITS.columns} Spalten; bitte die Werte in die Spalten der Vorlage verschieben oder die Spalten löschen.`,
          {
            line: sheet.cut,
            text: {
              key: sheet.tooLarge ? 'xlsx.sheetTooLarge' : 'xlsx.tooManyColumns',
              params: {
                line: sheet.cut,
                limit: sizeText(LIMITS.fileBytes),
                last: columnLetters(LIMITS.columns - 1),
                max: LIMITS.columns,
              },
            },
          },
        ),
      );
    const bytes = new TextEncoder().encode(sheet.text);
    files.push({
      name: file,
      bytes,
      decoded: { ok: true, text: sheet.text, encoding: 'xlsx', bom: false },
    });
  }
  const none = noTable(book);
  if (!files.length && !problems.some((p) => p.severity === 'Fehler')) problems.push(none);
  return { files, problems, noTable: none };
}

/** No sheet of the workbook is a table: one Fehler. */
function noTable(book: string): Problem {
  return problemAt(
    { table: null, file: book },
    'Fehler',
    `In „${book}“ passt kein Blatt zu einer der Tabellen (${EXPECTED}).`,
    'Bitte die Blätter wie die Tabellen benennen (z. B. stellen) oder die Vorlage verwenden (Daten → Vorlage als Excel-Arbeitsmappe).',
    { text: { key: 'xlsx.noTable', params: { name: book, expected: EXPECTED } } },
  );
}

/** A part's path from a relationship's target: relative to `base`, or absolute (`/xl/…`). */
function resolvePart(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts)
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  return out.join('/');
}

/** The date format of each cell style (index into `cellXfs`); null where it shows no date. */
function dateStyles(xml: string): (DateFormat | null)[] {
  const custom = new Map<number, string>();
  for (const f of elements(xml, 'numFmt'))
    custom.set(Number(attr(f.attrs, 'numFmtId')), attr(f.attrs, 'formatCode') ?? '');
  const xfs = [...elements(xml, 'cellXfs')][0]?.inner ?? '';
  return [...elements(xfs, 'xf')].map((xf) =>
    dateFormatById(Number(attr(xf.attrs, 'numFmtId') ?? 0), custom),
  );
}
