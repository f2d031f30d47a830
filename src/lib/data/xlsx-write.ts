import { zipSync, strToU8 } from 'fflate';
import type { IsoDate } from './dates.ts';
import { columnLetters } from './sheet-file.ts';
import { isoToSerial } from './xlsx-dates.ts';
import { escapeXml } from './xlsx-xml.ts';

/** A cell: text, a number, a date (shown as precise as it is), or empty. */
export type XlsxValue = string | number | IsoDate | null | undefined;

/** A column: its heading, width and how new entries are formatted. */
export interface XlsxColumn {
  name: string;
  /** Width in characters. */
  width: number;
  /** `text`: typed entries stay text (AGS keep their leading 0, `4.1` stays no date); `amount`: 55.000. */
  format?: 'text' | 'amount';
}

/** A dropdown list (data validation) for a column, from row 2 to the last row. */
export interface XlsxList {
  column: number;
  values: readonly (string | number)[];
  /** The column's name in the messages. */
  title: string;
}

/** One sheet: columns, rows of cells (header excluded), dropdowns, and whether the header stays in view. */
export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  rows: readonly (readonly XlsxValue[])[];
  lists?: readonly XlsxList[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell styles (index into cellXfs). */
const STYLE = { text: 1, day: 2, month: 3, time: 4, amount: 5, header: 6 } as const;

const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="3"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="mm\\.yyyy"/><numFmt numFmtId="166" formatCode="dd\\.mm\\.yyyy\\ hh:mm"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Text as an inline string cell (never a formula, whatever it starts with). */
function textCell(ref: string, text: string, style: number): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

function cell(ref: string, value: XlsxValue, column: XlsxColumn): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string')
    return textCell(ref, value, column.format === 'text' ? STYLE.text : 0);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return `<c r="${ref}"${column.format === 'amount' ? ` s="${STYLE.amount}"` : ''}><v>${value}</v></c>`;
  }
  // A year alone is a number (2021), as staff type it; a month or day a date cell of that precision.
  if (value.precision === 'year') return `<c r="${ref}"><v>${Number(value.iso)}</v></c>`;
  const style = value.precision === 'month' ? STYLE.month : value.time ? STYLE.time : STYLE.day;
  return `<c r="${ref}" s="${style}"><v>${isoToSerial(value.iso, value.time)}</v></c>`;
}

/** A list as a validation formula: `"1,2,3"` (Excel's limit is 255 characters). */
function listFormula(values: readonly (string | number)[]): string {
  return `"${values.map((v) => String(v).replace(/"/g, '""')).join(',')}"`;
}

function sheetXml(sheet: XlsxSheet, first: boolean): string {
  const cols = sheet.columns
    .map((c, i) => {
      const style =
        c.format === 'text'
          ? ` style="${STYLE.text}"`
          : c.format === 'amount'
            ? ` style="${STYLE.amount}"`
            : '';
      return `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${style}/>`;
    })
    .join('');
  const rows: string[] = [];
  const header = sheet.columns.map((c, i) =>
    textCell(`${columnLetters(i)}1`, c.name, STYLE.header),
  );
  rows.push(`<row r="1">${header.join('')}</row>`);
  sheet.rows.forEach((values, r) => {
    const n = r + 2;
    const cells = values.map((v, i) =>
      cell(`${columnLetters(i)}${n}`, v, sheet.columns[i] ?? { name: '', width: 10 }),
    );
    rows.push(`<row r="${n}">${cells.join('')}</row>`);
  });
  const last = `${columnLetters(Math.max(0, sheet.columns.length - 1))}${sheet.rows.length + 1}`;
  const lists = sheet.lists ?? [];
  const validations = lists.length
    ? `<dataValidations count="${lists.length}">${lists
        .map((l) => {
          const allowed = l.values.join(', ');
          const letter = columnLetters(l.column);
          return `<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escapeXml(l.title.slice(0, 32))}" error="${escapeXml(`Erlaubt: ${allowed}`.slice(0, 255))}" promptTitle="${escapeXml(l.title.slice(0, 32))}" prompt="${escapeXml(`Bitte wählen: ${allowed}`.slice(0, 255))}" sqref="${letter}2:${letter}1048576"><formula1>${escapeXml(listFormula(l.values))}</formula1></dataValidation>`;
        })
        .join('')}</dataValidations>`
    : '';
  return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${last}"/><sheetViews><sheetView${first ? ' tabSelected="1"' : ''} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows.join('')}</sheetData>${validations}<pageMargins left="0.7" right="0.7" top="0.78740157499999996" bottom="0.78740157499999996" header="0.3" footer="0.3"/></worksheet>`;
}

/**
 * Writes an Excel workbook (Office Open XML) with fflate, which the app
 * has for bundles anyway: inline strings (a text that starts with `=` stays
 * text), numbers as numbers, dates as date cells (`TT.MM.JJJJ`, `MM.JJJJ`,
 * with `hh:mm` where a time is known), a bold header that stays in view,
 * text-formatted columns where typed entries must stay text, and dropdown
 * lists (data validation, with a warning, since the validator also takes
 * synonyms). Deterministic: the same sheets give the same bytes.
 */
export function workbookXlsx(sheets: readonly XlsxSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  files['[Content_Types].xml'] = strToU8(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${HEAD}<Relationships xmlns="${PKG}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = strToU8(STYLES);
  sheets.forEach(
    (s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s, i === 0))),
  );
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
