import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

// The fixed Stand of 22.11.2026: its figures never change.
const STAND = 'stand=2026-11-22';

async function embed(query: string, width: number, touch = false) {
  const { page, errors } = await h.open('', { width, height: 800 }, { touch });
  await page.goto(`${h.url}embed.html?${query}`);
  await page.locator('[data-testid="embed"][data-ready="true"]').waitFor();
  return { page, errors };
}

const tipOf = (page: Page) => page.getByTestId('chart-tip');

/** The tip's lines as shown (one span per line). */
async function shownLines(page: Page): Promise<string[]> {
  const tip = tipOf(page);
  await tip.waitFor();
  return tip.locator('span').allTextContents();
}

/** The tip sits inside the viewport, as text only, and says the same as the mark's `data-tip`. */
async function expectTipOf(page: Page, mark: Locator) {
  const lines = await shownLines(page);
  expect(lines).toEqual((await mark.getAttribute('data-tip'))!.split('\n'));
  const box = (await tipOf(page).boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(await tipOf(page).evaluate((e) => e.querySelectorAll('a, img, script').length)).toBe(0);
  return lines;
}

/**
 * One mark by hover (the tip goes when the pointer leaves), by keyboard focus
 * (Escape closes it) and by tap on a phone (a tap elsewhere closes it).
 */
async function hoverFocusTap(
  query: string,
  mark: (page: Page) => Locator,
  check: (lines: string[]) => void,
  elsewhere = '[data-testid="embed-title"]',
) {
  const { page, errors } = await embed(query, 1000);
  const target = mark(page);
  await target.hover();
  check(await expectTipOf(page, target));
  await page.mouse.move(1, 1);
  await expect.poll(() => tipOf(page).count()).toBe(0);
  await target.focus();
  check(await expectTipOf(page, target));
  await page.keyboard.press('Escape');
  await expect.poll(() => tipOf(page).count()).toBe(0);
  expect(errors).toEqual([]);
  await page.context().close();

  const phone = await embed(query, 375, true);
  const onPhone = mark(phone.page);
  await onPhone.tap();
  check(await expectTipOf(phone.page, onPhone));
  // It stays after the tap (a phone has no hover to keep it) until a tap elsewhere.
  await phone.page.waitForTimeout(300);
  expect(await tipOf(phone.page).count()).toBe(1);
  await phone.page.locator(elsewhere).tap();
  await expect.poll(() => tipOf(phone.page).count()).toBe(0);
  expect(phone.errors).toEqual([]);
  await phone.page.context().close();
}

describe('tooltips by hover, focus and tap (real Chromium)', () => {
  it('a Baustein bar: VZÄ, Stellen, Stand, Beleg and publishers', async () => {
    await hoverFocusTap(
      `grafik=bausteine&${STAND}`,
      (p) => p.locator('[data-testid="embed-bars-svg"] [data-tip]').nth(1),
      (lines) =>
        expect(lines).toEqual([
          'Baustein 2: Case Management',
          '72,9 VZÄ',
          'Stellen(anteile): 37',
          'Stand der Angaben 2021–2024',
          'Beleg: amtlich 19 · nicht angegeben 18',
          'Quelle: StädteRegion Aachen (Gremieninfo), Stadt Aachen (Ratsinfo) und 7 weitere',
        ]),
    );
  });

  it('a stacked bar (Träger): total, every segment, Stand, Beleg, source', async () => {
    await hoverFocusTap(
      `grafik=traeger&${STAND}`,
      (p) => p.locator('[data-testid="embed-traeger-svg"] [data-tip]').first(),
      (lines) =>
        expect(lines).toEqual([
          'Kreis Siegen-Wittgenstein',
          '20 VZÄ',
          'Kommune: 11,5 VZÄ',
          'Träger nicht veröffentlicht: 8,5 VZÄ',
          'Stand der Angaben 2021–2023',
          'Beleg: nicht angegeben',
          'Quelle: Westfalenpost, Grüne Ratsfraktion Siegen und 1 weitere',
        ]),
    );
  });

  it('a Verteilung bar and both sides of a Vergleich', async () => {
    await hoverFocusTap(
      `grafik=verteilung&koerperschaft=05970&${STAND}`,
      (p) => p.locator('[data-tip^="Burbach"]'),
      (lines) =>
        expect(lines).toEqual([
          'Burbach',
          '1 VZÄ',
          'Träger nicht veröffentlicht: 1 VZÄ',
          'Stand der Angaben 2023',
          'Beleg: nicht angegeben',
          'Quelle: Westfalenpost',
        ]),
    );
    await hoverFocusTap(
      `grafik=vergleich&koerperschaft=05970&b=Antrag+B90%2FGr%C3%BCne+16.11.2022&${STAND}`,
      (p) => p.locator('[data-testid="embed-vergleich-svg"] [data-tip]').last(),
      (lines) => {
        // B's bar: the same 4 VZÄ, 3 of them moved to free carriers.
        expect(lines).toEqual([
          'Stadt Siegen',
          '4 VZÄ',
          'Kommune: 1 VZÄ',
          'freie Träger: 3 VZÄ',
          'Stand der Angaben 16.11.2022',
          'Beleg: nicht angegeben',
          'Quelle: Grüne Ratsfraktion Siegen',
        ]);
      },
    );
  });

  it('a timeline mark: title, kind, date, body and source', async () => {
    await hoverFocusTap(
      `grafik=zeitleiste&${STAND}`,
      (p) => p.locator('[data-testid="timeline-svg"] [data-tip^="TIntG"]'),
      (lines) =>
        expect(lines).toEqual([
          'TIntG tritt in Kraft',
          'Sonstiges',
          'Datum: 01.01.2022',
          'Nordrhein-Westfalen',
          'Quelle: Kreis Coesfeld (Sitzungsdienst)',
        ]),
    );
  });

  it('an SVG map area: Gemeinde, unit, value, Stand, Beleg, source; arrows rove over the areas', async () => {
    const burbach = (p: Page) => p.locator('[data-testid="choropleth-svg"] [data-ags="05970008"]');
    await hoverFocusTap(
      `grafik=karte&${STAND}`,
      burbach,
      (lines) =>
        expect(lines).toEqual([
          'Burbach',
          'Kreis Siegen-Wittgenstein',
          'VZÄ: 20 VZÄ',
          'Stand der Angaben 2021–2023',
          'Beleg: nicht angegeben',
          'Quelle: Westfalenpost, Grüne Ratsfraktion Siegen und 1 weitere',
        ]),
      '[data-testid="embed-title"]',
    );
    // One tab stop for all areas; arrows move the focus and the tip along.
    const { page } = await embed(`grafik=karte&${STAND}`, 1000);
    const areas = page.locator('[data-testid="choropleth-svg"] [data-tip]');
    expect(
      await areas.evaluateAll((a) => a.filter((e) => e.getAttribute('tabindex') === '0').length),
    ).toBe(1);
    await areas.first().focus();
    expect((await shownLines(page))[0]).toBe('Düsseldorf');
    // An area without a figure says so, never just its name.
    expect(await shownLines(page)).toEqual(['Düsseldorf', 'VZÄ: keine Angaben']);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await shownLines(page))[0]).toBe('Duisburg');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-ags'))).toBe(
      '05112000',
    );
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('tabindex')))
      .toBe('0');
    expect(await areas.last().evaluate((e) => e === document.activeElement)).toBe(true);
    await page.context().close();
  });
});

async function mapReady(page: Page) {
  await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="map"]')?.getAttribute('data-recolours')) >= 1,
  );
  await page.waitForTimeout(400);
}

/** Page coordinates of a longitude/latitude on the maplibre map. */
async function pointAt(page: Page, lng: number, lat: number): Promise<[number, number]> {
  const [x, y] = await page.evaluate(
    ([a, b]) =>
      (
        document.querySelector('[data-testid="map"]') as unknown as {
          project: (lng: number, lat: number) => [number, number];
        }
      ).project(a!, b!),
    [lng, lat],
  );
  const box = (await page.getByTestId('map').boundingBox())!;
  return [box.x + x, box.y + y];
}

// Stadt Siegen's centre (Kreis Siegen-Wittgenstein, 20 VZÄ in the shipped data).
const SIEGEN: [number, number] = [8.024, 50.875];

/** The shipped data may grow: exact names, the rest by its form. */
function expectSiegen(lines: string[]) {
  expect(lines.slice(0, 2)).toEqual(['Siegen', 'Kreis Siegen-Wittgenstein']);
  expect(lines[2]).toMatch(/^VZÄ: \d+(,\d+)? VZÄ$/);
  expect(lines[3]).toMatch(/^Stand der Angaben (\d{4}|\d\d\.\d\d\.\d{4})/);
  expect(lines[4]).toMatch(/^Beleg: (amtlich|presse|zitiert|nicht angegeben)/);
  expect(lines.at(-1)).toMatch(/^Quelle: \S/);
}

describe('tooltips on the maplibre map (real Chromium)', () => {
  it('hover shows the Gemeinde’s unit, value, Stand, Beleg and source; a click pins it', async () => {
    const { page, errors } = await h.open('#/karte', { width: 1280, height: 720 });
    await mapReady(page);
    const [x, y] = await pointAt(page, ...SIEGEN);
    await page.mouse.move(x, y);
    expectSiegen(await shownLines(page));
    // Essen (no post figure published): „keine Angaben“, not a blank.
    const [ex, ey] = await pointAt(page, 7.01, 51.45);
    await page.mouse.move(ex, ey);
    await expect.poll(async () => (await shownLines(page))[0]).toBe('Essen');
    expect((await shownLines(page)).slice(-1)).toEqual(['VZÄ: keine Angaben']);
    await h.shot(page, 'tip-karte-1280x720');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('by keyboard: focus on the map shows the Gemeinde under the centre, Escape closes', async () => {
    const { page } = await h.open('#/karte?quelle=fixtures/kim-2026-11/', {
      width: 1024,
      height: 768,
    });
    await mapReady(page);
    await page.locator('[data-testid="map"] canvas').focus();
    const lines = await shownLines(page);
    expect(lines[1]).toBe('Kreis Siegen-Wittgenstein');
    expect(lines[2]).toMatch(/^VZÄ: [\d,]+ VZÄ$/);
    expect(lines.some((l) => l.startsWith('Stand der Angaben '))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Quelle: \S/);
    await h.shot(page, 'tip-karte-tastatur-1024x768');
    await page.keyboard.press('Escape');
    await expect.poll(() => tipOf(page).count()).toBe(0);
    await page.context().close();
  });

  it('by tap on a phone: the tip stays, a second tap on the same Gemeinde closes it', async () => {
    const { page, errors } = await h.open('#/karte', { width: 375, height: 740 }, { touch: true });
    await mapReady(page);
    // The page keeps the phone's width (the search field narrows, the table scrolls in its box).
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client);
    // On a phone the map sits below the controls.
    await page.getByTestId('map').scrollIntoViewIfNeeded();
    const [x, y] = await pointAt(page, ...SIEGEN);
    await page.touchscreen.tap(x, y);
    expectSiegen(await shownLines(page));
    const box = (await tipOf(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await h.shot(page, 'tip-karte-375');
    // Two taps within half a second are a double tap (maplibre zooms in): a reader taps again later.
    await page.waitForTimeout(600);
    await page.touchscreen.tap(x, y);
    await expect.poll(() => tipOf(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('no two visible labels intersect, at 1280×720 and 1024×768', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const { page } = await h.open('#/karte', { width, height });
      await mapReady(page);
      const boxes = await page
        .locator('.unit-label:not(.crowded)')
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-label'), e.getBoundingClientRect().toJSON()]),
        );
      expect(boxes.length).toBeGreaterThan(0);
      const hit: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]![1] as DOMRect, boxes[j]![1] as DOMRect];
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
            hit.push(`${boxes[i]![0]} × ${boxes[j]![0]}`);
        }
      expect(hit).toEqual([]);
      // Hidden labels are counted, and every hidden one is still in the table.
      const hidden = Number(await page.getByTestId('map').getAttribute('data-hidden-labels'));
      expect(hidden).toBe(await page.locator('.unit-label.crowded').count());
      await page.context().close();
    }
  });
});
