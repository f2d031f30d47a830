import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
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

const slideNo = (page: Page) => new URL(page.url()).hash.match(/folie=(\d+)/)?.[1] ?? null;

async function addView(page: Page, hash: string, ready: string) {
  await page.goto(`${h.url}${hash}`);
  await page.getByTestId(ready).first().waitFor();
  await page.getByTestId('add-to-deck').click();
  await expect.poll(() => page.getByTestId('add-status').textContent()).toMatch(/hinzugefügt/);
}

describe('#/praesentation (real Chromium, 1024×768)', () => {
  it('builds a deck of three views, renames and reorders it, presents it with the keyboard, blanks and leaves', async () => {
    const { page, errors } = await h.open('', { width: 1024, height: 768 });
    await addView(page, '#/?heute=2024-06-01', 'chart-actions-bausteine');
    await addView(page, '#/karte?mass=vzae10k&heute=2024-06-01', 'chart-actions-karte');
    await addView(
      page,
      '#/zeitleiste?von=2021-01-01&bis=2023-12-31&heute=2024-06-01',
      'chart-actions-zeitleiste',
    );

    await page.goto(`${h.url}#/praesentation?heute=2024-06-01`);
    const titles = page.getByTestId('deck-title');
    await expect.poll(() => titles.count()).toBe(3);
    // New slides carry no headline of their own: the generated takeaway is shown and used.
    expect(await titles.nth(1).inputValue()).toBe('');
    expect(await page.getByTestId('deck-generated').nth(1).textContent()).toBe(
      'VZÄ je 10.000 Einwohner: am höchsten in Stadt Oberhausen (0,76)',
    );
    // Rename, annotate and reorder: the timeline becomes slide 2.
    await titles.nth(2).fill('Sitzungen 2021–2023');
    await titles.nth(2).press('Tab');
    await expect
      .poll(() => page.getByTestId('deck-status').textContent())
      .toContain('Folie 3 gespeichert');
    await page.getByTestId('deck-notes').first().fill('Zuerst die Gesamtzahl nennen.');
    await page.getByTestId('deck-notes').first().press('Tab');
    await page.getByTestId('deck-up').nth(2).click();
    await expect.poll(() => titles.nth(1).inputValue()).toBe('Sitzungen 2021–2023');
    // Stored with the dataset: a reload keeps it, the note and the new order both
    // (the saves queue; the reorder does not overwrite the note saved a moment before).
    await expect.poll(() => page.getByTestId('deck-status').textContent()).toContain('Reihenfolge');
    await page.reload();
    await expect.poll(() => titles.count()).toBe(3);
    expect(await titles.nth(1).inputValue()).toBe('Sitzungen 2021–2023');
    expect(await page.getByTestId('deck-notes').first().inputValue()).toBe(
      'Zuerst die Gesamtzahl nennen.',
    );
    await h.shot(page, 'praesentation-folien-1024x768');

    await page.getByTestId('present-start').click();
    await expect.poll(() => slideNo(page)).toBe('1');
    await page.getByTestId('presenter').waitFor();
    expect(await page.getByTestId('slide-counter').textContent()).toBe('Folie 1 von 3');
    expect(await page.locator('body > #app > header').isVisible()).toBe(false);
    expect(await page.getByTestId('slide-headline').textContent()).toMatch(
      /^\d+ von 54 Körperschaften: [\d,]+ VZÄ/,
    );

    await page.keyboard.press('PageDown');
    await expect.poll(() => slideNo(page)).toBe('2');
    await expect
      .poll(() => page.getByTestId('slide-headline').textContent())
      .toBe('Sitzungen 2021–2023');
    await page.getByTestId('slide-timeline').waitFor();

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slideNo(page)).toBe('3');
    await page.getByTestId('slide-map').waitFor();
    // The last slide stays the last.
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(200);
    expect(slideNo(page)).toBe('3');

    await page.keyboard.press('PageUp');
    await expect.poll(() => slideNo(page)).toBe('2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slideNo(page)).toBe('1');
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe('Folie 1 von 3');

    // Blank screen.
    await page.keyboard.press('b');
    await page.getByTestId('blank').waitFor();
    const px = await page.screenshot();
    expect(px.length).toBeLessThan(20_000); // an all-black 1024×768 PNG is tiny
    await h.shot(page, 'praesentation-schwarz-1024x768');
    await page.keyboard.press('b');
    await page.getByTestId('blank').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape'); // ends the presentation
    await expect.poll(() => new URL(page.url()).hash).toBe('#/praesentation');
    await expect.poll(() => page.locator('body > #app > header').isVisible()).toBe(true);

    // A link of the first deck version (the page with folie=n), opened in a new tab, presents that slide.
    const old = await page.context().newPage();
    await old.goto(`${h.url}#/karte?mass=vzae10k&folie=2&heute=2024-06-01`);
    await expect.poll(() => new URL(old.url()).hash).toMatch(/^#\/praesentation\/vortrag\?/);
    await expect.poll(() => old.getByTestId('slide-counter').textContent()).toBe('Folie 2 von 3');
    await old.close();
    expect(errors).toEqual([]);

    // The deck travels in the bundle as praesentation.json.
    await page.goto(`${h.url}#/daten`);
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-bundle').click(),
    ]);
    const zip = unzipSync(new Uint8Array(readFileSync((await d.path())!)));
    const deck = JSON.parse(strFromU8(zip['praesentation.json']!)) as {
      version: number;
      folien: { art: string; titel: string; ansicht: string }[];
    };
    expect(deck.version).toBe(2);
    expect(deck.folien.map((f) => [f.art, f.titel])).toEqual([
      ['kennzahlen', ''],
      ['zeitleiste', 'Sitzungen 2021–2023'],
      ['karte', ''],
    ]);
    expect(deck.folien[2]!.ansicht).toBe('#/karte?mass=vzae10k');
    expect(JSON.parse(strFromU8(zip['manifest.json']!)).dateien).toContain('praesentation.json');
    await page.context().close();
  });
});
