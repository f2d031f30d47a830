import { appendFileSync, copyFileSync, rmSync } from 'node:fs';
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

describe('offline (service worker, real Chromium)', () => {
  it('never claims "Offline bereit" when the browser refuses service workers', async () => {
    const { page } = await h.open('#/', { width: 1280, height: 720 }, { serviceWorkers: 'block' });
    const status = page.getByTestId('offline-status');
    await expect
      .poll(() => status.getAttribute('data-status'), { timeout: 30_000 })
      .toBe('incomplete');
    expect(await status.textContent()).toContain('Offline nicht vollständig gespeichert');
    await page.context().close();
  });

  it('a new version waits for a click: no reload in the middle of a session', async () => {
    const { page } = await h.open('#/', { width: 1280, height: 720 }, { serviceWorkers: 'allow' });
    const status = page.getByTestId('offline-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).toBe('ready');
    const sw = join(ROOT, 'dist/sw.js');
    copyFileSync(sw, `${sw}.bak`);
    try {
      appendFileSync(sw, '\n// a new build\n');
      let navigations = 0;
      page.on('framenavigated', () => navigations++);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect
        .poll(() => status.getAttribute('data-status'), { timeout: 30_000 })
        .toBe('update');
      expect(navigations).toBe(0);
      expect(await page.getByTestId('offline-update').textContent()).toBe(
        'Neue Version – jetzt laden',
      );
      await h.shot(page, 'offline-update-1280x720');
      await page.getByTestId('offline-update').click();
      // Counted, not awaited as an event: the reload may come before a listener would.
      await expect.poll(() => navigations, { timeout: 30_000 }).toBeGreaterThan(0);
      await page.getByTestId('total-fte').waitFor();
    } finally {
      copyFileSync(`${sw}.bak`, sw);
      rmSync(`${sw}.bak`);
    }
    await page.context().close();
  });

  it('after one load, the dashboard, the map and the deck come back with the web server gone', async () => {
    const { page, errors } = await h.open(
      '#/?heute=2024-06-01',
      { width: 1024, height: 768 },
      {
        serviceWorkers: 'allow',
      },
    );
    const status = page.getByTestId('offline-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).toBe('ready');
    expect(await status.textContent()).toContain('Offline bereit');
    await h.shot(page, 'offline-bereit-1024x768');
    // A deck on this device: one slide of the Übersicht.
    await page.getByTestId('add-to-deck').click();
    await expect.poll(() => page.getByTestId('add-status').textContent()).toMatch(/hinzugefügt/);
    const total = await page.getByTestId('total-fte').textContent();

    await h.stopServer();
    const down = await page.request.get(`${h.url}data/manifest.json`).catch((e: Error) => e);
    expect(down).toBeInstanceOf(Error); // really no server any more

    await page.reload();
    await expect.poll(() => page.getByTestId('total-fte').textContent()).toBe(total);
    expect(await page.getByTestId('stand').textContent()).toContain('01.12.2026');

    // Every page's code is cached, the map with its geometry too.
    await page.goto(`${h.url}#/karte?heute=2024-06-01`);
    // data-ready: geometry decoded and our layers drawn (not just an empty canvas).
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('map-units').locator('tbody tr').count()).toBeGreaterThan(3);
    await h.shot(page, 'offline-karte-1024x768');
    await page.goto(`${h.url}#/praesentation?heute=2024-06-01`);
    await expect.poll(() => page.getByTestId('deck-title').count()).toBe(1);
    await page.getByTestId('present-start').click();
    await page.getByTestId('presenter').waitFor();
    await page.getByTestId('slide-figure-vzae').waitFor();
    await h.shot(page, 'offline-praesentation-1024x768');
    // The Sitzungsunterlage works without the network as well.
    await page.keyboard.press('Escape');
    await page.getByTestId('present-handout').click();
    await page.getByTestId('handout-page').waitFor();
    // And the presenter view.
    await page.goto(`${h.url}#/praesentation/referent?folie=1&heute=2024-06-01`);
    await page.getByTestId('presenter-view').waitFor();
    await page.getByTestId('pv-notes').waitFor();
    expect(errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(e))).toEqual(
      [],
    );
    await page.context().close();
  });
});
