import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

const fixture = (name: string) => join(ROOT, 'tests/fixtures/upload', name);

describe('#/daten upload (real Chromium, IndexedDB)', () => {
  it('checks a Windows-1252 file, previews, confirms, keeps it over reloads, survives a broken upload, resets', async () => {
    // The upload fixture is the frozen dataset with changes: start from that dataset.
    const { page, errors } = await h.open('#/daten?quelle=fixtures/kim-2026-11/');
    const context = page.context();
    // The published folder was fetched and built in the load worker, as an upload is checked.
    await page.getByTestId('upload-files').waitFor();
    expect(await page.locator('main').getAttribute('data-built-in')).toBe('worker');
    await page.getByTestId('upload-files').setInputFiles(fixture('stellen.csv'));
    const candidate = page.getByTestId('candidate');
    await candidate.waitFor();
    expect(await candidate.getAttribute('data-worker')).toBe('true');
    const report = await page.getByTestId('candidate').getByTestId('problems-panel').textContent();
    expect(report).toContain('1 Fehler');
    expect(report).toMatch(/stellen\.csv\s*66\s*koerperschaft\s*05999/);
    const changes = await page.getByTestId('preview-changes').textContent();
    // Old → new per column, as Issue 18 asks.
    expect(changes).toContain(
      'SI-CM-1 (Ist): traeger_typ kommune → frei; traeger Stadt Siegen → Caritasverband Siegen-Wittgenstein e.V.; status geplant → besetzt',
    );
    expect(await page.getByTestId('preview-figures').textContent()).toMatch(
      /Anteil freie Träger\s*0 %\s*2 %/,
    );
    await page.getByTestId('preview-figures').scrollIntoViewIfNeeded();
    await h.shot(page, 'daten-vorschau-1280x720');
    // Discarding and picking the same file again (as after a fix in Excel) checks it again.
    await page.getByTestId('discard').click();
    await expect.poll(() => candidate.count()).toBe(0);
    await page.getByTestId('upload-files').setInputFiles(fixture('stellen.csv'));
    await candidate.waitFor();
    await page.getByTestId('confirm').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Übernommen und gespeichert');

    // The Übersicht shows the new figures, also after a reload.
    await page.goto(`${h.url}#/`);
    await page.getByTestId('total-fte').waitFor();
    expect(await page.getByTestId('share-free').textContent()).toBe('2\u00a0%');
    // Read in its validated form from storage: nothing was built again.
    await expect.poll(() => page.locator('main').getAttribute('data-built-in')).toBe('speicher');
    await page.reload();
    await page.getByTestId('total-fte').waitFor();
    expect(await page.getByTestId('share-free').textContent()).toBe('2\u00a0%');

    // A broken upload, never confirmed, then a reload: the stored dataset is intact.
    await page.goto(`${h.url}#/daten`);
    await page.getByTestId('upload-files').setInputFiles(fixture('kaputt.csv'));
    await page.getByTestId('candidate').waitFor();
    expect(await page.getByTestId('candidate').textContent()).toContain('Binärdaten');
    await page.reload();
    await page.getByTestId('stored').waitFor();
    await page.goto(`${h.url}#/`);
    await page.getByTestId('total-fte').waitFor();
    expect(await page.getByTestId('share-free').textContent()).toBe('2\u00a0%');

    // Reset brings the shipped data back.
    await page.goto(`${h.url}#/daten`);
    await page.getByTestId('reset').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Die mitgelieferten Daten sind wieder in Gebrauch');
    await page.goto(`${h.url}#/`);
    await page.getByTestId('total-fte').waitFor();
    expect(await page.getByTestId('coverage').textContent()).toContain('Daten für 33 von 54');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without module workers checks, stores and reloads on the main thread (the same pipeline)', async () => {
    const { page, errors } = await h.open('');
    // A browser without (module) workers: `new Worker` throws, the page checks where it is.
    await page.goto('about:blank');
    await page.addInitScript(() => {
      (window as unknown as { Worker: unknown }).Worker = function NoWorker() {
        throw new TypeError('Module workers are not supported');
      };
    });
    await page.goto(`${h.url}#/daten?quelle=fixtures/kim-2026-11/`);
    // The folder is built on the page then: the same code, no worker.
    await page.getByTestId('upload-files').waitFor();
    expect(await page.locator('main').getAttribute('data-built-in')).toBe('seite');
    await page.getByTestId('upload-files').setInputFiles(fixture('stellen.csv'));
    const candidate = page.getByTestId('candidate');
    await candidate.waitFor();
    expect(await candidate.getAttribute('data-worker')).toBe('false');
    expect(await page.getByTestId('preview-changes').textContent()).toContain(
      'SI-CM-1 (Ist): traeger_typ kommune → frei',
    );
    await page.getByTestId('confirm').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Übernommen und gespeichert');
    // Stored with its validated form: a reload shows it without a worker either.
    await page.goto(`${h.url}#/`);
    await page.reload();
    await page.getByTestId('total-fte').waitFor();
    expect(await page.getByTestId('share-free').textContent()).toBe('2\u00a0%');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows progress for a big file and can cancel without touching the data in use', async () => {
    const { page, errors } = await h.open('#/daten');
    const row =
      'X;05970;2;Case Management;Wittgenstein;frei;Caritasverband Siegen-Wittgenstein e.V.;0,5;besetzt;01.01.2023;31.12.2025;55.000;68.000;Test;Quelle;16.11.2022;Anmerkung\r\n';
    const header =
      'id;koerperschaft;baustein;funktion;einsatzgebiet;traeger_typ;traeger;vzae;status;beginn;ende;foerderung_eur_jahr;kosten_eur_jahr;szenario;quelle;stand;anmerkung\r\n';
    const rows = Array.from({ length: 150_000 }, (_, i) => row.replace('X;', `X${i};`)).join('');
    await page.getByTestId('upload-files').setInputFiles({
      name: 'stellen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(header + rows, 'utf8'),
    });
    await page.getByTestId('upload-progress').waitFor();
    await page.getByTestId('cancel').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Abgebrochen – der bisherige Datensatz bleibt in Gebrauch.');
    expect(await page.getByTestId('candidate').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a stored dataset of 120.000 posts: the Übersicht and the coverage are counted in steps, to the same figures', async () => {
    const { page, errors } = await h.open('#/daten');
    const header = 'id;koerperschaft;baustein;traeger_typ;traeger;vzae;status;stand\r\n';
    // 120.000 posts, 0,5 VZÄ each, in Siegen-Wittgenstein (every third at a freier Träger) and Olpe.
    const rows = Array.from(
      { length: 120_000 },
      (_, i) =>
        `P${i};${i % 4 === 0 ? '05966' : '05970'};${(i % 3) + 1};${i % 3 === 0 ? 'frei' : 'kommune'};T;0,5;besetzt;${i % 2 ? '01.03.2024' : '15.06.2025'}\r\n`,
    ).join('');
    await page.getByTestId('upload-files').setInputFiles({
      name: 'stellen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(header + rows, 'utf8'),
    });
    await page.getByTestId('candidate').waitFor({ timeout: 60_000 });
    await page.getByTestId('confirm').click();
    await page.getByTestId('stored').waitFor({ timeout: 60_000 });
    await page.getByTestId('coverage-summary').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('coverage-05970').textContent()).toContain('45.000');
    await page.goto(`${h.url}#/`);
    await page.reload();
    await page.getByTestId('total-fte').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('total-fte').textContent()).toMatch(/^60\.000 VZÄ$/);
    expect(await page.getByTestId('share-free').textContent()).toBe('33\u00a0%');
    expect(await page.getByTestId('body-05970').textContent()).toContain('45.000');
    expect(await page.getByTestId('body-05966').textContent()).toContain('15.000');
    // Both Stichtage of the posts are named under the total.
    expect(await page.locator('.figures').first().textContent()).toContain(
      'Stand der Angaben 2024–2025',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('re-imports an exported bundle as identical (no changes in the preview)', async () => {
    const { page } = await h.open('#/daten');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-bundle').click(),
    ]);
    await page.getByTestId('upload-files').setInputFiles({
      name: 'bundle.zip',
      mimeType: 'application/zip',
      buffer: (await import('node:fs')).readFileSync((await download.path())!),
    });
    await page.getByTestId('candidate').waitFor();
    // The same warnings as the data in use (published totals above 5 VZÄ), no Fehler.
    expect(await page.getByTestId('candidate').textContent()).toMatch(
      /0 Fehler, \d+ Warnungen, 0 Hinweise/,
    );
    expect(await page.getByTestId('preview-changes').textContent()).toContain(
      'Stellen: 0 neu, 0 entfallen, 0 geändert',
    );
    expect(await page.getByTestId('preview-changes').textContent()).toContain(
      'Termine: 0 neu, 0 entfallen, 0 geändert',
    );
    await page.context().close();
  });

  it('uploaded boundaries extend the map, are reported, kept and stored', async () => {
    const { page, errors } = await h.open('#/daten');
    const stellen =
      'id;koerperschaft;baustein;einsatzgebiet;traeger_typ;traeger;vzae;status;quelle\r\nT-1;05970;2;05970999;kommune;Kreis;1;besetzt;Testdaten\r\n';
    await page.getByTestId('upload-files').setInputFiles([
      {
        name: 'gebiete.geojson',
        mimeType: 'application/geo+json',
        buffer: (await import('node:fs')).readFileSync(fixture('gebiete.geojson')),
      },
      { name: 'stellen.csv', mimeType: 'text/csv', buffer: Buffer.from(stellen, 'utf8') },
    ]);
    const candidate = page.getByTestId('candidate');
    await candidate.waitFor();
    const report = await candidate.getByTestId('problems-panel').textContent();
    expect(report).toContain('Fläche Nr. 2 hat keine Eigenschaft „ags“, „AGS“, „RS“ oder „ARS“');
    expect(report).not.toContain('05970999');
    expect(await page.getByTestId('preview-figures').textContent()).toMatch(/gebiete\s*0\s*1/);
    // One post instead of all: a loss, confirmed a second time on purpose.
    expect(await page.getByTestId('losses').textContent()).toContain('stellen: von');
    expect(await page.getByTestId('confirm').isDisabled()).toBe(true);
    await page.getByTestId('confirm-loss').check();
    await page.getByTestId('confirm').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Übernommen und gespeichert');
    expect(await page.getByTestId('boundaries-in-use').textContent()).toContain('1 Flächen');

    // After a reload the map draws the uploaded Gemeinde and names it.
    await page.goto(`${h.url}#/karte?mass=vzae&ebene=gemeinden`);
    await page.reload();
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('custom-areas').textContent()).toBe(
      'mit 1 hochgeladenen Gebietsgrenzen',
    );
    await expect
      .poll(() =>
        page.evaluate(() =>
          (
            document.querySelector('[data-testid="map"]') as unknown as {
              hasGemeinde: (a: string) => boolean;
            }
          ).hasGemeinde('05970999'),
        ),
      )
      .toBe(true);
    // The Kreis now counts 12 Gemeinden (11 built-in + the uploaded one), and the search finds it.
    const row = page
      .getByTestId('map-units')
      .locator('tbody tr', { hasText: 'Kreis Siegen-Wittgenstein' });
    expect(await row.locator('td').first().textContent()).toContain('1 VZÄ');
    expect(await row.locator('td').last().textContent()).toBe('12');
    await page.getByTestId('map-search').fill('Testgemeinde');
    expect(await page.getByTestId('map-search-results').textContent()).toContain('Testgemeinde');
    await h.shot(page, 'karte-eigene-gebiete-1280x720');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
