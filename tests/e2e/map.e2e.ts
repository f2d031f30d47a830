import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

async function mapReady(page: Page) {
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
  // Let maplibre draw the frame after the first recolour.
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-recolours')) >= 1,
  );
  await page.waitForTimeout(300);
}

type PixelWindow = Window & { kimPixels: () => ImageData };

/** Installs `kimPixels()` in the page: a copy of the map canvas (its WebGL buffer is preserved). */
async function installPixels(page: Page) {
  await page.evaluate(() => {
    (window as unknown as PixelWindow).kimPixels = () => {
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement;
      const c = document.createElement('canvas');
      c.width = canvas.width;
      c.height = canvas.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(canvas, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height);
    };
  });
}

/** Share of canvas pixels that are not the background colour (counted in the page). */
async function paintedShare(page: Page): Promise<number> {
  await installPixels(page);
  return page.evaluate(() => {
    const { data } = (window as unknown as PixelWindow).kimPixels();
    let painted = 0;
    for (let i = 0; i < data.length; i += 16)
      if (data[i + 3]! > 0 && !(data[i] === 0xe9 && data[i + 1] === 0xed && data[i + 2] === 0xf1))
        painted++;
    return painted / (data.length / 16);
  });
}

const featureState = (page: Page, ags: string) =>
  page.evaluate(
    (a) =>
      (
        document.querySelector('[data-testid="map"]') as unknown as {
          featureState: (x: string) => Record<string, unknown>;
        }
      ).featureState(a),
    ags,
  );

describe('#/karte (maplibre, real Chromium)', () => {
  it('draws the map from our own boundaries, with attribution, at 1280×720 and 1024×768', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const started = Date.now();
      const { page, errors } = await h.open('#/karte', { width, height });
      await mapReady(page);
      const ms = Date.now() - started;
      // All of NRW in view (the shipped data has no focus): at least a fifth of the canvas is drawn.
      expect(await paintedShare(page)).toBeGreaterThan(0.2);
      expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain(
        '© GeoBasis-DE / BKG',
      );
      expect(await page.getByTestId('legend').textContent()).toContain('keine Angaben');
      // Siegen-Wittgenstein is coloured, Essen (no post figure published) is "keine Angaben".
      expect((await featureState(page, '05970024')).hasData).toBe(true);
      expect((await featureState(page, '05113000')).hasData ?? false).toBe(false);
      await h.shot(page, `karte-${width}x${height}`);
      expect(errors).toEqual([]);
      console.log(`first map render NRW at ${width}×${height}: ${ms} ms`);
      await page.context().close();
    }
  });

  it('recolours by feature-state when the measure changes, without reloading the source', async () => {
    const { page } = await h.open('#/karte');
    await mapReady(page);
    const map = page.getByTestId('map');
    const before = Number(await map.getAttribute('data-recolours'));
    const colourBefore = (await featureState(page, '05970024')).color;
    await page.getByTestId('map-measure').selectOption('ausreise');
    await page.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-recolours')) > n,
      before,
    );
    expect(page.url()).toContain('mass=ausreise');
    expect(await map.getAttribute('data-source-loads')).toBe('1');
    const after = await featureState(page, '05970024');
    expect(after.hasData).toBe(true);
    expect(after.color).not.toBe(colourBefore);
    // ausreisepflichtige by Kreis: Hochsauerlandkreis has a figure, Düsseldorf none.
    expect((await featureState(page, '05958004')).hasData).toBe(true);
    await h.shot(page, 'karte-ausreise-1280x720');
    await page.context().close();
  });

  it('clicking Kreuztal shows its posts, Kreis-wide posts apart', async () => {
    const { page, errors } = await h.open('#/karte?ebene=einsatzgebiet');
    await mapReady(page);
    // Find Kreuztal on screen via maplibre's projection and click it.
    const point = await page.evaluate(() => {
      const el = document.querySelector('[data-testid="map"]') as HTMLElement;
      const canvas = el.querySelector('canvas')!;
      const rect = canvas.getBoundingClientRect();
      return {
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
        w: rect.width,
        h: rect.height,
      };
    });
    await page.getByTestId('map-search').fill('Kreuztal');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(900);
    await page.getByTestId('map-detail').getByText('Kreuztal', { exact: true }).waitFor();
    // Clear and select by clicking the map centre (the search flew there).
    await page.getByRole('button', { name: 'Auswahl aufheben' }).click();
    await page.mouse.click(point.x, point.y);
    await page.getByTestId('map-detail-name').waitFor();
    expect(await page.getByTestId('map-detail-name').textContent()).toBe('Kreuztal');
    const detail = await page.getByTestId('map-detail').textContent();
    expect(detail).toContain('Stadt Kreuztal');
    expect(detail).toContain('1,5 VZÄ');
    expect(detail).toContain('Stellen für die ganze Körperschaft');
    expect(page.url()).toContain('auswahl=05970024');
    await h.shot(page, 'karte-kreuztal-1280x720');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Ausreisepflichtige by Kreis name their Stichtage, say that they are mixed, and the coverage; one Stichtag leaves the rest without data', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const { page, errors } = await h.open('#/karte?mass=ausreise1k&ebene=kreis', {
        width,
        height,
      });
      await mapReady(page);
      const legend = page.getByTestId('legend');
      expect(await legend.locator('figcaption').textContent()).toBe(
        'Ausreisepflichtige je 1.000 Einwohner · Kreise · Stichtage 2017–2024',
      );
      const notes = await legend.getByTestId('legend-note').allTextContents();
      expect(notes[0]).toMatch(/^Daten für \d+ von 54 KIM-Körperschaften$/);
      expect(notes[1]).toMatch(
        /^Neuester Stand je Gebiet, Stichtage gemischt \(2017 bis 31\.12\.2024, 7 Jahre auseinander\)/,
      );
      expect(notes[2]).toMatch(/^Einwohner je Gebiet zum Stichtag, der der Zahl am nächsten liegt/);
      // The table names each area's Stichtag, Bezug and Beleg.
      const row = page.getByTestId('map-units').locator('tr', { hasText: 'Hochsauerlandkreis' });
      expect(await row.textContent()).toContain('August 2024');
      expect(await row.textContent()).toContain('ohne Stadt Arnsberg');
      expect(await row.getByTestId('evidence').textContent()).toBe('presse');
      await h.shot(page, `karte-ausreise-stichtage-${width}x${height}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
    const { page } = await h.open('#/karte?mass=ausreise&ebene=kreis&stichtag=2017');
    await mapReady(page);
    expect(await page.getByTestId('legend').locator('figcaption').textContent()).toBe(
      'Ausreisepflichtige · Kreise · Stichtage im Jahr 2017',
    );
    expect(await page.getByTestId('legend-nodata').textContent()).toContain(
      'keine Angaben für diesen Stichtag',
    );
    expect((await featureState(page, '05970024')).hasData).toBe(false);
    expect((await featureState(page, '05558008')).hasData).toBe(true);
    await page.context().close();
  });

  it('the search finds "Bad Laasphe" and selects it by keyboard', async () => {
    const { page } = await h.open('#/karte');
    await mapReady(page);
    await page.getByTestId('map-search').focus();
    await page.keyboard.type('Bad Laasphe');
    expect(await page.getByTestId('map-search-results').textContent()).toContain('Bad Laasphe');
    await page.keyboard.press('Enter');
    await page.getByTestId('map-detail-name').waitFor();
    expect(await page.getByTestId('map-detail-name').textContent()).toBe('Bad Laasphe');
    expect((await featureState(page, '05970028')).selected).toBe(true);
    await page.context().close();
  });

  it('renders hostile text from the data as text', async () => {
    const { page, errors } = await h.open(
      '#/karte?ebene=einsatzgebiet&auswahl=05970024&quelle=fixtures/xss/',
    );
    await mapReady(page);
    const detail = page.getByTestId('map-detail');
    expect(await detail.textContent()).toContain(
      '<img src=x onerror="document.body.dataset.pwned=1">',
    );
    expect(await detail.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads all of Germany when the data reaches beyond NRW', async () => {
    const started = Date.now();
    const { page, errors } = await h.open('#/karte?quelle=fixtures/bayern/');
    await mapReady(page);
    console.log(`first map render Germany: ${Date.now() - started} ms`);
    expect((await featureState(page, '09162000')).hasData).toBe(true);
    expect(await paintedShare(page)).toBeGreaterThan(0.2);
    // ~11,000 Gemeinden stay interactive: find, fly and select München.
    await page.getByTestId('map-search').fill('München');
    await page.keyboard.press('Enter');
    await page.getByTestId('map-detail-name').waitFor();
    expect(await page.getByTestId('map-detail-name').textContent()).toBe('München');
    expect(await page.getByTestId('map-detail').textContent()).toContain('3 VZÄ');
    await h.shot(page, 'karte-deutschland-1280x720');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is usable by keyboard alone: Tab to the map, pan with arrows, Enter selects', async () => {
    // The frozen dataset focuses Siegen-Wittgenstein, so the centre is known.
    const { page } = await h.open('#/karte?quelle=fixtures/kim-2026-11/');
    await mapReady(page);
    await page.locator('[data-testid="map"] canvas').focus();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
    await page.getByTestId('map-detail-name').waitFor();
    expect(await page.getByTestId('map-detail').textContent()).toContain(
      'Kreis Siegen-Wittgenstein',
    );
    expect(page.url()).toMatch(/auswahl=05970\d{3}/);
    await h.shot(page, 'karte-tastatur-1280x720');
    await page.context().close();
  });

  it('draws our layers on a base style from the manifest (kartenstil)', async () => {
    const { page, errors } = await h.open('#/karte?quelle=fixtures/stil/');
    await mapReady(page);
    expect((await featureState(page, '05970024')).hasData).toBe(true);
    await installPixels(page);
    const corner = await page.evaluate(() => {
      const { width, height, data } = (window as unknown as PixelWindow).kimPixels();
      const at = ((height - 40) * width + (width - 5)) * 4;
      return [...data.slice(at, at + 4)];
    });
    expect(corner.slice(0, 3)).toEqual([0xfd, 0xf6, 0xe3]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads no maplibre code on the Übersicht', async () => {
    const { page } = await h.open('#/');
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.getByTestId('total-fte').waitFor();
    await page.waitForTimeout(300);
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect([...scripts, ...requested].filter((u) => /MapView|maplibre/.test(u))).toEqual([]);
    await page.context().close();
  });
});
