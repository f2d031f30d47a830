import { agsWithin, kreisOf } from './ags.ts';
import { isBoundaryFile, type CustomArea } from './boundary-file.ts';
import { isDeckFile, type Slide } from './deck-file.ts';
import type { Encoding } from './decode.ts';
import type { Delimiter } from './delimiter.ts';
import type { Gazetteer } from './gazetteer.ts';
import { emptyManifest, parseManifest } from './manifest.ts';
import { problemAt, type Problem } from './problem.ts';
import { ProblemLog, type ProblemSink } from './problem-log.ts';
import { readTable, type InputFile, type RawTable } from './read-table.ts';
import { heldTableOf, unusedRows, type HeldRows } from './held-rows.ts';
import { normaliseName } from './header.ts';
import { restoreNeutralised } from './neutralise.ts';
import {
  toCalendar,
  toObliged,
  toPopulation,
  toPosts,
  toRegions,
  type Records,
} from './records.ts';
import { columnIndex, TABLES, type TableName } from './schema.ts';
import {
  IST,
  type CalendarEntry,
  type Manifest,
  type ObligedCount,
  type Origin,
  type PopulationCount,
  type Post,
  type Region,
} from './types.ts';
import { validateTable, type ValidRow } from './validate-table.ts';

/** Facts about one table file for the report (`tables` in the JSON shape). */
export interface TableInfo {
  file: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /** Non-empty data rows in the file. */
  rows: number;
  /** Rows that are used. */
  records: number;
}

/** An immutable, cross-checked dataset: everything the views show. */
export interface Dataset {
  manifest: Manifest;
  posts: readonly Post[];
  regions: readonly Region[];
  events: readonly CalendarEntry[];
  obliged: readonly ObligedCount[];
  population: readonly PopulationCount[];
  tables: Partial<Record<TableName, TableInfo>>;
  problems: readonly Problem[];
  /** Uploaded boundaries that replace or extend the built-in map geometry (none by default). */
  boundaries?: readonly CustomArea[];
  /** The presentation prepared for this dataset (`praesentation.json`), if any. */
  deck?: readonly Slide[];
  /** Rows with a Fehler, kept as typed (held-rows.ts); absent on datasets made in code. */
  held?: readonly HeldRows[];
}

const DATASET_FILE = '(Datensatz)';

const isManifest = (name: string) => /(^|[\\/])manifest\.json$/i.test(name);

/** Region names compare case- and space-insensitively, as staff type them. */
const regionKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Everything from files to a Dataset: reads each file, validates each table,
 * checks across tables (AGS in the geodata, regions resolve, ids unique per
 * scenario) and returns what is valid together with every problem found.
 */
/** Progress of a check: which file and stage, and the share of all bytes done. */
export type Progress = (p: { file: string; stage: 'lesen' | 'prüfen'; done: number }) => void;

export function buildDataset(
  files: readonly InputFile[],
  gazetteer: Gazetteer,
  onProgress?: Progress,
): Dataset {
  const totalBytes = Math.max(
    1,
    files.reduce((s, f) => s + f.bytes.byteLength, 0),
  );
  let doneBytes = 0;
  const problems = new ProblemLog();
  let manifest: Manifest = emptyManifest();
  const raw = new Map<TableName, RawTable>();
  const heldFiles = new Map<TableName, RawTable[]>();
  const manifestFile = files.find((f) => isManifest(f.name));
  if (manifestFile) {
    const m = parseManifest(manifestFile.name, manifestFile.bytes, gazetteer);
    manifest = m.manifest;
    problems.pushAll(m.problems);
  }
  for (const file of files) {
    if (isManifest(file.name) || isBoundaryFile(file)) continue; // boundaries are read by the loader, before the gazetteer is made
    if (isDeckFile(file.name)) continue; // the deck is read by the loader (deck.ts, loaded on demand)
    const heldOf = heldTableOf(file.name);
    const r = readTable(file, heldOf ? TABLES.find((t) => t.name === heldOf) : undefined);
    doneBytes += file.bytes.byteLength;
    onProgress?.({ file: file.name, stage: 'lesen', done: (doneBytes / totalBytes) * 0.6 });
    problems.pushAll(r.problems);
    if (!r.table) continue;
    if (heldOf) {
      // Held rows of an earlier check (or fixed by staff): read like their table, added to it.
      const list = heldFiles.get(heldOf) ?? [];
      list.push(r.table);
      heldFiles.set(heldOf, list);
      continue;
    }
    const earlier = raw.get(r.table.spec.name);
    if (earlier) {
      problems.push(
        problemAt(
          { table: r.table.spec.name, file: file.name },
          'Fehler',
          `Die Tabelle „${r.table.spec.name}“ kommt doppelt vor (schon in ${earlier.file}); diese Datei wird nicht genutzt.`,
          'Bitte nur eine Datei je Tabelle laden oder die Zeilen in einer Datei zusammenführen.',
        ),
      );
      continue;
    }
    raw.set(r.table.spec.name, r.table);
  }
  for (const name of manifest.dateien)
    if (!files.some((f) => f.name === name || f.name.replace(/^.*[\\/]/, '') === name))
      problems.push(
        problemAt(
          { table: 'manifest', file: manifestFile?.name ?? 'manifest.json' },
          'Fehler',
          `Die in manifest.json genannte Datei „${name}“ fehlt.`,
          'Bitte die Datei mitliefern oder aus „dateien“ streichen.',
          { column: 'dateien', value: name },
        ),
      );
  for (const spec of TABLES)
    if (spec.required && !raw.has(spec.name))
      problems.push(
        problemAt(
          { table: spec.name, file: DATASET_FILE },
          'Fehler',
          `Die Pflichttabelle „${spec.name}.csv“ fehlt.`,
          `Bitte ${spec.name}.csv mitliefern (Vorlage auf der Seite „Daten“).`,
        ),
      );

  const tables: Partial<Record<TableName, TableInfo>> = {};
  /** Per table, its files (the table's own first, then held rows) with their valid rows. */
  const validated = new Map<TableName, { raw: RawTable; rows: ValidRow[] }[]>();
  for (const spec of TABLES) {
    const name = spec.name;
    const sources = [raw.get(name), ...(heldFiles.get(name) ?? [])].filter(
      (t): t is RawTable => t !== undefined,
    );
    if (!sources.length) continue;
    const groups: { raw: RawTable; rows: ValidRow[] }[] = [];
    for (const table of sources) {
      const v = validateTable(table, gazetteer);
      problems.pushAll(v.problems);
      groups.push({ raw: table, rows: v.rows });
      const info = tables[name];
      if (info) info.rows += v.rowCount;
      else
        tables[name] = {
          file: table.file,
          encoding: table.encoding,
          delimiter: table.delimiter,
          rows: v.rowCount,
          records: 0,
        };
    }
    onProgress?.({
      file: sources[0]!.file,
      stage: 'prüfen',
      done: 0.6 + 0.4 * ((TABLES.indexOf(spec) + 1) / TABLES.length),
    });
    validated.set(name, groups);
  }
  const take = <T>(
    name: TableName,
    convert: (file: string, rows: readonly ValidRow[]) => Records<T>,
  ): T[] => {
    const parts = (validated.get(name) ?? []).map((g) => {
      const r = convert(g.raw.file, g.rows);
      problems.pushAll(r.problems);
      return r.records;
    });
    // Usually one file: its records as they are (no copy of a million rows).
    return parts.length === 1 ? parts[0]! : parts.flat();
  };
  const regions = checkRegions(take('regionen', toRegions), problems);
  const repeated = repeatedIds(validated.get('stellen') ?? [], problems);
  const posts = checkPosts(take('stellen', toPosts), regions, problems, repeated);
  const events = take('termine', toCalendar);
  const obliged = take('ausreisepflichtige', toObliged);
  const population = take('bevoelkerung', toPopulation);
  const counts: Record<TableName, number> = {
    stellen: posts.length,
    regionen: regions.length,
    termine: events.length,
    ausreisepflichtige: obliged.length,
    bevoelkerung: population.length,
  };
  for (const [name, info] of Object.entries(tables) as [TableName, TableInfo][])
    info.records = counts[name];
  const used: Record<TableName, readonly Origin[]> = {
    stellen: posts,
    regionen: regions,
    termine: events,
    ausreisepflichtige: obliged,
    bevoelkerung: population,
  };
  const held: HeldRows[] = [];
  for (const [name, groups] of validated)
    for (const { raw: table } of groups) {
      const lines: number[] = [];
      for (const r of used[name]) if (r.file === table.file) lines.push(r.line);
      const rows = unusedRows(table.rows, lines);
      if (rows.length) held.push({ table: name, file: table.file, header: table.header, rows });
    }
  return {
    held,
    manifest,
    posts,
    regions,
    events,
    obliged,
    population,
    tables,
    problems: problems.list(),
  };
}

/**
 * ids unique per scenario, over every row of stellen — also the rows that
 * have other Fehler, so that staff fixing one learn of the other at once.
 * Each later row with a known id is a Fehler; returns their lines per file.
 */
function repeatedIds(
  groups: readonly { raw: RawTable }[],
  problems: ProblemSink,
): Map<string, Set<number>> {
  const repeated = new Map<string, Set<number>>();
  // scenario → id → first place (no concatenated key strings for a million rows).
  const first = new Map<string, Map<string, { file: string; line: number }>>();
  for (const { raw: table } of groups) {
    const index = columnIndex(table.spec);
    const col = (name: string) =>
      table.header.findIndex((h) => index.get(normaliseName(h))?.name === name);
    const idAt = col('id');
    const scenarioAt = col('szenario');
    if (idAt < 0) continue;
    const place = { table: 'stellen', file: table.file };
    for (const row of table.rows) {
      const id = restoreNeutralised(row.cells[idAt] ?? '').trim();
      if (!id) continue;
      const typed = scenarioAt >= 0 ? restoreNeutralised(row.cells[scenarioAt] ?? '').trim() : '';
      const scenario = !typed || typed.toLowerCase() === 'ist' ? IST : typed;
      let ids = first.get(scenario);
      if (!ids) first.set(scenario, (ids = new Map()));
      const earlier = ids.get(id);
      if (!earlier) {
        ids.set(id, { file: table.file, line: row.line });
        continue;
      }
      const where =
        earlier.file === table.file
          ? `Zeile ${earlier.line}`
          : `${earlier.file}, Zeile ${earlier.line}`;
      problems.push(
        problemAt(
          place,
          'Fehler',
          `Die id „${id}“ gibt es im Szenario „${scenario}“ schon (${where}); diese Zeile wird nicht genutzt.`,
          'Jede Stelle braucht je Szenario eine eigene id, z. B. SI-CM-1, SI-CM-2.',
          { line: row.line, column: 'id', value: id },
        ),
      );
      let lines = repeated.get(table.file);
      if (!lines) repeated.set(table.file, (lines = new Set()));
      lines.add(row.line);
    }
  }
  return repeated;
}

/** Region names unique per body; Gemeinden inside the body and in one region only. */
function checkRegions(regions: Region[], problems: ProblemSink): Region[] {
  const kept: Region[] = [];
  const byName = new Map<string, Region>();
  const memberOf = new Map<string, Region>();
  for (const region of regions) {
    const place = { table: 'regionen', file: region.file };
    const key = `${region.body}|${regionKey(region.name)}`;
    const first = byName.get(key);
    if (first) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          `Die Region „${region.name}“ gibt es in ${region.body} schon (Zeile ${first.line}); diese Zeile wird nicht genutzt.`,
          'Regionsnamen müssen je Körperschaft eindeutig sein; bitte umbenennen oder die Zeilen zusammenführen.',
          { line: region.line, column: 'region', value: region.name },
        ),
      );
      continue;
    }
    byName.set(key, region);
    for (const ags of region.municipalities) {
      if (!agsWithin(ags, region.body))
        problems.push(
          problemAt(
            place,
            'Warnung',
            `Die Gemeinde ${ags} liegt nicht in der Körperschaft ${region.body}.`,
            'Bitte AGS und Körperschaft prüfen.',
            { line: region.line, column: 'gemeinden', value: ags },
          ),
        );
      const other = memberOf.get(`${region.body}|${ags}`);
      if (other)
        problems.push(
          problemAt(
            place,
            'Warnung',
            `Die Gemeinde ${ags} gehört schon zur Region „${other.name}“ (Zeile ${other.line}).`,
            'Eine Gemeinde sollte nur einer Region einer Körperschaft angehören, sonst zählt sie auf der Karte doppelt.',
            { line: region.line, column: 'gemeinden', value: ags },
          ),
        );
      else memberOf.set(`${region.body}|${ags}`, region);
    }
    kept.push(region);
  }
  return kept;
}

/** ids unique per scenario; Einsatzgebiete resolve to a region or lie in the body. */
function checkPosts(
  posts: Post[],
  regions: readonly Region[],
  problems: ProblemSink,
  repeated: ReadonlyMap<string, ReadonlySet<number>>,
): Post[] {
  const kept: Post[] = [];
  for (const post of posts) {
    const place = { table: 'stellen', file: post.file };
    if (repeated.get(post.file)?.has(post.line)) continue; // reported by repeatedIds
    let area = post.area;
    if (area?.kind === 'region') {
      const wanted = regionKey(area.name);
      const region = regions.find(
        (r) =>
          regionKey(r.name) === wanted && (r.body === post.body || r.body === kreisOf(post.body)),
      );
      if (!region) {
        problems.push(
          problemAt(
            place,
            'Warnung',
            `Das Einsatzgebiet „${area.name}“ ist weder eine Region aus regionen.csv für ${post.body} noch eine AGS-Liste; die Stelle wird der ganzen Körperschaft zugeordnet.`,
            `Bitte den Regionsnamen genau wie in regionen.csv schreiben${
              regions.length
                ? ` (vorhanden: ${
                    regions
                      .filter((r) => r.body === kreisOf(post.body))
                      .map((r) => r.name)
                      .join(', ') || 'keine für diese Körperschaft'
                  })`
                : ''
            } oder AGS angeben.`,
            { line: post.line, column: 'einsatzgebiet', value: area.name },
          ),
        );
        area = null;
      } else area = { kind: 'region', name: region.name };
    } else if (area?.kind === 'ags') {
      for (const ags of area.codes)
        if (!agsWithin(ags, post.body) && !agsWithin(ags, kreisOf(post.body)))
          problems.push(
            problemAt(
              place,
              'Warnung',
              `Das Einsatzgebiet ${ags} liegt nicht in der Körperschaft ${post.body}.`,
              'Bitte AGS und Körperschaft prüfen.',
              { line: post.line, column: 'einsatzgebiet', value: ags },
            ),
          );
    }
    kept.push(area === post.area ? post : { ...post, area });
  }
  return kept;
}
