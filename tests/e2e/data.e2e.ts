import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/data/dataset.ts';
import { createGazetteer, type GazetteerFile } from '../../src/lib/data/gazetteer.ts';
import { readBundle } from '../../src/lib/data/export-tables.ts';
import { ROOT, start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

const gazetteer = createGazetteer([
  JSON.parse(readFileSync(join(ROOT, 'data/geo/gebiete-de.json'), 'utf8')) as GazetteerFile,
]);

describe('#/daten export (real Chromium)', () => {
  it('downloads the whole dataset as a bundle that re-imports without problems', async () => {
    const { page, errors } = await h.open('#/daten');
    await page.getByTestId('export-bundle').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-bundle').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kim-datensatz-2026-11-22.zip');
    const files = readBundle(new Uint8Array(readFileSync((await download.path())!)));
    expect(files.map((f) => f.name).sort()).toEqual([
      'ausreisepflichtige.csv',
      'bevoelkerung.csv',
      'manifest.json',
      'regionen.csv',
      'stellen.csv',
      'termine.csv',
    ]);
    const ds = buildDataset(files, gazetteer);
    expect(ds.problems).toEqual([]);
    expect(ds.posts).toHaveLength(64);
    await h.shot(page, 'daten-1280x720');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads an Excel-ready table and describes every column from the schema', async () => {
    const { page } = await h.open('#/daten', { width: 1024, height: 768 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-termine').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFdatum;bis;art;koerperschaft')).toBe(true);
    expect(csv).toContain('16.11.2022;;sitzung;05970040;');
    await page.getByTestId('doc-stellen').locator('summary').click();
    const doc = await page.getByTestId('doc-stellen').textContent();
    expect(doc).toContain('vzae');
    expect(doc).toContain('Zahl (Dezimalkomma), > 0, ≤ 5');
    await h.shot(page, 'daten-1024x768');
    await page.context().close();
  });
});
