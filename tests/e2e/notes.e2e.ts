import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

const NOTE = `notiz=${encodeURIComponent('2022-11-16~Antrag B90/Grüne vertagt')}`;

async function embed(query: string, width: number) {
  const { page, errors } = await h.open('', { width, height: 900 });
  await page.goto(`${h.url}embed.html?${query}`);
  await page.locator('[data-testid="embed"][data-ready="true"]').waitFor();
  return { page, errors };
}

describe('notes on a chart (real Chromium)', () => {
  it('Zeitleiste: a numbered mark at the date, the text under the chart, in the alt text and the SVG', async () => {
    const { page, errors } = await embed(
      `grafik=zeitleiste&von=2021-01-01&bis=2023-12-31&stand=2026-11-22&${NOTE}&notiz=${encodeURIComponent('2023-01-01~KIM 2023')}&notiz=gestern~x&vorschau=1`,
      660,
    );
    const svg = page.getByTestId('timeline-svg');
    expect(await svg.locator('[data-note]').count()).toBe(2);
    // The mark stands at the very date of the vertagt session (16.11.2022).
    const session = svg.locator('[data-tip*="Datum: 16.11.2022"]').first();
    const markX = await session.evaluate((e) =>
      Number(/translate\(([\d.]+)/.exec(e.getAttribute('transform') ?? '')?.[1]),
    );
    const noteX = Number(await svg.locator('[data-note="1"] line').getAttribute('x1'));
    expect(Math.abs(noteX - markX)).toBeLessThan(1);
    // Two numbers close together do not overlap.
    const [one, two] = await svg
      .locator('[data-note] circle')
      .evaluateAll((cs) => cs.map((c) => Number(c.getAttribute('cx'))));
    expect(two! - one!).toBeGreaterThanOrEqual(20);
    expect(await page.getByTestId('embed-notes').locator('li').allTextContents()).toEqual([
      '1 Antrag B90/Grüne vertagt (16.11.2022)',
      '2 KIM 2023 (01.01.2023)',
    ]);
    expect(await page.getByTestId('embed-description').textContent()).toContain(
      'Notizen: 1 Antrag B90/Grüne vertagt (16.11.2022); 2 KIM 2023 (01.01.2023).',
    );
    // A note without a date is not drawn, and the preview says so.
    expect(await page.getByTestId('embed').textContent()).toContain('notiz=gestern~x');
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('embed-svg').click(),
    ]);
    const file = readFileSync((await d.path())!, 'utf8');
    expect(file).toContain('1 Antrag B90/Grüne vertagt (16.11.2022)');
    expect(file).toContain('data-note="1"');
    await h.shot(page, 'notiz-zeitleiste-660');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Verlauf at 375 px: the mark stays inside; a date outside the axis is listed as such', async () => {
    const { page, errors } = await embed(
      `grafik=verlauf&koerperschaft=05970&stand=2026-11-22&${NOTE}&notiz=${encodeURIComponent('01.01.2030~Später')}`,
      375,
    );
    const svg = page.getByTestId('embed-line-svg');
    expect(await svg.locator('[data-note]').count()).toBe(1);
    const box = (await svg.boundingBox())!;
    const num = (await svg.locator('[data-note="1"] circle').boundingBox())!;
    expect(num.x).toBeGreaterThanOrEqual(box.x);
    expect(num.x + num.width).toBeLessThanOrEqual(box.x + box.width);
    expect(await page.getByTestId('embed-notes').locator('li').allTextContents()).toEqual([
      '1 Antrag B90/Grüne vertagt (16.11.2022)',
      '2 Später (01.01.2030, außerhalb des gezeigten Zeitraums)',
    ]);
    await h.shot(page, 'notiz-verlauf-375');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a bar: the number after its value, by the bar’s name; an unknown name is listed as such', async () => {
    const { page, errors } = await embed(
      `grafik=bausteine&stand=2026-11-22&notiz=${encodeURIComponent('Baustein 2~Größter Baustein')}&notiz=${encodeURIComponent('Baustein 9~Gibt es nicht')}`,
      375,
    );
    const svg = page.getByTestId('embed-bars-svg');
    expect(await svg.locator('[data-note]').count()).toBe(1);
    // On the row of Baustein 2, inside the chart.
    const bar = (await svg.locator('[data-key="b2"] rect:not([data-hit])').boundingBox())!;
    const num = (await svg.locator('[data-note="1"] circle').boundingBox())!;
    const box = (await svg.boundingBox())!;
    expect(Math.abs(num.y + num.height / 2 - (bar.y + bar.height / 2))).toBeLessThan(1);
    expect(num.x + num.width).toBeLessThanOrEqual(box.x + box.width);
    expect(await page.getByTestId('embed-notes').locator('li').allTextContents()).toEqual([
      '1 Größter Baustein (Baustein 2)',
      '2 Gibt es nicht (Baustein 9, nicht im Diagramm)',
    ]);
    await h.shot(page, 'notiz-bausteine-375');
    expect(errors).toEqual([]);
    await page.context().close();

    const rows = await embed(
      `grafik=verteilung&koerperschaft=05970&stand=2026-11-22&notiz=${encodeURIComponent('burbach~Nur 1 VZÄ')}`,
      700,
    );
    const row = (await rows.page
      .locator('[data-row="05970:05970008"] rect:not([data-hit])')
      .first()
      .boundingBox())!;
    const mark = (await rows.page.locator('[data-note="1"] circle').boundingBox())!;
    expect(Math.abs(mark.y + mark.height / 2 - (row.y + row.height / 2))).toBeLessThan(1);
    expect(mark.x).toBeGreaterThan(row.x + row.width);
    await rows.page.context().close();
  });

  it('a chart without notes (the map) ignores them and says so in the preview', async () => {
    const { page } = await embed(`grafik=karte&stand=2026-11-22&${NOTE}&vorschau=1`, 600);
    expect(await page.getByTestId('embed-notes').count()).toBe(0);
    expect(await page.getByTestId('embed').textContent()).toContain('notiz');
    await page.context().close();
  });

  it('the embed dialog sets notes: they travel in the embed code; a bad date is named', async () => {
    const { page, errors } = await h.open('#/zeitleiste?von=2021-01-01&bis=2023-12-31', {
      width: 1024,
      height: 768,
    });
    await page.getByTestId('chart-actions-zeitleiste').getByTestId('chart-embed').click();
    await page.getByTestId('embed-dialog').waitFor();
    await page.getByTestId('embed-note-day-1').fill('16.11.2022');
    await page.getByTestId('embed-note-text-1').fill('Antrag B90/Grüne vertagt');
    await page.getByTestId('embed-note-day-2').fill('31.02.2023');
    await page.getByTestId('embed-note-text-2').fill('Kein Tag');
    const code = () => page.getByTestId('embed-code').inputValue();
    await expect.poll(code).toContain('notiz=2022-11-16%7EAntrag+B90%2FGr%C3%BCne+vertagt');
    expect(await code()).not.toContain('Kein+Tag');
    expect(await page.getByTestId('embed-note-problem-2').textContent()).toContain(
      '„31.02.2023“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben',
    );
    const preview = page.frameLocator('[data-testid="embed-preview"]');
    await expect
      .poll(() => preview.getByTestId('embed-notes').textContent())
      .toContain('1 Antrag B90/Grüne vertagt (16.11.2022)');
    await h.shot(page, 'notiz-dialog-1024x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
