import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

const PAGES = [
  ['daten', 'Daten', 'data-tables'],
  ['praesentation', 'Präsentation', 'deck-empty'],
] as const;

describe('every route is a real page', () => {
  it.each(PAGES)('#/%s is a real page, with no console error', async (path, heading, testid) => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const { page, errors } = await h.open(`#/${path}`, { width, height });
      await page.getByTestId(testid).waitFor();
      expect(await page.locator('h1').first().textContent()).toBe(heading);
      // No page says "Noch nicht gebaut" any more.
      expect(await page.getByText('Noch nicht gebaut').count()).toBe(0);
      expect(await page.locator(`[data-testid="nav-${path}"]`).getAttribute('aria-current')).toBe(
        'page',
      );
      await h.shot(page, `${path}-${width}x${height}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('shows a 404 page for an unknown route', async () => {
    const { page, errors } = await h.open('#/gibtsnicht');
    expect(await page.getByTestId('not-found').textContent()).toContain('/gibtsnicht');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to English and keeps the route, with domain words kept German', async () => {
    const { page } = await h.open('#/?heute=2022-11-01&quelle=fixtures/kim-2026-11/');
    await page.getByTestId('total-fte').waitFor();
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await page.getByText('Total VZÄ').waitFor();
    expect(page.url()).toContain('lang=en');
    expect(page.url()).toContain('heute=2022-11-01');
    expect(await page.getByTestId('total-fte').textContent()).toBe('82.9 VZÄ');
    expect(await page.getByTestId('coverage').textContent()).toContain(
      'Data for 7 of 54 KIM Körperschaften',
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('nav-karte').textContent()).toBe('Map');
    expect(await page.getByTestId('nav-karte').getAttribute('href')).toContain('lang=en');
    await h.shot(page, 'uebersicht-en-1280x720');
    await page.context().close();
  });
});

describe('a dataset with problems (Windows-1252, fixtures/kaputt)', () => {
  it('loads what is valid and lists every problem with row and fix', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const { page, errors } = await h.open('#/?quelle=fixtures/kaputt/', { width, height });
      const panel = page.getByTestId('problems-panel');
      await panel.waitFor();
      expect(await page.getByTestId('title').textContent()).toBe('Testdaten mit Fehlern');
      expect(await panel.textContent()).toContain('2 Fehler, 1 Warnungen, 1 Hinweise');
      const rows = await panel.locator('tbody tr:not(.file)').allTextContents();
      expect(rows).toHaveLength(4);
      expect(rows.find((r) => r.includes('05999'))).toMatch(
        /Fehler.*stellen\.csv.*3.*koerperschaft.*05999/,
      );
      expect(rows.find((r) => r.includes('44881'))).toContain('16.11.2022');
      expect(rows.find((r) => r.includes('Büro'))).toContain('Hinweis');
      // T-1 and T-4 are used: 0,5 + 1 VZÄ; the Träger name is text, never HTML.
      expect(await page.getByTestId('total-fte').textContent()).toBe('1,5 VZÄ');
      expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
      expect(await page.locator('img').count()).toBe(0);
      await h.shot(page, `probleme-${width}x${height}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('shows the report in English with lang=en (text keys), rows and columns unchanged', async () => {
    const { page, errors } = await h.open('#/daten?quelle=fixtures/kaputt/&lang=en');
    const panel = page.getByTestId('problems-panel');
    await panel.waitFor();
    const rows = await panel.locator('tbody tr:not(.file)').allTextContents();
    expect(rows.find((r) => r.includes('05999'))).toMatch(
      /Error.*stellen\.csv.*3.*koerperschaft.*05999.*does not exist in the boundary data/,
    );
    expect(rows.find((r) => r.includes('44881'))).toContain('is an Excel date number');
    expect(rows.join(' ')).not.toMatch(/ist kein|gibt es in den Gebietsdaten|Bitte /);
    await h.shot(page, 'daten-bericht-englisch');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows no mojibake for Windows-1252 umlauts', async () => {
    const { page } = await h.open('#/daten?quelle=fixtures/kaputt/');
    await page.getByTestId('data-tables').waitFor();
    expect(await page.getByTestId('data-tables').textContent()).toContain('windows-1252');
    const text = await page.getByTestId('problems-panel').textContent();
    expect(text).toContain('Büro');
    expect(text).not.toMatch(/Ã|�/);
    await page.context().close();
  });

  it('explains an unreachable dataset instead of crashing', async () => {
    const { page } = await h.open('#/?quelle=fixtures/gibtsnicht/');
    const panel = page.getByTestId('problems-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('kein Datensatz gefunden');
    await page.context().close();
  });
});
