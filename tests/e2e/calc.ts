import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildDataset, type Dataset } from '../../src/lib/data/dataset.ts';
import { file, fixtureFiles, gazetteer, STELLEN_HEADER, TERMINE_OK } from '../unit/helpers.ts';

/**
 * LibreOffice Calc (headless) for the spreadsheet round trips. .ci/run
 * installs it; in CI its absence fails the run, elsewhere the tests are
 * skipped with a German message saying how to install it. Never silently.
 */
export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(
  (p) => spawnSync(p, ['--version']).status === 0,
);

/** Says why a round trip is skipped (or fails CI) when LibreOffice is missing. */
export function requireCalc(what: string): void {
  if (SOFFICE) return;
  const why = `LibreOffice (soffice) fehlt: ${what} übersprungen. Installieren mit apt-get install libreoffice-calc-nogui.`;
  if (process.env.CI)
    throw new Error(`${why} In CI installiert .ci/run es; hier fehlt es trotzdem.`);
  console.warn(why);
}

/** The German CSV import filter: `;`, `"`, UTF-8, from row 1, language 1031, special numbers. */
export const CALC_CSV_IN = 'CSV:59,34,76,1,,1031,false,true';

/**
 * Opens `files` in Calc (German locale, a profile of its own under `work`)
 * and writes them as `to` (e.g. `xlsx`, `fods`, a CSV filter) into
 * `work/name`; returns that folder.
 */
export function calc(
  work: string,
  files: string[],
  to: string,
  name: string,
  infilter: string | null = CALC_CSV_IN,
): string {
  const out = join(work, name);
  mkdirSync(out, { recursive: true });
  execFileSync(
    SOFFICE!,
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      to,
      '--outdir',
      out,
      ...files,
    ],
    { env: { ...process.env, LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }, stdio: 'pipe' },
  );
  return out;
}

/** The frozen dataset plus one post with the values that spreadsheets like to change. */
export function trickyDataset(): Dataset {
  const base = buildDataset(fixtureFiles(), gazetteer);
  const tricky = buildDataset(
    [
      file(
        'stellen.csv',
        `${STELLEN_HEADER};beginn;foerderung_eur_jahr;einsatzgebiet;anmerkung\r\nCALC-1;05970;2;frei;Caritas „Süd“ e.V.;0,5;besetzt;16.11.2022;55.000;05970024 | 05970020;=1+1\r\n`,
      ),
      file('termine.csv', TERMINE_OK),
    ],
    gazetteer,
  );
  expect(tricky.posts).toHaveLength(1);
  return { ...base, posts: [...base.posts, ...tricky.posts] };
}
