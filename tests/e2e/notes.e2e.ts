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

  it('a map area: the number on the area, no label over it, in the list and the SVG', async () => {
    for (const width of [375, 1200]) {
      const { page, errors } = await embed(
        `grafik=karte&ausschnitt=fokus&stand=2026-11-22&notiz=${encodeURIComponent('Kreis Siegen~KIM seit 2021')}&notiz=${encodeURIComponent('Essen~Nicht gezeigt')}`,
        width,
      );
      const svg = page.getByTestId('choropleth-svg');
      await svg.locator('[data-note]').first().waitFor();
      expect(await svg.locator('[data-note]').count()).toBe(1);
      const num = (await svg.locator('[data-note="1"] circle').boundingBox())!;
      const [cx, cy] = [num.x + num.width / 2, num.y + num.height / 2];
      // Under the number lies an area of Siegen-Wittgenstein.
      const under = await page.evaluate(
        ([x, y]) =>
          document
            .elementsFromPoint(x!, y!)
            .map((e) => e.getAttribute('data-ags'))
            .filter(Boolean),
        [cx, cy],
      );
      expect(under[0]).toMatch(/^05970/);
      // No label box touches the number.
      const labels = await svg.locator('text').evaluateAll((ts) =>
        ts
          .filter((t) => !t.closest('[data-note]'))
          .map((t) => {
            const b = t.getBoundingClientRect();
            return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom, text: t.textContent };
          }),
      );
      const hit = labels.filter(
        (b) =>
          b.x0 < num.x + num.width && num.x < b.x1 && b.y0 < num.y + num.height && num.y < b.y1,
      );
      expect(hit).toEqual([]);
      expect(await page.getByTestId('embed-notes').locator('li').allTextContents()).toEqual([
        '1 KIM seit 2021 (Kreis Siegen)',
        '2 Nicht gezeigt (Essen, nicht im Diagramm)',
      ]);
      expect(await page.getByTestId('embed-description').textContent()).toContain(
        'Notizen: 1 KIM seit 2021 (Kreis Siegen)',
      );
      if (width === 1200) {
        const [d] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('embed-svg').click(),
        ]);
        const file = readFileSync((await d.path())!, 'utf8');
        expect(file).toContain('data-note="1"');
        expect(file).toContain('1 KIM seit 2021 (Kreis Siegen)');
      }
      await h.shot(page, `notiz-karte-${width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('a comparison: a bare name marks both A and B, „B:“ only B', async () => {
    const query =
      'grafik=vergleich&koerperschaft=05970&b=Antrag+B90%2FGr%C3%BCne+16.11.2022&stand=2026-11-22';
    const { page, errors } = await embed(
      `${query}&notiz=${encodeURIComponent('Stadt Siegen~Beide')}&notiz=${encodeURIComponent('b: stadt~Nur B')}`,
      700,
    );
    const svg = page.getByTestId('embed-vergleich-svg');
    const rowY = async (sel: string) => {
      const b = (await svg.locator(sel).first().boundingBox())!;
      return Math.round(b.y + b.height / 2);
    };
    const [a, b] = [
      await rowY('g[data-row^="a:"] rect:not([data-hit])'),
      await rowY('g[data-row^="b:"] rect:not([data-hit])'),
    ];
    const marks = await svg.locator('[data-note]').evaluateAll((gs) =>
      gs.map((g) => {
        const r = g.querySelector('circle')!.getBoundingClientRect();
        return [Number(g.getAttribute('data-note')), Math.round(r.top + r.height / 2)];
      }),
    );
    expect(marks.sort()).toEqual(
      [
        [1, a],
        [1, b],
        [2, b],
      ].sort(),
    );
    // Two notes on B's bar stand side by side, not one over the other.
    const onB = await svg.locator('[data-note] circle').evaluateAll(
      (cs, y) =>
        cs
          .map((c) => c.getBoundingClientRect())
          .filter((r) => Math.round(r.top + r.height / 2) === y)
          .map((r) => r.left),
      b,
    );
    expect(onB).toHaveLength(2);
    expect(Math.abs(onB[0]! - onB[1]!)).toBeGreaterThanOrEqual(20);
    expect(await page.getByTestId('embed-notes').locator('li').allTextContents()).toEqual([
      '1 Beide (Stadt Siegen)',
      '2 Nur B (b: stadt)',
    ]);
    await h.shot(page, 'notiz-vergleich-700');
    expect(errors).toEqual([]);
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
    // The preview's own downloads carry the notes set here.
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      preview.getByTestId('embed-svg').click(),
    ]);
    const file = readFileSync((await d.path())!, 'utf8');
    expect(file).toContain('1 Antrag B90/Grüne vertagt (16.11.2022)');
    expect(file).toContain('data-note="1"');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
