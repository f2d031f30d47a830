import { readFileSync } from 'node:fs';
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

/** The frozen dataset of 22.11.2026: its focus is Kreis Siegen-Wittgenstein (05970). */
const FIXTURE = 'quelle=fixtures/kim-2026-11/';
const MARKED = [0xb3, 0x47, 0x00];

async function save(page: Page, click: () => Promise<void>) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

/** Pixels of the locator's marked colour in a PNG, counted in the page. */
function markedPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async ([bytes, rgb]) => {
      const img = await createImageBitmap(new Blob([new Uint8Array(bytes as number[])]));
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) n++;
      return n;
    },
    [[...png], MARKED] as const,
  );
}

type Box = { x: number; y: number; width: number; height: number };
const meets = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('locator of a zoomed map (real Chromium)', () => {
  it('embed zoomed to one Kreis: a small NRW with the Kreis marked, clear of map and text, in SVG and PNG', async () => {
    for (const width of [375, 1200]) {
      const { page, errors } = await h.open('', { width, height: 900 });
      await page.goto(
        `${h.url}embed.html?grafik=karte&ausschnitt=05970&stand=2026-11-22&${FIXTURE}`,
      );
      const svg = page.getByTestId('choropleth-svg');
      const locator = svg.getByTestId('locator');
      await locator.waitFor();
      expect(await locator.getAttribute('data-kreise')).toBe('Kreis Siegen-Wittgenstein');
      const box = (await locator.boundingBox())!;
      const frame = (await svg.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
      expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
      const marked = (await locator.locator('[data-marked]').boundingBox())!;
      expect(marked.width).toBeGreaterThan(8);
      // Siegen-Wittgenstein lies in the south-east of NRW.
      expect(marked.x - box.x).toBeGreaterThan(box.width / 2);
      expect(marked.y - box.y).toBeGreaterThan(box.height / 2);
      // Neither on the map nor on the legend's text.
      const clash = await svg.evaluate((s, l) => {
        const hits: string[] = [];
        const over = (r: DOMRect) =>
          r.left < l.x + l.width && l.x < r.right && r.top < l.y + l.height && l.y < r.bottom;
        for (const e of s.querySelectorAll('path.area, text'))
          if (!e.closest('[data-testid="locator"]') && over(e.getBoundingClientRect()))
            hits.push(e.textContent || (e.getAttribute('data-ags') ?? '?'));
        return hits;
      }, box);
      expect(clash).toEqual([]);
      // The view says what it shows: the Kreis, its one body, its own sources.
      expect(await page.getByTestId('embed').textContent()).toContain(
        'Ausschnitt Kreis Siegen-Wittgenstein',
      );
      expect(await page.getByTestId('embed-description').textContent()).toContain(
        'Lage in NRW: Kreis Siegen-Wittgenstein.',
      );
      expect(await page.getByTestId('embed-coverage').textContent()).toBe(
        'Daten für 1 von 54 KIM-Körperschaften',
      );
      expect(
        await page.getByTestId('embed-table').locator('tbody tr').allTextContents(),
      ).toHaveLength(1);
      if (width === 1200) {
        const file = await save(page, () => page.getByTestId('embed-svg').click());
        expect(file.bytes.toString('utf8')).toContain('data-testid="locator"');
        const png = await save(page, () => page.getByTestId('embed-png').click());
        // The marked Kreis at 2×: about 25 × 15 px of its colour, nothing else has it.
        expect(await markedPixels(page, png.bytes)).toBeGreaterThan(150);
      }
      await h.shot(page, `locator-embed-${width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('the whole map has none; a clip that is no Kreis is named and the whole map shown', async () => {
    const { page } = await h.open('', { width: 700, height: 900 });
    await page.goto(`${h.url}embed.html?grafik=karte&ausschnitt=Siegen&vorschau=1&${FIXTURE}`);
    await page.getByTestId('choropleth-svg').waitFor();
    expect(await page.getByTestId('locator').count()).toBe(0);
    expect(await page.getByTestId('embed').textContent()).toContain('ausschnitt=Siegen');
    // Well-formed but unknown: the whole map, and the subtitle says so.
    await page.goto(`${h.url}embed.html?grafik=karte&ausschnitt=05999&${FIXTURE}`);
    await page.getByTestId('choropleth-svg').waitFor();
    expect(await page.getByTestId('locator').count()).toBe(0);
    expect(await page.getByTestId('embed').textContent()).toContain(
      'Ausschnitt 05999 nicht in den Gebietsdaten, ganz NRW gezeigt',
    );
    await page.context().close();
  });

  it('dashboard map: zoomed to the focus Kreis it shows the locator, its downloads show that Kreis; zoomed out neither', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const { page, errors } = await h.open(`#/karte?${FIXTURE}`, { width, height });
      await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
      const locator = page.getByTestId('map-locator');
      await locator.waitFor();
      expect(await locator.getAttribute('data-kreis')).toBe('05970');
      expect(await locator.getByTestId('locator').getAttribute('data-kreise')).toBe(
        'Kreis Siegen-Wittgenstein',
      );
      // The view's frame sits around the marked Kreis.
      const view = (await locator.locator('[data-view]').boundingBox())!;
      const marked = (await locator.locator('[data-marked]').boundingBox())!;
      expect(view.x).toBeLessThanOrEqual(marked.x + 1);
      expect(view.x + view.width).toBeGreaterThanOrEqual(marked.x + marked.width - 1);
      // No visible label under it.
      await page.waitForTimeout(300);
      const box = (await locator.boundingBox())!;
      const labels = await page
        .locator('.unit-label:not(.crowded)')
        .evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().toJSON() as Box));
      expect(labels.length).toBeGreaterThan(0);
      expect(labels.filter((l) => meets(l, box))).toEqual([]);
      if (width === 1280) {
        const tools = page.getByTestId('chart-actions-karte');
        const file = await save(page, () => tools.getByTestId('chart-svg').click());
        const text = file.bytes.toString('utf8');
        expect(text).toContain('data-testid="locator"');
        expect(text).toContain('Ausschnitt Kreis Siegen-Wittgenstein');
        await h.shot(page, 'locator-karte-1280x720');
        // Zoomed out to the Land: no locator, and the download is the whole map again.
        for (let i = 0; i < 3; i++) {
          await page.locator('.maplibregl-ctrl-zoom-out').click();
          await page.waitForTimeout(400);
        }
        await expect.poll(() => locator.count(), { timeout: 10_000 }).toBe(0);
        const whole = await save(page, () => tools.getByTestId('chart-svg').click());
        expect(whole.bytes.toString('utf8')).not.toContain('data-testid="locator"');
      } else await h.shot(page, 'locator-karte-1024x768');
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('on a phone the live map’s locator is smaller and the page keeps its width', async () => {
    const { page, errors } = await h.open(`#/karte?${FIXTURE}`, { width: 375, height: 740 });
    const locator = page.getByTestId('map-locator');
    await locator.waitFor({ timeout: 30_000 });
    expect(await locator.getAttribute('width')).toBe('84');
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
