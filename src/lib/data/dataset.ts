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
  calendarEntryOf,
  obligedCountOf,
  populationCountOf,
  postOf,
  regionOf,
  type RowConverter,
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
import { validateTable } from './validate-table.ts';

/** Each table's row → record converter. */
const CONVERTERS: { [K in TableName]: RowConverter<Origin> } = {
  stellen: postOf,
  regionen: regionOf,
  termine: calendarEntryOf,
  ausreisepflichtige: obligedCountOf,
  bevoelkerung: populationCountOf,
};

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
  /** Per table, its files: the table's own first, then held rows. */
  const sourcesOf = new Map<TableName, RawTable[]>();
  const converted: { [K in TableName]: Origin[] } = {
    stellen: [],
    regionen: [],
    termine: [],
    ausreisepflichtige: [],
    bevoelkerung: [],
  };
  for (const spec of TABLES) {
    const name = spec.name;
    const sources = [raw.get(name), ...(heldFiles.get(name) ?? [])].filter(
      (t): t is RawTable => t !== undefined,
    );
    if (!sources.length) continue;
    const convert = CONVERTERS[name] as RowConverter<Origin>;
    const records = converted[name];
    for (const table of sources) {
      // Each row becomes its record as soon as it is valid (no array of a million typed rows).
      const v = validateTable(table, gazetteer, (row) => {
        const record = convert(row, table.file, problems);
        if (record !== null) records.push(record);
      });
      problems.pushAll(v.problems);
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
    sourcesOf.set(name, sources);
  }
  const regions = checkRegions(converted.regionen as Region[], problems);
  const repeated = repeatedIds(sourcesOf.get('stellen') ?? [], problems);
  const posts = checkPosts(converted.stellen as Post[], regions, problems, repeated);
  const events = converted.termine as CalendarEntry[];
  const obliged = converted.ausreisepflichtige as ObligedCount[];
  const population = converted.bevoelkerung as PopulationCount[];
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
  for (const [name, sources] of sourcesOf)
    for (const table of sources) {
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
  sources: readonly RawTable[],
  problems: ProblemSink,
): Map<string, Set<number>> {
  const repeated = new Map<string, Set<number>>();
  // scenario → id → first place as one number (source index · 2³² + line): no object
  // and no concatenated key string per row, for a million rows.
  const first = new Map<string, Map<string, number>>();
  sources.forEach((table, source) => {
    const index = columnIndex(table.spec);
    const col = (name: string) =>
      table.header.findIndex((h) => index.get(normaliseName(h))?.name === name);
    const idAt = col('id');
    const scenarioAt = col('szenario');
    if (idAt < 0) return;
    const place = { table: 'stellen', file: table.file };
    let idsOf = IST;
    let ids = first.get(IST);
    if (!ids) first.set(IST, (ids = new Map()));
    for (const row of table.rows) {
      const id = cellText(row.cells[idAt]);
      if (!id) continue;
      const typed = scenarioAt >= 0 ? cellText(row.cells[scenarioAt]) : '';
      const scenario = !typed || typed.toLowerCase() === 'ist' ? IST : typed;
      if (scenario !== idsOf) {
        let list = first.get(scenario);
        if (!list) first.set(scenario, (list = new Map()));
        ids = list;
        idsOf = scenario;
      }
      const earlier = ids.get(id);
      if (earlier === undefined) {
        ids.set(id, source * 2 ** 32 + row.line);
        continue;
      }
      const earlierFile = sources[Math.floor(earlier / 2 ** 32)]!.file;
      const earlierLine = earlier % 2 ** 32;
      const where =
        earlierFile === table.file
          ? `Zeile ${earlierLine}`
          : `${earlierFile}, Zeile ${earlierLine}`;
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
  });
  return repeated;
}

/** A character `trim` never removes (printable ASCII, Latin-1 letters up to U+167F). */
const plain = (c: number) => (c > 32 && c < 127) || (c > 160 && c < 0x1680);

/** A raw cell as validation reads it (apostrophe guard undone, trimmed), copying only when needed. */
function cellText(cell: string | undefined): string {
  if (!cell) return '';
  const text = cell.charCodeAt(0) === 39 ? restoreNeutralised(cell) : cell;
  return plain(text.charCodeAt(0)) && plain(text.charCodeAt(text.length - 1)) ? text : text.trim();
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
