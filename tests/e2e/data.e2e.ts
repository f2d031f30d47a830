import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/data/dataset.ts';
import { createGazetteer, type GazetteerFile } from '../../src/lib/data/gazetteer.ts';
import { readBundle } from '../../src/lib/data/bundle-read.ts';
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
    expect(download.suggestedFilename()).toBe('kim-datensatz-2026-12-01.zip');
    const files = readBundle(new Uint8Array(readFileSync((await download.path())!))).files;
    expect(files.map((f) => f.name).sort()).toEqual([
      'ausreisepflichtige.csv',
      'bevoelkerung.csv',
      'manifest.json',
      'regionen.csv',
      'stellen.csv',
      'termine.csv',
    ]);
    const ds = buildDataset(files, gazetteer);
    // Only the published totals above 5 VZÄ per row are Warnungen; nothing else.
    expect(ds.problems.filter((p) => p.severity !== 'Warnung')).toEqual([]);
    expect(ds.posts).toHaveLength(89);
    expect(ds.obliged.every((o) => o.reference && o.evidence)).toBe(true);
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
    expect(doc).toContain('Zahl (Dezimalkomma), > 0');
    expect(doc).toContain('Über 5 eine Warnung');
    expect(doc).toContain('beleg');
    await h.shot(page, 'daten-1024x768');
    // Every button says what it does: the export and the template of a table are told apart
    // (both show "stellen.csv"), and no two buttons of the page share a name.
    expect(
      await page.getByRole('button', { name: 'Export stellen.csv', exact: true }).count(),
    ).toBe(1);
    expect(
      await page.getByRole('button', { name: 'Vorlage stellen.csv', exact: true }).count(),
    ).toBe(1);
    const names = await page
      .locator('main button')
      .evaluateAll((els) =>
        els.map((e) => e.getAttribute('aria-label') ?? e.textContent!.trim()).filter(Boolean),
      );
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    await page.context().close();
  });

  it('lists all 54 KIM bodies with their coverage, sortable, filterable, as a CSV that re-imports without mojibake', async () => {
    const { page, errors } = await h.open('#/daten?abschnitt=abdeckung', {
      width: 1280,
      height: 720,
    });
    const table = page.getByTestId('coverage-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(54);
    expect(await page.getByTestId('coverage-summary').textContent()).toContain(
      'Von 54 KIM-Körperschaften haben 33 veröffentlichte Stellenzahlen',
    );
    expect(await page.getByTestId('coverage-05113').textContent()).toContain('keine Daten');
    expect(await page.getByTestId('coverage-05970').textContent()).toContain('veraltet');
    // Sort by VZÄ (largest first), then filter.
    await page.getByTestId('coverage-sort-fte').click();
    expect(await table.locator('tbody tr').first().locator('th').textContent()).toBe(
      'Kreis Siegen-Wittgenstein',
    );
    await page.getByTestId('coverage-only').selectOption('ohne');
    const without = await table.locator('tbody tr').count();
    expect(without).toBeGreaterThan(5);
    expect(without).toBeLessThan(54);
    await page.getByTestId('coverage-only').selectOption('alle');
    await page.getByTestId('coverage-filter').fill('märk');
    expect(await table.locator('tbody tr').count()).toBe(1);
    await page.getByTestId('coverage-filter').fill('');
    await h.shot(page, 'daten-abdeckung-1280x720');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('coverage-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kim-abdeckung.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).slice(1);
    expect(text).not.toMatch(/Ã|Â|�/);
    const [header, ...rows] = text.trim().split('\r\n');
    expect(header).toBe(
      'koerperschaft;ags;stellen;vzae;ausreisepflichtige;bevoelkerung;termine;neuester_stand;stellen_stand;ausreisepflichtige_stichtag;beleg_amtlich;beleg_presse;beleg_zitiert;beleg_unbekannt;veraltet',
    );
    expect(rows).toHaveLength(54);
    expect(rows.find((r) => r.startsWith('Märkischer Kreis;05962;'))).toBeDefined();
    expect(rows.find((r) => r.startsWith('Städteregion Aachen;05334;'))).toBeDefined();
    expect(rows.find((r) => r.startsWith('Stadt Essen;05113;0;;'))).toBeDefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
