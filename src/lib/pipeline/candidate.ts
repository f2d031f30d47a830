import { beyondNrw } from '../data/gazetteer.ts';
import { keepableTables, type Dataset } from '../data/dataset.ts';
import { complementFiles } from '../data/export-tables.ts';
import { readBundle } from '../data/bundle-read.ts';
import { LIMITS } from '../data/limits.ts';
import { sizeText } from '../data/size-text.ts';
import { boundProblems } from '../data/problem-log.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { buildChecked, readersFor } from '../data/loader.ts';
import { isWorkbookName } from '../data/sheet-file.ts';
import { countBySeverity, problemAt, type Problem, type Severity } from '../data/problem.ts';
import { tableOf, type InputFile } from '../data/read-table.ts';
import { sortProblems } from '../data/report.ts';
import type { TableName } from '../data/schema.ts';
import { decodeBlob } from '../data/stream-decode.ts';
import { withAgsSuggestions } from './near-ags.ts';
import { datasetDiff, summariseDiff, type DiffSummary } from '../model/dataset-diff.ts';
import type { Progress } from '../data/dataset.ts';
import { appendAll } from '../util/no-spread.ts';

/** A picked or dropped file before it is read. */
export interface Upload {
  name: string;
  blob: Blob;
}

/** What the staff member sees before confirming: small, whatever the file size. */
export interface CandidateSummary {
  /** At most PROBLEMS_PER_SEVERITY problems of each severity, in report order. */
  problems: Problem[];
  /** All problems, counted. */
  problemCounts: Record<Severity, number>;
  /** Tables taken over from the dataset in use (a partial upload). */
  kept: TableName[];
  diff: DiffSummary;
  title: string | null;
  /** The data reaches beyond NRW (the gazetteer of Germany is needed). */
  germany: boolean;
}

export const PROBLEMS_PER_SEVERITY = 1000;

/**
 * Reads uploads as streams (progress per byte, chunk-safe decoding); zip
 * bundles are unpacked after their directory passed the checks of
 * bundle-read.ts. Files above LIMITS are not read: each is one Fehler, and
 * its table stays as it is in use. Runs in the worker, so big files never
 * block the page.
 */
export async function readUploads(
  uploads: readonly Upload[],
  onProgress?: Progress,
): Promise<{ files: InputFile[]; problems: Problem[] }> {
  const files: InputFile[] = [];
  const problems: Problem[] = [];
  let total = 0;
  for (const u of uploads) {
    // Excel's lock file of an open workbook (`~$mappe.xlsx`) holds no data.
    if (/^~\$/.test(u.name.replace(/^.*[\\/]/, ''))) continue;
    const place = { table: null, file: u.name };
    const zip = /\.zip$/i.test(u.name);
    const limit = zip ? LIMITS.totalBytes : LIMITS.fileBytes;
    if (u.blob.size > limit || total + u.blob.size > LIMITS.totalBytes) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          u.blob.size > limit
            ? `Die Datei ist ${sizeText(u.blob.size)} groß; höchstens ${sizeText(limit)} sind möglich. Sie wird nicht gelesen, ihre Tabelle bleibt wie bisher.`
            : `Alle Dateien zusammen wären größer als ${sizeText(LIMITS.totalBytes)}. Diese Datei wird nicht gelesen, ihre Tabelle bleibt wie bisher.`,
          'Bitte die Datei aufteilen (z. B. je Körperschaft) oder nicht benötigte Spalten löschen.',
          {
            text: {
              key: u.blob.size > limit ? 'upload.tooLarge' : 'upload.allTooLarge',
              params: {
                size: sizeText(u.blob.size),
                limit: sizeText(u.blob.size > limit ? limit : LIMITS.totalBytes),
              },
            },
          },
        ),
      );
      continue;
    }
    total += u.blob.size;
    if (isWorkbookName(u.name)) {
      // A workbook is read (in buildWith, xlsx-read.ts) after its zip directory passed the checks.
      files.push({ name: u.name, bytes: new Uint8Array(await u.blob.arrayBuffer()) });
      onProgress?.({ file: u.name, stage: 'lesen', done: 0 });
      continue;
    }
    if (zip) {
      const bundle = readBundle(new Uint8Array(await u.blob.arrayBuffer()), u.name);
      appendAll(files, bundle.files);
      appendAll(problems, bundle.problems);
      continue;
    }
    const { bytes, decoded } = await decodeBlob(u.blob, (done) =>
      onProgress?.({ file: u.name, stage: 'lesen', done }),
    );
    // Only CSV text is kept decoded; JSON (manifest, boundaries) is small and decoded where it is read.
    files.push(
      /\.(geo|topo)?json$/i.test(u.name)
        ? { name: u.name, bytes }
        : { name: u.name, bytes, decoded },
    );
  }
  return { files, problems };
}

/** Keeps the report small for the page; the counts stay exact. */
export function capProblems(
  problems: readonly Problem[],
  perSeverity = PROBLEMS_PER_SEVERITY,
): Problem[] {
  const taken: Record<Severity, number> = { Fehler: 0, Warnung: 0, Hinweis: 0 };
  const out: Problem[] = [];
  for (const p of sortProblems(problems)) if (taken[p.severity]++ < perSeverity) out.push(p);
  return out;
}

/**
 * Checks uploaded files against the dataset in use: the tables not uploaded
 * are taken over, everything is validated with the code of `validate`, and
 * the change is summarised. The full candidate stays with the caller.
 */
export async function prepareCandidate(
  uploads: readonly InputFile[],
  current: Dataset,
  geoUrl: string,
  today: string,
  lang: 'de' | 'en',
  onProgress?: Progress,
  readProblems: readonly Problem[] = [],
  currentGermany = false,
): Promise<{
  /** The files to store: every table, kept ones written out (only when confirmed). */
  files: () => InputFile[];
  dataset: Dataset;
  germany: boolean;
  summary: CandidateSummary;
}> {
  const present = new Set(uploads.map(tableOf).filter((n): n is TableName => n !== null));
  // A workbook's tables are its sheets (read once: xlsx-read.ts caches them for the build).
  const { workbook } = await readersFor(uploads);
  for (const f of uploads)
    if (workbook && isWorkbookName(f.name))
      for (const sheet of workbook(f).files) {
        const table = tableOf(sheet);
        if (table) present.add(table);
      }
  // Tables the upload cannot change are taken over validated, never written out and read again.
  const keep = keepableTables(current, uploads, present);
  const { files: toBuild, kept } = complementFiles(current, uploads, present, keep);
  const built = await buildChecked(toBuild, geoUrl, fetch, undefined, onProgress, {
    kept: { from: current, tables: keep },
    germany: currentGermany && keep.size > 0,
  });
  const { gazetteer } = built;
  const dataset: Dataset = readProblems.length
    ? { ...built.dataset, problems: boundProblems([...readProblems, ...built.dataset.problems]) }
    : built.dataset;
  const germany = beyondNrw(gazetteer);
  const diff = datasetDiff(
    current,
    dataset,
    today,
    (n) => formatNumber(n, lang, 2),
    (iso) => formatDate(iso, lang),
  );
  const problemCounts = countBySeverity(dataset.problems);
  return {
    files: () => (keep.size ? complementFiles(current, uploads, present).files : toBuild),
    dataset,
    germany,
    summary: {
      problems: withAgsSuggestions(capProblems(dataset.problems), gazetteer),
      problemCounts,
      kept,
      diff: summariseDiff(diff),
      title: dataset.manifest.titel,
      germany,
    },
  };
}
