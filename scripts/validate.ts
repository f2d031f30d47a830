/**
 * `npm run validate -- <folder|files…> [--json]`: checks a dataset with exactly
 * the code the browser uses and prints the German report (or the JSON shape of
 * DATA-FORMAT.md). Exit code 1 when any Fehler is found, 2 on wrong usage.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWith } from '../src/lib/data/loader.ts';
import { readBoundaries } from '../src/lib/data/boundaries.ts';
import { readDeck } from '../src/lib/data/deck.ts';
import type { GazetteerFile } from '../src/lib/data/gazetteer.ts';
import type { InputFile } from '../src/lib/data/read-table.ts';
import { reportJson, reportText } from '../src/lib/data/report.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter((a) => a !== '--json');

if (paths.length === 0) {
  console.error(
    'Aufruf: npm run validate -- <Ordner oder Dateien…> [--json]\nBeispiel: npm run validate -- data',
  );
  process.exit(2);
}

const files: InputFile[] = [];
for (const p of paths) {
  if (!existsSync(p)) {
    console.error(`„${p}“ gibt es nicht.`);
    process.exit(2);
  }
  const list = statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((n) => /\.(csv|txt|tsv|json|geojson|topojson)$/i.test(n))
        .map((n) => join(p, n))
    : [p];
  for (const f of list) files.push({ name: basename(f), bytes: new Uint8Array(readFileSync(f)) });
}

const load = (name: string) =>
  JSON.parse(readFileSync(join(root, 'data/geo', name), 'utf8')) as GazetteerFile;
const { dataset } = buildWith(files, [load('gebiete-de.json')], undefined, {
  boundaries: readBoundaries,
  deck: readDeck,
});

console.log(json ? JSON.stringify(reportJson(dataset), null, 2) : reportText(dataset));
process.exit(dataset.problems.some((p) => p.severity === 'Fehler') ? 1 : 0);
