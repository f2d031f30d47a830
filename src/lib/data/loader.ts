import { boundaryGazetteer, isBoundaryFile, type CustomArea } from './boundary-file.ts';
import type { readBoundaries } from './boundaries.ts';
import type { readDeck } from './deck.ts';
import { isDeckFile } from './deck-file.ts';
import { isWorkbookName } from './sheet-file.ts';
import type { readWorkbook } from './xlsx-read.ts';

/** Readers of the optional files, imported only when a dataset has them. */
export interface Readers {
  /** Custom boundaries (boundaries.ts). */
  boundaries?: typeof readBoundaries;
  /** The presentation (deck.ts). */
  deck?: typeof readDeck;
  /** Excel workbooks (xlsx-read.ts). */
  workbook?: typeof readWorkbook;
}

/** The readers the files need, loaded on demand (embeds and plain datasets load none). */
export async function readersFor(files: readonly InputFile[]): Promise<Readers> {
  return {
    boundaries: files.some(isBoundaryFile)
      ? (await import('./boundaries.ts')).readBoundaries
      : undefined,
    deck: files.some((f) => isDeckFile(f.name)) ? (await import('./deck.ts')).readDeck : undefined,
    workbook: files.some((f) => isWorkbookName(f.name))
      ? (await import('./xlsx-read.ts')).readWorkbook
      : undefined,
  };
}
import { buildDataset, type Dataset, type KeptTables, type Progress } from './dataset.ts';
import { createGazetteer, type Gazetteer, type GazetteerFile } from './gazetteer.ts';
import { problemAt, type Problem } from './problem.ts';
import { ProblemLog } from './problem-log.ts';
import { isDatasetFileName, MAX_FILES } from './manifest.ts';
import type { InputFile } from './read-table.ts';
import { TABLES } from './schema.ts';
import { GermanError } from './german-error.ts';

/** A dataset with the gazetteer it was checked against. */
export interface Loaded {
  dataset: Dataset;
  gazetteer: Gazetteer;
  /** Where it came from (folder URL). */
  origin: string;
  /**
   * Host of a dataset from an origin the deployer did not allow, loaded after
   * the viewer's consent: every page, slide and download then names it.
   */
  foreign?: string;
}

type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

/** Resolves a possibly relative URL against the page's address. */
export function absoluteUrl(url: string, base: string): string {
  return new URL(url, base).href;
}

/** The folder of a dataset URL: `…/data/manifest.json` and `…/data` both give `…/data/`. */
export function datasetFolder(url: string): string {
  const clean = url.replace(/[?#].*$/, '');
  if (/\.json$/i.test(clean)) return clean.replace(/[^/]*$/, '');
  return clean.endsWith('/') ? clean : `${clean}/`;
}

/** Why a fetch failed: in German, and as the HTTP status (0: server not reachable) for the English report. */
interface Failure {
  status: string;
  code: number;
}

async function fetchBytes(
  fetchImpl: Fetch,
  url: string,
  signal?: AbortSignal,
): Promise<Uint8Array | Failure> {
  try {
    const res = await fetchImpl(url, { signal });
    if (!res.ok) return { status: `HTTP ${res.status}`, code: res.status };
    return new Uint8Array(await res.arrayBuffer());
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return { status: 'Server nicht erreichbar', code: 0 };
  }
}

/**
 * The one place that fetches a dataset: the manifest, the files it lists
 * (or the standard table names when it has none), the gazetteer of NRW and,
 * only when the data reaches beyond NRW, of all of Germany. Unreachable files
 * become problems; cancellation via `signal` rejects with an AbortError.
 */
export async function loadDataset(
  folderUrl: string,
  geoUrl: string,
  fetchImpl: Fetch = fetch,
  signal?: AbortSignal,
): Promise<Loaded> {
  const folder = datasetFolder(folderUrl);
  const problems: Problem[] = [];
  const files: InputFile[] = [];
  const manifest = await fetchBytes(fetchImpl, `${folder}manifest.json`, signal);
  let names: string[];
  if (manifest instanceof Uint8Array) {
    files.push({ name: 'manifest.json', bytes: manifest });
    try {
      const listed = (JSON.parse(new TextDecoder().decode(manifest)) as { dateien?: unknown })
        .dateien;
      names = Array.isArray(listed)
        ? listed
            .filter((n): n is string => typeof n === 'string' && isDatasetFileName(n))
            .slice(0, MAX_FILES)
        : [];
    } catch {
      names = []; // parseManifest reports the broken JSON
    }
    if (names.length === 0) names = TABLES.map((t) => `${t.name}.csv`);
  } else {
    names = TABLES.map((t) => `${t.name}.csv`);
  }
  const fetched = await Promise.all(
    names.map(async (name) => ({
      name,
      result: await fetchBytes(fetchImpl, folder + encodeURI(name), signal),
    })),
  );
  const failed = new Map<string, Failure>();
  for (const { name, result } of fetched) {
    if (result instanceof Uint8Array) files.push({ name, bytes: result });
    else failed.set(name, result);
  }
  if (files.length === 0)
    problems.push(
      problemAt(
        { table: 'manifest', file: 'manifest.json' },
        'Fehler',
        `Unter ${folder} wurde kein Datensatz gefunden (${manifest instanceof Uint8Array ? 'keine Tabellen' : manifest.status}).`,
        'Bitte die Adresse prüfen: Sie muss auf einen Ordner mit manifest.json oder auf die manifest.json selbst zeigen.',
        {
          text: {
            key: 'manifest.noDataset',
            // status: the HTTP status of manifest.json (0: not reachable); absent: it had no tables.
            params: {
              folder,
              ...(manifest instanceof Uint8Array ? {} : { status: manifest.code }),
            },
          },
        },
      ),
    );

  const { dataset, gazetteer } = await buildChecked(files, geoUrl, fetchImpl, signal);
  // buildDataset reports files the manifest lists but we lack; add why the fetch failed.
  // The English report appends the status from params.status (HTTP status, 0: not reachable).
  const withStatus = dataset.problems.map((p): Problem => {
    const failure = p.column === 'dateien' && p.value ? failed.get(p.value) : undefined;
    if (!failure) return p;
    return {
      ...p,
      message: `${p.message.replace(/\.$/, '')} (${failure.status}).`,
      ...(p.text
        ? { text: { ...p.text, params: { ...p.text.params, status: failure.code } } }
        : {}),
    };
  });
  return {
    dataset: { ...dataset, problems: [...problems, ...withStatus] },
    gazetteer,
    origin: folder,
  };
}

/** The gazetteer of the built-in geodata plus uploaded boundaries (their names win where given). */
export function gazetteerWith(
  base: readonly GazetteerFile[],
  areas: readonly CustomArea[] = [],
): Gazetteer {
  if (areas.length === 0) return createGazetteer(base);
  const known = createGazetteer(base);
  return createGazetteer([
    ...base,
    boundaryGazetteer(areas, 'Hochgeladene Gebiete', (a) => known.name(a) !== undefined),
  ]);
}

/** One gazetteer file of the built-in geodata; unreachable is a German error. */
async function fetchGeo(
  geoUrl: string,
  name: string,
  fetchImpl: Fetch,
  signal?: AbortSignal,
): Promise<GazetteerFile> {
  const bytes = await fetchBytes(fetchImpl, `${geoUrl}${name}`, signal);
  if (!(bytes instanceof Uint8Array))
    throw new GermanError(
      `Die Gebietsdaten ${name} sind nicht ladbar (${bytes.status}). Bitte die Verbindung prüfen und die Seite neu laden.`,
    );
  return JSON.parse(new TextDecoder().decode(bytes)) as GazetteerFile;
}

/**
 * The gazetteer a dataset was validated against, made again without
 * validating: NRW or all of Germany, plus its uploaded boundaries.
 */
export async function gazetteerOf(
  geoUrl: string,
  dataset: Pick<Dataset, 'boundaries'>,
  germany: boolean,
  fetchImpl: Fetch = fetch,
  signal?: AbortSignal,
): Promise<Gazetteer> {
  const names = germany ? ['gebiete-05.json', 'gebiete-de.json'] : ['gebiete-05.json'];
  const files = await Promise.all(names.map((n) => fetchGeo(geoUrl, n, fetchImpl, signal)));
  return gazetteerWith(files, dataset.boundaries);
}

/**
 * Builds a dataset from files with the NRW gazetteer and, only when the data
 * reaches beyond NRW, all of Germany (one path for fetched, uploaded and
 * stored datasets).
 */
export async function buildChecked(
  files: readonly InputFile[],
  geoUrl: string,
  fetchImpl: Fetch = fetch,
  signal?: AbortSignal,
  onProgress?: Progress,
  keep?: { kept: KeptTables; germany: boolean },
): Promise<{ dataset: Dataset; gazetteer: Gazetteer }> {
  const geo = (name: string) => fetchGeo(geoUrl, name, fetchImpl, signal);
  const nrw = await geo('gebiete-05.json');
  const read = await readersFor(files);
  // Kept tables beyond NRW need Germany's gazetteer: decided before building, not after.
  if (keep?.germany)
    return buildWith(files, [nrw, await geo('gebiete-de.json')], onProgress, read, keep.kept);
  let built = buildWith(files, [nrw], onProgress, read, keep?.kept);
  if (built.gazetteer.uncovered.size > 0)
    built = buildWith(files, [nrw, await geo('gebiete-de.json')], onProgress, read, keep?.kept);
  return built;
}

/**
 * Builds a dataset against given gazetteer files. Uploaded boundaries are
 * read first: their AGS must be known when the tables are checked.
 */
export function buildWith(
  files: readonly InputFile[],
  base: readonly GazetteerFile[],
  onProgress?: Progress,
  readers: Readers = {},
  kept?: KeptTables,
): { dataset: Dataset; gazetteer: Gazetteer } {
  const boundaryFiles = files.filter(isBoundaryFile);
  const deckFile = files.find((f) => isDeckFile(f.name));
  const workbooks = files.filter((f) => isWorkbookName(f.name));
  if (
    (boundaryFiles.length && !readers.boundaries) ||
    (deckFile && !readers.deck) ||
    (workbooks.length && !readers.workbook)
  )
    throw new Error(
      'buildWith: optional files need their readers (boundaries.ts, deck.ts, xlsx-read.ts)',
    );
  const read = boundaryFiles.map((f) => readers.boundaries!(f));
  const areas = read.flatMap((r) => r.areas);
  const gazetteer = gazetteerWith(base, areas);
  // A workbook's sheets are read like CSV files (one path); the workbook itself stays as uploaded.
  const books = workbooks.map((f) => readers.workbook!(f));
  const tableFiles = workbooks.length
    ? files.flatMap((f) => (isWorkbookName(f.name) ? readers.workbook!(f).files : [f]))
    : files;
  const built = buildDataset(tableFiles, gazetteer, onProgress, kept);
  const deck = deckFile ? readers.deck!(deckFile) : null;
  const problems = new ProblemLog();
  for (const r of read) problems.pushAll(r.problems);
  if (books.length) {
    // A sheet's problems belong to the table readTable recognised it as.
    const tableOf = new Map(Object.entries(built.tables).map(([name, t]) => [t.file, name]));
    const unread = new Set(
      built.problems.filter((p) => p.text?.key === 'xlsx.sheetNotRead').map((p) => p.file),
    );
    for (const b of books) {
      problems.pushAll(
        b.problems.map((p) =>
          p.table === null && tableOf.has(p.file) ? { ...p, table: tableOf.get(p.file)! } : p,
        ),
      );
      if (b.files.length && b.files.every((f) => unread.has(f.name))) problems.push(b.noTable);
    }
  }
  if (deck) problems.pushAll(deck.problems);
  problems.pushAll(built.problems);
  const dataset: Dataset = {
    ...built,
    ...(boundaryFiles.length ? { boundaries: areas } : {}),
    ...(deck ? { deck: deck.slides } : {}),
    problems: problems.list(),
  };
  return { dataset, gazetteer };
}
