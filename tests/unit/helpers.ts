import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createGazetteer, type GazetteerFile } from '../../src/lib/data/gazetteer.ts';
import type { InputFile } from '../../src/lib/data/read-table.ts';
import { encodeWindows1252 } from '../../src/lib/data/windows-1252.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** All of Germany, as the validate CLI uses it. */
export const gazetteer = createGazetteer([
  JSON.parse(readFileSync(join(ROOT, 'data/geo/gebiete-de.json'), 'utf8')) as GazetteerFile,
]);

/** A file as staff would save it: UTF-8 (optionally with BOM) or Windows-1252 bytes. */
export function file(
  name: string,
  text: string,
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' = 'utf-8',
): InputFile {
  const bytes =
    encoding === 'windows-1252'
      ? encodeWindows1252(text)
      : new Uint8Array([
          ...(encoding === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []),
          ...new TextEncoder().encode(text),
        ]);
  return { name, bytes };
}

/** The shipped dataset as input files. */
export function shippedFiles(): InputFile[] {
  return folderFiles(join(ROOT, 'data'));
}

/**
 * The frozen dataset of 22.11.2026 (`tests/fixtures/kim-2026-11`): tests of
 * the model and charts assert logic on it, so that updating the shipped data
 * does not change what they check.
 */
export function fixtureFiles(): InputFile[] {
  return folderFiles(join(ROOT, 'tests/fixtures/kim-2026-11'));
}

function folderFiles(dir: string): InputFile[] {
  return readdirSync(dir)
    .filter((n) => /\.(csv|json)$/.test(n))
    .map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(dir, n))) }));
}

/** A minimal valid termine.csv so datasets built in tests are complete. */
export const TERMINE_OK =
  'datum;art;koerperschaft;titel\n16.11.2022;sitzung;05970040;Sachstand KIM\n';

/** A valid stellen header and one valid row, to vary in tests. */
export const STELLEN_HEADER = 'id;koerperschaft;baustein;traeger_typ;traeger;vzae;status';
