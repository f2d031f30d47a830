import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, start, type Harness } from './browser.ts';
import { serious } from './axe.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

const TODAY = 'heute=2024-06-01';

async function add(page: Page, hash: string, button = 'add-to-deck') {
  await page.goto(`${h.url}${hash}`);
  const status = button.replace('add-to-deck', 'add-status');
  await page.getByTestId(button).click();
  await expect.poll(() => page.getByTestId(status).textContent()).toMatch(/hinzugefügt/);
}

/** What a slide must be at any projector size: no controls, no scroll, nothing outside, labels big enough. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-testid="slide"]')!;
    const controls = slide.querySelectorAll('select, input, button, textarea').length;
    const outside: string[] = [];
    for (const el of slide.querySelectorAll<Element>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (el.closest('defs, title, desc, pattern')) continue;
      if (
        r.left < -0.5 ||
        r.top < -0.5 ||
        r.right > innerWidth + 0.5 ||
        r.bottom > innerHeight + 0.5
      )
        outside.push(`${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`);
    }
    // The chart's labels: every text the chart draws (SVG text, HTML labels), by rendered size.
    const labels = [...slide.querySelectorAll<Element>('.body text, .body [data-label]')].filter(
      (el) => (el.textContent ?? '').trim() && el.getBoundingClientRect().height > 0,
    );
    const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    const heights = labels.map((el) => ({
      text: (el.textContent ?? '').trim().slice(0, 30),
      font:
        el instanceof SVGTextElement ? Number(el.getAttribute('font-size')) || size(el) : size(el),
      box: el.getBoundingClientRect().height,
    }));
    heights.sort((a, b) => a.font - b.font);
    const all = [...slide.querySelectorAll<HTMLElement>('*')]
      .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
      .map((el) => parseFloat(getComputedStyle(el).fontSize));
    return {
      controls,
      scroll: document.documentElement.scrollHeight,
      scrollW: document.documentElement.scrollWidth,
      outside,
      smallest: heights[0] ?? null,
      labels: heights.length,
      smallestText: Math.min(...all),
      headline: slide.querySelector('[data-testid="slide-headline"]')!.textContent,
      footer: slide
        .querySelector('[data-testid="slide-footer"]')!
        .textContent!.replace(/\s+/g, ' '),
    };
  });
}

describe('Folien statt Webseiten (real Chromium)', () => {
  it('builds a deck of six kinds through the UI, shows each as a slide at 1024×768 and 1920×1080, and prints the Sitzungsunterlage', async () => {
    const { page, errors } = await h.open('', { width: 1280, height: 800 });
    await add(page, `#/?koerperschaft=05970&${TODAY}`);
    await add(page, `#/karte?mass=vzae10k&${TODAY}`);
    await add(page, `#/zeitleiste?von=2021-01-01&bis=2023-12-31&${TODAY}`);
    await add(
      page,
      `#/verteilung?koerperschaft=05970&b=Antrag+B90%2FGr%C3%BCne+16.11.2022&${TODAY}`,
      'add-to-deck-vorschlag',
    );
    await add(
      page,
      `#/verteilung?koerperschaft=05970&personen=467&${TODAY}`,
      'add-to-deck-rechnung',
    );
    await page.goto(`${h.url}#/praesentation?${TODAY}`);
    await page.getByTestId('deck-add-text').click();
    const entries = page.getByTestId('deck-slide');
    await expect.poll(() => entries.count()).toBe(6);
    expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(
      ['kennzahlen', 'karte', 'zeitleiste', 'vorschlag', 'rechnung', 'text'],
    );
    // Generated takeaways, shown in the deck before the presenter changes anything.
    const generated = await page.getByTestId('deck-generated').allTextContents();
    expect(generated[0]).toMatch(/^Kreis Siegen-Wittgenstein: [\d,]+ VZÄ/);
    expect(generated[3]).toMatch(/VZÄ wechseln von der Kommune zu freien Trägern/);
    expect(generated[4]).toMatch(/^Behauptung: 467 Personen × 1\.000 € × 12 Monate/);
    // The text slide: title and bullets.
    const last = entries.nth(5);
    await last.getByTestId('deck-title').fill('Fazit für den Ausschuss');
    await last.getByTestId('deck-title').press('Tab');
    await expect
      .poll(() => page.getByTestId('deck-status').textContent())
      .toContain('Folie 6 gespeichert');
    await last
      .getByTestId('deck-bullets')
      .fill('Stellen sind belegt\nTräger sind offen\nFrist 2025 beachten');
    await last.getByTestId('deck-bullets').press('Tab');
    await expect.poll(() => last.getByTestId('deck-bullets').inputValue()).toContain('Frist');
    // Highlight and annotate one bar of the comparison; notes for the presenter.
    const compare = entries.nth(3);
    const option = await compare
      .getByTestId('deck-highlight')
      .locator('option')
      .nth(1)
      .getAttribute('value');
    await compare.getByTestId('deck-highlight').selectOption(option!);
    await expect.poll(() => compare.getByTestId('deck-annotation').isEnabled()).toBe(true);
    await compare.getByTestId('deck-annotation').fill('Antrag B90/Grüne vertagt');
    await compare.getByTestId('deck-annotation').press('Tab');
    await expect
      .poll(() => page.getByTestId('deck-status').textContent())
      .toContain('Folie 4 gespeichert');
    await entries.nth(0).getByTestId('deck-notes').fill('Zuerst die Gesamtzahl nennen.');
    await entries.nth(0).getByTestId('deck-notes').press('Tab');
    await expect
      .poll(() => page.getByTestId('deck-status').textContent())
      .toContain('Folie 1 gespeichert');
    // Each save is confirmed before the next (the status names the slide saved).
    await entries.nth(1).getByTestId('deck-notes').fill('Oberhausen zuerst zeigen.');
    await entries.nth(1).getByTestId('deck-notes').press('Tab');
    await expect
      .poll(() => page.getByTestId('deck-status').textContent())
      .toContain('Folie 2 gespeichert');
    await entries.nth(0).getByTestId('deck-highlight').selectOption('frei');
    await expect
      .poll(() => page.getByTestId('deck-status').textContent())
      .toContain('Folie 1 gespeichert');
    await page.reload();
    await expect.poll(() => entries.count()).toBe(6);
    expect(await entries.nth(3).getByTestId('deck-annotation').inputValue()).toBe(
      'Antrag B90/Grüne vertagt',
    );
    await h.shot(page, 'folien-stapel-1280x800');

    const results: Record<string, unknown>[] = [];
    for (const [width, height] of [
      [1024, 768],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (let i = 0; i < 6; i++) {
        await page.goto(`${h.url}#/praesentation/vortrag?folie=${i + 1}&${TODAY}`);
        await page.getByTestId('slide').waitFor();
        if (i === 1) await page.getByTestId('slide-map').waitFor();
        await page.waitForTimeout(150);
        const m = await measure(page);
        results.push({ width, slide: i + 1, ...m });
        expect(m.controls, `Folie ${i + 1} bei ${width}`).toBe(0);
        expect(m.scroll).toBeLessThanOrEqual(height);
        expect(m.scrollW).toBeLessThanOrEqual(width);
        expect(m.outside, `Folie ${i + 1} bei ${width}`).toEqual([]);
        expect(m.smallestText).toBeGreaterThanOrEqual(20);
        if (width === 1024) expect(m.smallest!.box).toBeGreaterThanOrEqual(20);
        expect(m.footer).toContain(`Folie ${i + 1} von 6`);
        expect(m.footer).toMatch(/Datenstand \d\d\.\d\d\.\d{4}/);
        if (i < 5) expect(m.footer).toContain('Quellen:');
        await h.shot(page, `folie-${i + 1}-${width}x${height}`);
      }
    }
    writeFileSync(join(SCREENSHOTS, 'folien-messung.json'), JSON.stringify(results, null, 2));
    // The highlighted bar: a strong outline and its note on the chart.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${h.url}#/praesentation/vortrag?folie=4&${TODAY}`);
    await page.getByTestId('slide-marked').waitFor();
    expect(await page.getByTestId('slide-annotation').textContent()).toContain(
      'Antrag B90/Grüne vertagt',
    );
    expect(await serious(page)).toEqual([]);
    // Dimmed figures beside the highlighted one still pass axe's contrast check.
    await page.goto(`${h.url}#/praesentation/vortrag?folie=1&${TODAY}`);
    await page.getByTestId('slide-figure-frei').waitFor();
    expect(await page.locator('.card.dimmed').count()).toBe(3);
    expect(await serious(page)).toEqual([]);

    // The Sitzungsunterlage: A4 landscape, one slide per page, then the sources; page numbers.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.url}#/praesentation/unterlage?${TODAY}`);
    await expect.poll(() => page.getByTestId('handout-page').count()).toBe(6);
    await page.locator('[data-testid="handout"] [data-testid="slide-map"]').waitFor();
    await page.locator('[data-testid="handout"][data-ready="true"]').waitFor();
    // Every row of every table is in the handout: on the slide's page or on continuation pages.
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="handout-page"]')].map((p) => ({
        want: Number(p.dataset.rows),
        got: document.querySelectorAll(`[data-slide="${p.dataset.slide}"] tbody tr`).length,
      })),
    );
    for (const r of rows) expect(r.got).toBe(r.want);
    expect(rows.map((r) => r.want)).toEqual([4, expect.any(Number), expect.any(Number), 2, 7, 0]);
    expect(await page.getByTestId('handout-print').textContent()).toBe('Sitzungsunterlage (PDF)');
    // The button opens the browser's print dialog (stubbed here: headless Chromium has none).
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'ja');
    });
    await page.getByTestId('handout-print').click();
    expect(await page.locator('html').getAttribute('data-printed')).toBe('ja');
    expect(await serious(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const dir = join(SCREENSHOTS, 'unterlage');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'sitzungsunterlage.pdf');
    writeFileSync(file, pdf);
    if (!existsSync('/usr/bin/pdfinfo'))
      throw new Error('pdfinfo fehlt: apt-get install poppler-utils (.ci/run installiert es).');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/); // A4 landscape
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const perPage = text.split('\f').slice(0, pages);
    // One page per slide (a long table goes on to pages of its own), then the source list.
    const kinds = perPage.map((p) =>
      /Fortsetzung der Tabelle/.test(p)
        ? 'weiter'
        : /^\s*Quellen\b/.test(p) || /Herausgeber\s+Titel\s+URL/.test(p)
          ? 'quellen'
          : (p.match(/· Folie (\d) von 6/)?.[1] ?? '?'),
    );
    const slidePages = kinds.flatMap((k, i) => (/^\d$/.test(k) ? [i] : []));
    expect(kinds.filter((k) => /^\d$/.test(k))).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(kinds.slice(slidePages[5]! + 1).every((k) => k === 'quellen')).toBe(true);
    expect(kinds).not.toContain('?');
    perPage.forEach((p, i) => expect(p).toContain(`Seite ${i + 1} von ${pages}`));
    for (const i of slidePages) expect(perPage[i]).toMatch(/Datenstand \d\d\.\d\d\.\d{4}/);
    const slide = (n: number) => perPage[slidePages[n - 1]!]!;
    expect(slide(1)).toContain('Kreis Siegen-Wittgenstein:');
    expect(slide(1)).toContain('Zuerst die Gesamtzahl nennen.');
    expect(slide(4)).toContain('3 VZÄ wechseln von der Kommune zu freien Trägern.');
    expect(slide(5)).toContain('Behauptung: 467 Personen');
    expect(slide(6)).toContain('Fazit für den Ausschuss');
    expect(slide(6)).toContain('Frist 2025 beachten');
    const sources = perPage.slice(slidePages[5]! + 1).join('\n');
    expect(sources).toMatch(/Herausgeber\s+Titel\s+URL/);
    expect(sources).toMatch(/https?:\/\//);
    writeFileSync(join(dir, 'seiten.json'), JSON.stringify({ pages, kinds }));
    // The pages as pictures, to look at (tests/e2e/screenshots/unterlage/seite-NN.png).
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, 'seite')]);
    await page.emulateMedia({ media: 'screen' });

    // Dark and high-contrast slides: still everything inside, no serious axe finding (contrast included).
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const [theme, n] of [
      ['dunkel', 2],
      ['dunkel', 3],
      ['kontrast', 2],
      ['kontrast', 4],
    ] as const) {
      await page.goto(`${h.url}#/praesentation/vortrag?folie=${n}&thema=${theme}&${TODAY}`);
      await page.getByTestId('slide').waitFor();
      if (n === 2) await page.getByTestId('slide-map').waitFor();
      await page.waitForTimeout(150);
      const m = await measure(page);
      expect(m.outside).toEqual([]);
      expect(m.scroll).toBeLessThanOrEqual(768);
      expect(await serious(page), `${theme} ${n}`).toEqual([]);
      await h.shot(page, `folie-${n}-${theme}-1024x768`);
    }

    // The clicker: the presenting window and the presenter view follow each other.
    await page.goto(`${h.url}#/praesentation?${TODAY}`);
    const [pv] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByTestId('present-referent').click(),
    ]);
    await pv.setViewportSize({ width: 1280, height: 800 });
    await pv.getByTestId('presenter-view').waitFor();
    await page.getByTestId('present-start').click();
    await page.getByTestId('slide').waitFor();
    const counter = () => pv.getByTestId('pv-counter').textContent();
    await expect.poll(counter).toContain('Folie 1 von 6');
    for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe('Folie 6 von 6');
    await expect.poll(counter).toContain('Folie 6 von 6');
    expect(await pv.getByTestId('pv-next').textContent()).toContain('Letzte Folie');
    await page.keyboard.press('PageUp');
    await expect.poll(counter).toContain('Folie 5 von 6');
    expect(await pv.getByTestId('pv-next').textContent()).toContain('Fazit für den Ausschuss');
    await page.keyboard.press('b');
    await page.getByTestId('blank').waitFor();
    await pv.getByTestId('pv-blank').waitFor();
    await h.shot(pv, 'referentenansicht-1280x800');
    expect(await serious(pv)).toEqual([]);
    await page.keyboard.press('b');
    await page.getByTestId('blank').waitFor({ state: 'detached' });
    await pv.getByTestId('pv-blank').waitFor({ state: 'detached' });
    // The clicker works in the presenter window too.
    await pv.keyboard.press('PageUp');
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe('Folie 4 von 6');
    await expect.poll(counter).toContain('Folie 4 von 6');
    expect(await pv.getByTestId('pv-notes').textContent()).toBe('Keine Notizen zu dieser Folie.');
    await pv.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe('Folie 1 von 6');
    expect(await pv.getByTestId('pv-notes').textContent()).toBe('Zuerst die Gesamtzahl nennen.');
    expect(await pv.getByTestId('pv-elapsed').textContent()).toMatch(/^\d\d:\d\d$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).hash).toBe('#/praesentation');
    await expect.poll(counter).toContain('Präsentation beendet');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('fits 1280×720 and 1280×800 too, marks an area and a date, and speaks English', async () => {
    const { page, errors } = await h.open('', { width: 1280, height: 800 });
    await add(page, `#/verteilung?koerperschaft=05970&${TODAY}`);
    await add(page, `#/karte?mass=vzae10k&ebene=kreis&${TODAY}`);
    await add(page, `#/zeitleiste?von=2022-01-01&bis=2022-12-31&${TODAY}`);
    await page.goto(`${h.url}#/praesentation?${TODAY}`);
    const entries = page.getByTestId('deck-slide');
    await expect.poll(() => entries.count()).toBe(3);
    expect(await entries.first().getAttribute('data-kind')).toBe('verteilung');
    // Mark Siegen-Wittgenstein on the map and a session on the timeline, each with a note.
    for (const [n, label, note] of [
      [1, 'Kreis Siegen-Wittgenstein', 'Hier liegt der Antrag'],
      [2, '16.11.2022', 'Antrag B90/Grüne vertagt'],
    ] as const) {
      const select = entries.nth(n).getByTestId('deck-highlight');
      const value = await select
        .locator('option', { hasText: label })
        .first()
        .getAttribute('value');
      await select.selectOption(value!);
      await expect
        .poll(() => page.getByTestId('deck-status').textContent())
        .toContain(`Folie ${n + 1} gespeichert`);
      await entries.nth(n).getByTestId('deck-annotation').fill(note);
      await entries.nth(n).getByTestId('deck-annotation').press('Tab');
      await expect
        .poll(() => entries.nth(n).getByTestId('deck-annotation').inputValue())
        .toBe(note);
      await page.waitForTimeout(200);
    }
    for (const [width, height] of [
      [1280, 720],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (let i = 0; i < 3; i++) {
        await page.goto(`${h.url}#/praesentation/vortrag?folie=${i + 1}&${TODAY}`);
        await page.getByTestId('slide').waitFor();
        if (i === 1) await page.getByTestId('slide-map').waitFor();
        await page.waitForTimeout(150);
        const m = await measure(page);
        expect(m.controls).toBe(0);
        expect(m.scroll).toBeLessThanOrEqual(height);
        expect(m.outside, `Folie ${i + 1} bei ${width}×${height}`).toEqual([]);
        expect(m.smallestText).toBeGreaterThanOrEqual(20);
        if (i > 0) {
          await page.getByTestId('slide-marked').waitFor();
          expect(await page.getByTestId('slide-annotation').textContent()).toContain(
            i === 1 ? 'Hier liegt der Antrag' : 'Antrag B90/Grüne vertagt',
          );
        }
        await h.shot(page, `folie-extra-${i + 1}-${width}x${height}`);
      }
    }
    // English: the slide's own words switch, domain words stay.
    await page.goto(`${h.url}#/praesentation/vortrag?folie=1&lang=en&${TODAY}`);
    await expect.poll(() => page.getByTestId('slide-counter').textContent()).toBe('Slide 1 of 3');
    expect(await page.getByTestId('slide-headline').textContent()).toMatch(
      /^Kreis Siegen-Wittgenstein: 20 VZÄ, /,
    );
    expect(await page.getByTestId('slide-footer').textContent()).toContain('Sources:');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
