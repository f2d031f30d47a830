import { cellOf } from './csv-export.ts';
import type { Dataset } from './dataset.ts';
import { parseGermanDate, type IsoDate } from './dates.ts';
import { exportedTables, tableWithExtra } from './export-tables.ts';
import { parseGermanNumber } from './numbers.ts';
import { TABLES, tableSpec, type ColumnSpec, type TableSpec } from './schema.ts';
import { LOOKUP_SHEET } from './sheet-file.ts';
import {
  workbookXlsx,
  type XlsxColumn,
  type XlsxList,
  type XlsxSheet,
  type XlsxValue,
} from './xlsx-write.ts';

/** An area of the lookup sheet: AGS (text, leading 0 kept), name, kind and KIM body. */
export interface LookupArea {
  ags: string;
  name: string;
  kind: string;
  /** The KIM body a Gemeinde belongs to. */
  body?: string;
}

/** Columns whose typed entries must stay text: AGS, lists, and free text (`4.1` is no date). */
const TEXT_KINDS = new Set(['text', 'ags', 'ags-list', 'ags-list-or-region', 'baustein-list']);

function columnOf(c: ColumnSpec | undefined, name: string): XlsxColumn {
  const width = Math.min(40, Math.max(10, name.length + 2));
  if (!c) return { name, width, format: 'text' };
  if (c.type.kind === 'number' && c.type.number === 'amount')
    return { name, width, format: 'amount' };
  return TEXT_KINDS.has(c.type.kind) ? { name, width, format: 'text' } : { name, width };
}

/** The dropdowns of a table: every enum column and the Baustein, values from the column registry. */
function listsOf(spec: TableSpec): XlsxList[] {
  const lists: XlsxList[] = [];
  spec.columns.forEach((c, column) => {
    if (c.type.kind === 'enum') lists.push({ column, values: c.type.values, title: c.name });
    else if (c.type.kind === 'baustein') lists.push({ column, values: [1, 2, 3], title: c.name });
  });
  return lists;
}

/** A record's value as a typed cell: dates as dates, the rest as in the CSV (lists with ` | `). */
function typedCell(column: ColumnSpec, value: unknown): XlsxValue {
  if (column.type.kind === 'date' && value) return value as IsoDate;
  return cellOf(column, value);
}

/** A table's sheet with its columns, formats and dropdowns. */
function tableSheet(spec: TableSpec, header: string[], rows: XlsxValue[][]): XlsxSheet {
  const byName = new Map(spec.columns.map((c) => [c.name, c]));
  return {
    name: spec.name,
    columns: header.map((h) => columnOf(byName.get(h), h)),
    rows,
    lists: listsOf(spec),
  };
}

/** The lookup sheet: first the KIM bodies, then the Gemeinden. */
function lookupSheet(areas: {
  bodies: readonly LookupArea[];
  gemeinden: readonly LookupArea[];
}): XlsxSheet {
  return {
    name: LOOKUP_SHEET,
    columns: [
      { name: 'AGS', width: 11, format: 'text' },
      { name: 'Name', width: 36, format: 'text' },
      { name: 'Art', width: 26, format: 'text' },
      { name: 'KIM-Körperschaft', width: 18, format: 'text' },
    ],
    rows: [...areas.bodies, ...areas.gemeinden].map((a) => [
      a.ags,
      a.name,
      a.kind,
      a.body ?? a.ags,
    ]),
  };
}

/**
 * The whole dataset as an Excel workbook: one sheet per table (the tables a
 * bundle holds), columns from the registry, numbers as numbers, dates as
 * date cells, AGS and lists as text. Import gives the same dataset back.
 */
export function datasetXlsx(dataset: Dataset): Uint8Array {
  return workbookXlsx(
    exportedTables(dataset).map((name) => {
      const [header, rows] = tableWithExtra(dataset, name, typedCell);
      return tableSheet(tableSpec(name), header, rows);
    }),
  );
}

/** A cell as staff would type it in Excel: `0,5` a number, `16.11.2022` a date, else text. */
export function typedValue(c: ColumnSpec, raw: string): XlsxValue {
  if (!raw) return null;
  if (c.type.kind === 'number') {
    const n = parseGermanNumber(raw, c.type.number);
    return n.ok ? n.value : raw;
  }
  if (c.type.kind === 'date') {
    const d = parseGermanDate(raw, c.type.partial);
    return d.ok ? d.value : raw;
  }
  if (c.type.kind === 'baustein') return Number(raw);
  return raw;
}

/** An example value typed as staff would enter it. */
const exampleCell = (c: ColumnSpec): XlsxValue => typedValue(c, c.example);

/**
 * The template workbook: one sheet per table with the registry's header,
 * one example row, dropdowns for the enum columns and the Baustein, and the
 * lookup sheet of AGS and names (`Gebiete`, never read as a table).
 */
export function templateXlsx(areas: {
  bodies: readonly LookupArea[];
  gemeinden: readonly LookupArea[];
}): Uint8Array {
  return workbookXlsx([
    ...TABLES.map((spec) =>
      tableSheet(
        spec,
        spec.columns.map((c) => c.name),
        [spec.columns.map(exampleCell)],
      ),
    ),
    lookupSheet(areas),
  ]);
}

/** The lookup sheet alone, to look AGS up beside any file. */
export function areasXlsx(areas: {
  bodies: readonly LookupArea[];
  gemeinden: readonly LookupArea[];
}): Uint8Array {
  return workbookXlsx([lookupSheet(areas)]);
}
