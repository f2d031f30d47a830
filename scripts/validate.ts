/**
 * `npm run validate -- <folder|files…> [--json | --format text|json|github]`: checks a dataset (CSV files,
 * or Excel workbooks `.xlsx` with one sheet per table) with exactly
 * the code the browser uses and prints the German report (or the JSON shape of
 * DATA-FORMAT.md; `github`: one GitHub Actions annotation per problem, then the text). Exit code 1 when any Fehler is found, 2 on wrong usage or
 * when nothing could be read.
 *
 * Only regular files are read (a symlink to one is fine): folders, FIFOs,
 * devices and symlink loops are skipped with a message, since reading a FIFO
 * or /dev/zero would never end. Names are printed with control characters
 * escaped, and no error ever reaches the terminal as a stack trace.
 */
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWith } from '../src/lib/data/loader.ts';
import { readBoundaries } from '../src/lib/data/boundaries.ts';
import { readDeck } from '../src/lib/data/deck.ts';
import type { GazetteerFile } from '../src/lib/data/gazetteer.ts';
import { HELD_FOLDER } from '../src/lib/data/held-rows.ts';
import { LIMITS } from '../src/lib/data/limits.ts';
import { sizeText } from '../src/lib/data/size-text.ts';
import type { InputFile } from '../src/lib/data/read-table.ts';
import { printable, reportJson, reportText } from '../src/lib/data/report.ts';
import { githubAnnotations, headersOf } from '../src/lib/data/report-github.ts';
import { sheetOf } from '../src/lib/data/sheet-file.ts';
import { readWorkbook } from '../src/lib/data/xlsx-read.ts';

const USED = /\.(csv|txt|tsv|json|geojson|topojson|xlsx)$/i;
/** Excel's lock file beside an open workbook (`~$mappe.xlsx`): no data. */
const LOCK = /^~\$/;

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

// Whatever happens, a person reads German, not a stack trace.
const unexpected = (e: unknown) =>
  fail(
    `Die Prüfung ist unerwartet abgebrochen (${printable(String((e as Error)?.name ?? 'Fehler'))}). Bitte die Dateien prüfen; bleibt es so, bitte diese Meldung an die Betreuer der Anwendung schicken.`,
  );
process.on('uncaughtException', unexpected);
process.on('unhandledRejection', unexpected);

/** What kind of thing is at `path`, or why it cannot be read, in German. */
function examine(path: string): { stats: Stats } | { problem: string } {
  try {
    return { stats: statSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why: Record<string, string> = {
      ENOENT: 'gibt es nicht',
      ELOOP: 'ist ein Verweis (Symlink), der im Kreis zeigt',
      EACCES: 'darf nicht gelesen werden (fehlende Berechtigung)',
      EPERM: 'darf nicht gelesen werden (fehlende Berechtigung)',
      ENAMETOOLONG: 'hat einen zu langen Namen',
    };
    return {
      problem: why[code ?? ''] ?? `lässt sich nicht lesen (${code ?? 'unbekannter Grund'})`,
    };
  }
}

/** Why a thing that exists is not a file we read, or null when it is one. */
function notRegular(stats: Stats): string | null {
  if (stats.isFile())
    return stats.size > LIMITS.fileBytes
      ? `ist ${sizeText(stats.size)} groß; höchstens ${sizeText(LIMITS.fileBytes)} je Datei sind möglich`
      : null;
  if (stats.isDirectory()) return 'ist ein Ordner, keine Datei';
  if (stats.isFIFO()) return 'ist eine benannte Pipe (FIFO), keine Datei';
  if (stats.isSocket()) return 'ist ein Socket, keine Datei';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'ist ein Gerät, keine Datei';
  return 'ist keine gewöhnliche Datei';
}

const USAGE =
  'Aufruf: npm run validate -- <Ordner oder Dateien…> [--json | --format text|json|github]\nBeispiel: npm run validate -- data --format github';
const args = process.argv.slice(2);
const at = args.indexOf('--format');
const format = args.includes('--json') ? 'json' : at >= 0 ? args[at + 1] : 'text';
if (format !== 'text' && format !== 'json' && format !== 'github')
  fail(
    `Unbekanntes Format „${printable(String(format))}“: möglich sind text, json und github.\n${USAGE}`,
  );
const paths = args.filter((a, i) => a !== '--json' && (at < 0 || (i !== at && i !== at + 1)));
if (paths.length === 0) fail(USAGE);
/** Where each read file is, relative to the repository (GITHUB_WORKSPACE) or the working folder. */
const pathOfFile = new Map<string, string>();
const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();

const files: InputFile[] = [];
const skipped: string[] = [];
const skip = (path: string, why: string) =>
  skipped.push(`„${printable(path)}“ ${why}; übersprungen.`);
const readOne = (path: string, stats: Stats, name = basename(path)) => {
  const why = notRegular(stats);
  if (why) return skip(path, why);
  try {
    files.push({ name, bytes: new Uint8Array(readFileSync(path)) });
    pathOfFile.set(name, relative(workspace, resolve(path)).split(sep).join('/'));
  } catch {
    skip(path, 'lässt sich nicht lesen');
  }
};
for (const p of paths) {
  const found = examine(p);
  if ('problem' in found) {
    skip(p, found.problem);
    continue;
  }
  if (!found.stats.isDirectory()) {
    readOne(p, found.stats);
    continue;
  }
  let names: string[];
  try {
    names = readdirSync(p).sort();
  } catch {
    skip(p, 'ist ein Ordner, der sich nicht lesen lässt');
    continue;
  }
  for (const n of names) {
    const path = join(p, n);
    if (n === HELD_FOLDER) {
      // Held rows of a bundle: problemzeilen/<table>.csv, read as such.
      let held: string[] = [];
      try {
        held = statSync(path).isDirectory() ? readdirSync(path).sort() : [];
      } catch {
        skip(path, 'lässt sich nicht lesen');
      }
      for (const h of held.filter((x) => USED.test(x))) {
        const entry = examine(join(path, h));
        if ('problem' in entry) skip(join(path, h), entry.problem);
        else readOne(join(path, h), entry.stats, `${HELD_FOLDER}/${h}`);
      }
      continue;
    }
    if (!USED.test(n) || LOCK.test(n)) continue;
    const entry = examine(path);
    if ('problem' in entry) skip(path, entry.problem);
    else readOne(path, entry.stats);
  }
}
for (const line of skipped) console.error(line);
if (files.length === 0) fail('Keine lesbare Datei gefunden; nichts geprüft.');

const root = resolve(fileURLToPath(import.meta.url), '../..');
const load = (name: string) =>
  JSON.parse(readFileSync(join(root, 'data/geo', name), 'utf8')) as GazetteerFile;
const { dataset } = buildWith(files, [load('gebiete-de.json')], undefined, {
  boundaries: readBoundaries,
  deck: readDeck,
  workbook: readWorkbook,
});
/** A file's path; a workbook's sheet („mappe.xlsx › Blatt stellen“) is in its workbook. */
const pathOf = (f: string) => pathOfFile.get(f) ?? pathOfFile.get(sheetOf(f)?.book ?? '') ?? f;

if (format === 'github') {
  // One annotation per problem (a pull request shows it at the CSV's row), then the text report.
  for (const line of githubAnnotations(dataset, pathOf, headersOf(files))) console.log(line);
  console.log(reportText(dataset));
} else
  console.log(
    format === 'json' ? JSON.stringify(reportJson(dataset), null, 2) : reportText(dataset),
  );
process.exit(dataset.problems.some((p) => p.severity === 'Fehler') ? 1 : 0);
