/**
 * `npm run stand`: publishes the dataset in data/ as a fixed snapshot
 * data/stand/<stand>/ (the manifest's `stand`). Embeds marked "fest" read
 * that folder, so a later update of data/ never changes a published article.
 * An existing snapshot is never overwritten: a new Stand needs a new date.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const data = join(root, 'data');
const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as {
  stand?: string;
  dateien?: string[];
};
if (!manifest.stand || !/^\d{4}-\d{2}-\d{2}$/.test(manifest.stand)) {
  console.error('manifest.json braucht „stand“ als Datum (JJJJ-MM-TT), z. B. "2026-11-22".');
  process.exit(2);
}
const target = join(data, 'stand', manifest.stand);
if (existsSync(target)) {
  console.error(
    `Den Stand ${manifest.stand} gibt es schon (${target}); er wird nicht überschrieben. Für neue Daten bitte „stand“ im manifest.json ändern.`,
  );
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const name of ['manifest.json', ...(manifest.dateien ?? [])])
  copyFileSync(join(data, name), join(target, name));
console.log(
  `Veröffentlicht: data/stand/${manifest.stand}/ (${(manifest.dateien ?? []).length} Dateien und manifest.json).`,
);
