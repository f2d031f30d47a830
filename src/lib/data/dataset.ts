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
import { FirstSeen } from './first-seen.ts';
import { heldFileName, heldTableOf, type HeldRows } from './held-rows.ts';
import type { CsvRow } from './csv.ts';
import { normaliseName } from './header.ts';
import { withSheetColumns } from './sheet-columns.ts';
import { sheetOf } from './sheet-file.ts';
import { trimmed, unguarded } from './cell-text.ts';
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

/**
 * Tables taken over, validated, from the dataset in use (a partial upload):
 * their records, problems, facts and held rows are used as they are, never
 * written to CSV and read again. Only tables that no uploaded file can
 * change are kept (see keepableTables).
 */
export interface KeptTables {
  from: Dataset;
  tables: ReadonlySet<TableName>;
}

export function buildDataset(
  files: readonly InputFile[],
  gazetteer: Gazetteer,
  onProgress?: Progress,
  kept?: KeptTables,
): Dataset {
  const keeps = (name: TableName) => kept?.tables.has(name) ?? false;
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
          {
            text: {
              key: 'table.twice',
              params: { table: r.table.spec.name, earlier: earlier.file },
            },
          },
        ),
      );
      continue;
    }
    raw.set(r.table.spec.name, r.table);
  }
  const keptFiles = new Set(
    TABLES.filter((t) => keeps(t.name)).flatMap((t) => [
      kept!.from.tables[t.name]?.file ?? `${t.name}.csv`,
      `${t.name}.csv`,
      heldFileName(t.name),
    ]),
  );
  for (const name of manifest.dateien)
    if (
      !keptFiles.has(name) &&
      !files.some(
        (f) =>
          f.name === name ||
          f.name.replace(/^.*[\\/]/, '') === name ||
          sheetOf(f.name)?.book === name,
      )
    )
      problems.push(
        problemAt(
          { table: 'manifest', file: manifestFile?.name ?? 'manifest.json' },
          'Fehler',
          `Die in manifest.json genannte Datei „${name}“ fehlt.`,
          'Bitte die Datei mitliefern oder aus „dateien“ streichen.',
          {
            column: 'dateien',
            value: name,
            text: { key: 'manifest.missingFile', params: { name } },
          },
        ),
      );
  for (const spec of TABLES)
    if (spec.required && !raw.has(spec.name) && !keeps(spec.name))
      problems.push(
        problemAt(
          { table: spec.name, file: DATASET_FILE },
          'Fehler',
          `Die Pflichttabelle „${spec.name}.csv“ fehlt.`,
          `Bitte ${spec.name}.csv mitliefern (Vorlage auf der Seite „Daten“).`,
          { text: { key: 'table.required', params: { table: spec.name } } },
        ),
      );

  const tables: Partial<Record<TableName, TableInfo>> = {};
  const converted: { [K in TableName]: Origin[] } = {
    stellen: [],
    regionen: [],
    termine: [],
    ausreisepflichtige: [],
    bevoelkerung: [],
  };
  const held: HeldRows[] = [];
  const seenIds: SeenIds = { files: [], byScenario: new Map() };
  const regionNames = new Map<string, Region>();
  const keptLists = new Map<TableName, readonly Origin[]>();
  for (const spec of TABLES) {
    const name = spec.name;
    if (kept && keeps(name)) {
      // Taken over as validated: the same records (the preview then compares nothing).
      keptLists.set(name, kept.from[spec.records]);
      const info = kept.from.tables[name];
      if (info) tables[name] = { ...info };
      problems.pushAll(kept.from.problems.filter((p) => p.table === name));
      for (const h of kept.from.held ?? []) if (h.table === name) held.push(h);
      continue;
    }
    const sources = [raw.get(name), ...(heldFiles.get(name) ?? [])].filter(
      (t): t is RawTable => t !== undefined,
    );
    if (!sources.length) continue;
    const convert =
      name === 'regionen' ? uniqueRegions(regionNames) : (CONVERTERS[name] as RowConverter<Origin>);
    const records = converted[name];
    for (const table of sources) {
      const unused: CsvRow[] = [];
      // Each row becomes its record as soon as it is valid, and a row that does not is
      // held as typed: no array of a million raw or typed rows is ever built.
      const v = validateTable(table, gazetteer, {
        before: name === 'stellen' ? uniqueIds(table, seenIds, problems) : undefined,
        onRow: (row) => {
          const record = convert(row, table.file, problems);
          if (record === null) return false;
          records.push(record);
          return true;
        },
        onUnused: (row) => unused.push(row),
      });
      problems.pushAll(v.problems);
      if (unused.length)
        held.push({ table: name, file: table.file, header: table.header, rows: unused });
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
  }
  const keptOr = <T>(name: TableName, made: () => T[]): T[] =>
    (keptLists.get(name) as T[] | undefined) ?? made();
  // Kept tables were checked across tables when they were first built.
  const regions = keptOr('regionen', () => checkRegions(converted.regionen as Region[], problems));
  const posts = keptOr('stellen', () => checkPosts(converted.stellen as Post[], regions, problems));
  const events = keptOr('termine', () => converted.termine as CalendarEntry[]);
  const obliged = keptOr(
    'ausreisepflichtige',
    () => converted.ausreisepflichtige as ObligedCount[],
  );
  const population = keptOr('bevoelkerung', () => converted.bevoelkerung as PopulationCount[]);
  const lists = { posts, regions, events, obliged, population };
  for (const spec of TABLES) {
    const info = tables[spec.name];
    if (info) info.records = lists[spec.records].length;
  }
  const read = [...raw.values(), ...[...heldFiles.values()].flat()];
  return { held, manifest, ...lists, tables, problems: withSheetColumns(problems.list(), read) };
}

/** ids seen so far in a table's files: scenario → id → first row, and the files. */
interface SeenIds {
  files: string[];
  /** The first row as one number, file index · 2³² + Excel row: no object per row. */
  byScenario: Map<string, FirstSeen>;
}

/**
 * ids unique per scenario, over every row of stellen — also the rows that
 * have other Fehler, so that staff fixing one learn of the other at once.
 * A later row with a known id is a Fehler and is not used. `seen` is shared
 * by a table's files: its own first, then held rows.
 */
function uniqueIds(
  table: RawTable,
  seen: SeenIds,
  problems: ProblemSink,
): ((row: CsvRow) => boolean) | undefined {
  const index = columnIndex(table.spec);
  const col = (name: string) =>
    table.header.findIndex((h) => index.get(normaliseName(h))?.name === name);
  const idAt = col('id');
  const scenarioAt = col('szenario');
  if (idAt < 0) return undefined;
  const place = { table: 'stellen', file: table.file };
  const fileIndex = seen.files.push(table.file) - 1;
  let idsOf = '';
  let ids = new FirstSeen();
  const idsFor = (scenario: string) => {
    if (scenario === idsOf) return ids;
    let list = seen.byScenario.get(scenario);
    if (!list) seen.byScenario.set(scenario, (list = new FirstSeen()));
    idsOf = scenario;
    return (ids = list);
  };
  return (row) => {
    const id = cellText(row.cells[idAt]);
    if (!id) return true;
    const typed = scenarioAt >= 0 ? cellText(row.cells[scenarioAt]) : '';
    const scenario = !typed || typed.toLowerCase() === 'ist' ? IST : typed;
    const list = idsFor(scenario);
    const earlier = list.firstOrAdd(id, fileIndex * 2 ** 32 + row.line);
    if (earlier === undefined) return true;
    const file = seen.files[Math.floor(earlier / 2 ** 32)]!;
    const line = earlier % 2 ** 32;
    const where = file === table.file ? `Zeile ${line}` : `${file}, Zeile ${line}`;
    problems.push(
      problemAt(
        place,
        'Fehler',
        `Die id „${id}“ gibt es im Szenario „${scenario}“ schon (${where}); diese Zeile wird nicht genutzt.`,
        'Jede Stelle braucht je Szenario eine eigene id, z. B. SI-CM-1, SI-CM-2.',
        {
          line: row.line,
          column: 'id',
          value: id,
          text: {
            key: 'row.duplicateId',
            params: { id, scenario, file, line, same: file === table.file ? 1 : 0 },
          },
        },
      ),
    );
    return false;
  };
}

/** A raw cell as validation reads it: apostrophe guard undone, trimmed. */
const cellText = (cell: string | undefined) => (cell ? trimmed(unguarded(cell)) : '');

/**
 * Region names unique per body: a later row with a known name is a Fehler and
 * is not used. `byName` is shared by the table's files.
 */
function uniqueRegions(byName: Map<string, Region>): RowConverter<Origin> {
  return (row, file, problems) => {
    const region = regionOf(row, file, problems);
    if (!region) return null;
    const key = `${region.body}|${regionKey(region.name)}`;
    const first = byName.get(key);
    if (!first) {
      byName.set(key, region);
      return region;
    }
    problems.push(
      problemAt(
        { table: 'regionen', file },
        'Fehler',
        `Die Region „${region.name}“ gibt es in ${region.body} schon (Zeile ${first.line}); diese Zeile wird nicht genutzt.`,
        'Regionsnamen müssen je Körperschaft eindeutig sein; bitte umbenennen oder die Zeilen zusammenführen.',
        {
          line: region.line,
          column: 'region',
          value: region.name,
          text: {
            key: 'region.duplicate',
            params: { name: region.name, body: region.body, line: first.line },
          },
        },
      ),
    );
    return null;
  };
}

/** Gemeinden inside the body and in one region only. */
function checkRegions(regions: Region[], problems: ProblemSink): Region[] {
  const kept: Region[] = [];
  const memberOf = new Map<string, Region>();
  for (const region of regions) {
    const place = { table: 'regionen', file: region.file };
    for (const ags of region.municipalities) {
      if (!agsWithin(ags, region.body))
        problems.push(
          problemAt(
            place,
            'Warnung',
            `Die Gemeinde ${ags} liegt nicht in der Körperschaft ${region.body}.`,
            'Bitte AGS und Körperschaft prüfen.',
            {
              line: region.line,
              column: 'gemeinden',
              value: ags,
              text: { key: 'region.outside', params: { ags, body: region.body } },
            },
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
            {
              line: region.line,
              column: 'gemeinden',
              value: ags,
              text: { key: 'region.twice', params: { ags, other: other.name, line: other.line } },
            },
          ),
        );
      else memberOf.set(`${region.body}|${ags}`, region);
    }
    kept.push(region);
  }
  return kept;
}

/** ids unique per scenario; Einsatzgebiete resolve to a region or lie in the body. */
function checkPosts(posts: Post[], regions: readonly Region[], problems: ProblemSink): Post[] {
  // A region by body and normalised name, with its position (the first match in file order wins).
  const byKey = new Map<string, { region: Region; at: number }>();
  regions.forEach((region, at) => {
    const key = `${region.body}|${regionKey(region.name)}`;
    if (!byKey.has(key)) byKey.set(key, { region, at });
  });
  // Each distinct (body, name) is resolved once: no regular expression per post.
  const resolved = new Map<string, Region | null>();
  const regionFor = (body: string, name: string): Region | null => {
    const key = `${body}|${name}`;
    let region = resolved.get(key);
    if (region === undefined) {
      const wanted = regionKey(name);
      const own = byKey.get(`${body}|${wanted}`);
      const kreis = byKey.get(`${kreisOf(body)}|${wanted}`);
      region = (own && kreis ? (own.at < kreis.at ? own : kreis) : (own ?? kreis))?.region ?? null;
      resolved.set(key, region);
    }
    return region;
  };
  const kept: Post[] = [];
  for (const post of posts) {
    const place = { table: 'stellen', file: post.file };
    let area = post.area;
    if (area?.kind === 'region') {
      const region = regionFor(post.body, area.name);
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
            {
              line: post.line,
              column: 'einsatzgebiet',
              value: area.name,
              text: {
                key: 'post.unknownRegion',
                params: {
                  name: area.name,
                  body: post.body,
                  known: regions
                    .filter((r) => r.body === kreisOf(post.body))
                    .map((r) => r.name)
                    .join(', '),
                },
              },
            },
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
              {
                line: post.line,
                column: 'einsatzgebiet',
                value: ags,
                text: { key: 'post.areaOutside', params: { ags, body: post.body } },
              },
            ),
          );
    }
    kept.push(area === post.area ? post : { ...post, area });
  }
  return kept;
}

/**
 * The tables of the dataset in use that a partial upload cannot change, so
 * that they are taken over validated: not uploaded (nor their held rows),
 * no new boundaries (they change which AGS exist), and stellen only when
 * regionen stays too (Einsatzgebiete are resolved against it).
 */
export function keepableTables(
  current: Dataset,
  uploaded: readonly InputFile[],
  present: ReadonlySet<TableName>,
): Set<TableName> {
  const keep = new Set<TableName>();
  if (uploaded.some(isBoundaryFile)) return keep;
  const heldUploaded = new Set(uploaded.map((f) => heldTableOf(f.name)));
  for (const spec of TABLES)
    if (!present.has(spec.name) && !heldUploaded.has(spec.name) && current.tables[spec.name])
      keep.add(spec.name);
  if (!keep.has('regionen') && (present.has('regionen') || heldUploaded.has('regionen')))
    keep.delete('stellen');
  return keep;
}
