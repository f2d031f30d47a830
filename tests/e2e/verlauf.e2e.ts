import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

// The fixed Stand of 22.11.2026: its figures never change.
const QUERY = 'grafik=verlauf&koerperschaft=05970&stand=2026-11-22';

async function openVerlauf(width: number) {
  const { page, errors } = await h.open('', { width, height: 800 });
  await page.goto(`${h.url}embed.html?${QUERY}`);
  await page.locator('[data-testid="embed"][data-ready="true"]').waitFor();
  await page.getByTestId('embed-line-svg').waitFor();
  return { page, errors };
}

describe('Verlauf embed (real Chromium)', () => {
  it('draws one labelled point per Stichtag at 320 and 1200 px, names first and last in the alt text', async () => {
    for (const width of [320, 1200]) {
      const { page, errors } = await openVerlauf(width);
      const points = await page
        .locator('[data-series="anzahl"] circle')
        .evaluateAll((els) =>
          els.map((e) => [e.getAttribute('data-iso'), e.getAttribute('data-value')]),
        );
      expect(points).toEqual([
        ['2015', '172'],
        ['2021', '467'],
        ['2024-07-31', '663'],
      ]);
      // The line's end label, and dotted bridges over the years without figures (no solid line).
      expect(await page.locator('[data-end-label="anzahl"]').textContent()).toBe(
        'Ausreisepflichtige663',
      );
      expect(await page.locator('[data-series="anzahl"] [data-bridge]').count()).toBe(2);
      expect(
        await page
          .locator('[data-gap]')
          .evaluateAll((g) => g.map((e) => e.getAttribute('data-gap'))),
      ).toEqual(['2016-2020', '2022-2023']);
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(scroll).toBeLessThanOrEqual(client);
      // No two end labels or tick labels stick out of the chart.
      const svgBox = (await page.getByTestId('embed-line-svg').boundingBox())!;
      const label = (await page.locator('[data-end-label="anzahl"]').boundingBox())!;
      expect(label.x + label.width).toBeLessThanOrEqual(svgBox.x + svgBox.width + 0.5);
      expect(await page.getByTestId('embed-description').textContent()).toMatch(
        /^Liniendiagramm\. Ausreisepflichtige: von 2015 bis 31\.07\.2024 von 172 auf 663 gestiegen \(3 Stichtage\)\./,
      );
      await h.shot(page, `embed-verlauf-${width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('downloads a CSV of exactly the points, with Bezug, Beleg, source and row', async () => {
    const { page } = await openVerlauf(800);
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('embed-csv').click(),
    ]);
    expect(d.suggestedFilename()).toBe('kim-verlauf-ausreisepflichtige-05970.csv');
    const lines = readFileSync((await d.path())!, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFReihe;Stichtag;Wert;Bezug;Beleg;Quelle;Zeile');
    expect(lines.slice(1, -1).map((l) => l.split(';').slice(0, 3))).toEqual([
      ['Ausreisepflichtige', '2015', '172'],
      ['Ausreisepflichtige', '2021', '467'],
      ['Ausreisepflichtige', '31.07.2024', '663'],
    ]);
    const src = readFileSync(
      join(ROOT, 'data/stand/2026-11-22/ausreisepflichtige.csv'),
      'utf8',
    ).split('\n');
    // The row numbers point at the very lines of the published file.
    const cited = lines
      .slice(1, -1)
      .map((l) => [l.split(';')[2], /ausreisepflichtige\.csv:(\d+)$/.exec(l)?.[1]]);
    expect(cited).toHaveLength(3);
    for (const [value, row] of cited) expect(src[Number(row) - 1]).toContain(`;05970;${value};`);
    expect(lines.at(-1)).toBe('');
    await page.context().close();
  });

  it('shows a point’s value, Stichtag and source by hover, by keyboard focus and by tap', async () => {
    const { page } = await openVerlauf(1000);
    const tip = page.getByTestId('chart-tip');
    const last = page.locator('[data-series="anzahl"] circle').last();
    await last.hover();
    await expect.poll(() => tip.textContent()).toContain('663');
    const text = (await tip.textContent())!;
    expect(text).toContain('Stichtag: 31.07.2024');
    expect(text).toMatch(/Beleg: (amtlich|presse|zitiert)/);
    expect(text).toContain('Quelle: ');
    await page.mouse.move(1, 1);
    await expect.poll(() => tip.count()).toBe(0);
    // Keyboard: Tab reaches the points; Escape closes the tip.
    await page.locator('[data-series="anzahl"] circle').first().focus();
    await expect.poll(() => tip.textContent()).toContain('172');
    expect(await tip.textContent()).toContain('Stichtag: 2015');
    await page.keyboard.press('Tab');
    await expect.poll(() => tip.textContent()).toContain('467');
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.count()).toBe(0);
    await page.context().close();

    const phone = await h.browser.newContext({
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
      locale: 'de-DE',
    });
    const p = await phone.newPage();
    await p.goto(`${h.url}embed.html?${QUERY}`);
    await p.getByTestId('embed-line-svg').waitFor();
    await p.locator('[data-series="anzahl"] circle').nth(1).tap();
    const phoneTip = p.getByTestId('chart-tip');
    await expect.poll(() => phoneTip.textContent()).toContain('467');
    expect(await phoneTip.textContent()).toContain('Stichtag: 2021');
    // The tip stays on the screen and is plain text.
    const box = (await phoneTip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await phoneTip.evaluate((e) => e.querySelectorAll('a, img, script').length)).toBe(0);
    // A tap elsewhere closes it.
    await p.getByTestId('embed-title').tap();
    await expect.poll(() => phoneTip.count()).toBe(0);
    await phone.close();
  });
});

describe('Verlauf on the Übersicht (real Chromium)', () => {
  it('follows the chosen body, keeps its measure in the address and restores it on reload', async () => {
    const { page, errors } = await h.open('#/?koerperschaft=05970', { width: 1024, height: 768 });
    await page.getByTestId('overview-line-svg').waitFor();
    expect(await page.getByTestId('verlauf-title').textContent()).toBe(
      'Ausreisepflichtige im Verlauf: Kreis Siegen-Wittgenstein',
    );
    await page.getByTestId('verlauf-measure').selectOption('vzae');
    await expect.poll(() => page.url()).toContain('verlauf=vzae');
    await page.reload();
    await page.getByTestId('verlauf-title').waitFor();
    expect(await page.getByTestId('verlauf-measure').inputValue()).toBe('vzae');
    expect(await page.getByTestId('verlauf-title').textContent()).toBe(
      'KIM-Stellen im Verlauf nach Baustein: Kreis Siegen-Wittgenstein',
    );
    // Siegen publishes no beginn for its posts: said, never drawn as zero.
    expect(await page.getByTestId('verlauf-empty').textContent()).toBe(
      'Für Kreis Siegen-Wittgenstein gibt es keine Stellen mit veröffentlichtem Beginn.',
    );
    // Heinsberg does: VZÄ are steps between the dates of beginn and ende.
    await page.goto(`${h.url}#/?koerperschaft=05370&verlauf=vzae`);
    await page.getByTestId('overview-line-svg').waitFor();
    expect(
      await page.locator('[data-testid="overview-line-svg"] [data-series]').count(),
    ).toBeGreaterThan(0);
    await h.shot(page, 'overview-verlauf-1024');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
