import { zipSync, strToU8 } from 'fflate';
import { cellOf, tableRows, toCsv, type Cell } from './csv-export.ts';
import { isBoundaryFile } from './boundary-file.ts';
import { DECK_FILE, deckJson, isDeckFile } from './deck.ts';
import type { Dataset } from './dataset.ts';
import { heldByTable, heldCsv } from './held-csv.ts';
import { heldFileName, heldTableOf } from './held-rows.ts';
import type { InputFile } from './read-table.ts';
import { TABLES, tableSpec, type ColumnSpec, type TableName } from './schema.ts';
import type { Manifest, Origin } from './types.ts';

/** Unknown columns of the records, kept at the end so an export gives them back. */
function extraColumns(records: readonly Origin[]): string[] {
  const names = new Set<string>();
  for (const r of records) for (const name of r.extra.keys()) names.add(name);
  return [...names];
}

/**
 * A table of the dataset as header and rows: its columns (cells made by
 * `cell`, default as in a CSV), then the unknown columns its records
 * brought along, as text.
 */
export function tableWithExtra(dataset: Dataset, table: TableName): [string[], Cell[][]];
export function tableWithExtra<C>(
  dataset: Dataset,
  table: TableName,
  cell: (column: ColumnSpec, value: unknown) => C,
): [string[], (C | string | null)[][]];
export function tableWithExtra(
  dataset: Dataset,
  table: TableName,
  cell: (column: ColumnSpec, value: unknown) => unknown = cellOf,
): [string[], unknown[][]] {
  const spec = tableSpec(table);
  const records: readonly Origin[] = dataset[spec.records];
  const [header, rows] = tableRows(spec, records, cell);
  const extra = extraColumns(records);
  if (!extra.length) return [header, rows];
  return [
    header.concat(extra),
    rows.map((row, i) => row.concat(extra.map((c) => records[i]!.extra.get(c) ?? null))),
  ];
}

/** One table of the dataset as an Excel-ready CSV (UTF-8 with BOM, `;`, decimal comma, German dates). */
export function tableCsv(dataset: Dataset, table: TableName): string {
  const [header, rows] = tableWithExtra(dataset, table);
  return toCsv(header, rows);
}

/** The manifest as written into a bundle: the files it lists are the files in it. */
export function manifestJson(manifest: Manifest, files: readonly string[]): string {
  const out: Record<string, unknown> = {
    titel: manifest.titel ?? 'Datensatz',
    stand: manifest.stand,
    fokus: manifest.fokus,
    dateien: files,
    quellen: manifest.quellen,
    lizenz: manifest.lizenz,
  };
  if (manifest.kartenstil) out.kartenstil = manifest.kartenstil;
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Tables that have records (required tables always). */
export function exportedTables(dataset: Dataset): TableName[] {
  return TABLES.filter((t) => t.required || dataset[t.records].length > 0).map((t) => t.name);
}

/** The file name of uploaded boundaries in bundles and stored datasets. */
export const BOUNDARIES_FILE = 'gebiete.geojson';

/** Uploaded boundaries as GeoJSON (WGS84, `AGS` and `GEN` as the BKG names them). */
export function boundariesGeoJson(dataset: Dataset): string {
  const features = (dataset.boundaries ?? []).map((a) => ({
    type: 'Feature',
    properties: a.name ? { AGS: a.ags, GEN: a.name } : { AGS: a.ags },
    geometry: a.geometry,
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** The whole dataset as one zip (manifest, CSVs, uploaded boundaries) that re-imports unchanged. */
export function bundleZip(dataset: Dataset): Uint8Array {
  const tables = exportedTables(dataset);
  const names = tables.map((t) => `${t}.csv`);
  const withBoundaries = (dataset.boundaries?.length ?? 0) > 0;
  const withDeck = (dataset.deck?.length ?? 0) > 0;
  const held = heldByTable(dataset.held ?? []);
  for (const t of held.keys()) names.push(heldFileName(t));
  if (withBoundaries) names.push(BOUNDARIES_FILE);
  if (withDeck) names.push(DECK_FILE);
  const files: Record<string, Uint8Array> = {
    'manifest.json': strToU8(manifestJson(dataset.manifest, names)),
  };
  for (const t of tables) files[`${t}.csv`] = strToU8(tableCsv(dataset, t));
  // Rows with a Fehler travel along as typed, to be fixed and imported again.
  for (const [t, groups] of held) files[heldFileName(t)] = strToU8(heldCsv(groups));
  if (withBoundaries) files[BOUNDARIES_FILE] = strToU8(boundariesGeoJson(dataset));
  if (withDeck) files[DECK_FILE] = strToU8(deckJson(dataset.deck!));
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/** A template: the header of a table and one example row, from the same schema the validator uses. */
export function templateCsv(table: TableName): string {
  const spec = tableSpec(table);
  return toCsv(
    spec.columns.map((c) => c.name),
    [spec.columns.map((c) => c.example || null)],
  );
}

/**
 * Completes a partial upload (staff often update one table): tables and the
 * manifest not among the uploaded files are taken from the dataset in use,
 * so nothing the person did not touch is lost. Tables in `validated` are
 * taken over as they are (buildDataset's KeptTables) and not written out.
 */
export function complementFiles(
  current: Dataset,
  uploaded: readonly InputFile[],
  present: ReadonlySet<string> = new Set(),
  validated: ReadonlySet<TableName> = new Set(),
): { files: InputFile[]; kept: TableName[] } {
  const files = [...uploaded];
  const kept: TableName[] = [];
  /** Files of validated tables: in the manifest where they would stand, without bytes. */
  const listedOnly: { after: number; name: string }[] = [];
  for (const table of exportedTables(current)) {
    if (present.has(table)) continue;
    kept.push(table);
    // Taken over validated (KeptTables): not written out to be read again, but listed.
    if (validated.has(table)) listedOnly.push({ after: files.length, name: `${table}.csv` });
    else files.push({ name: `${table}.csv`, bytes: strToU8(tableCsv(current, table)) });
  }
  // Held rows stay with their table: dropped only when the table itself or its
  // held rows (fixed) are uploaded anew.
  const heldUploaded = new Set(uploaded.map((f) => heldTableOf(f.name)));
  for (const [table, groups] of heldByTable(current.held ?? []))
    if (!present.has(table) && !heldUploaded.has(table))
      if (validated.has(table)) listedOnly.push({ after: files.length, name: heldFileName(table) });
      else files.push({ name: heldFileName(table), bytes: strToU8(heldCsv(groups)) });
  // Boundaries in use stay unless new ones are uploaded.
  if ((current.boundaries?.length ?? 0) > 0 && !uploaded.some(isBoundaryFile))
    files.push({ name: BOUNDARIES_FILE, bytes: strToU8(boundariesGeoJson(current)) });
  // So does the prepared presentation.
  if ((current.deck?.length ?? 0) > 0 && !uploaded.some((f) => isDeckFile(f.name)))
    files.push({ name: DECK_FILE, bytes: strToU8(deckJson(current.deck!)) });
  if (!uploaded.some((f) => /manifest\.json$/i.test(f.name))) {
    const all: { name: string; bytes?: Uint8Array }[] = [...files];
    for (const l of listedOnly.reverse()) all.splice(l.after, 0, { name: l.name });
    const names = all
      .filter(
        (f) =>
          /\.(csv|geojson|topojson|xlsx)$/i.test(f.name) ||
          (f.bytes && isBoundaryFile(f as InputFile)) ||
          isDeckFile(f.name),
      )
      .map((f) => (heldTableOf(f.name) ? f.name : f.name.replace(/^.*\//, '')));
    files.push({ name: 'manifest.json', bytes: strToU8(manifestJson(current.manifest, names)) });
  }
  return { files, kept };
}
