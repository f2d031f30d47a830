import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

describe('Übersicht on the shipped data (built app, real Chromium)', () => {
  it('shows the key figures with no console error, at 1280×720 and 1024×768', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const { page, errors } = await h.open('#/?heute=2022-11-01', { width, height });
      await page.getByTestId('total-fte').waitFor();
      expect(await page.getByTestId('title').textContent()).toBe(
        'Kommunales Integrationsmanagement (KIM) in NRW – ausgewählte Kreise und Städte',
      );
      expect(await page.getByTestId('stand').textContent()).toBe('Stand: 22.11.2026');
      expect(await page.getByTestId('total-fte').textContent()).toBe('82,9 VZÄ');
      expect(await page.getByTestId('baustein-1').textContent()).toContain('8 VZÄ');
      expect(await page.getByTestId('baustein-2').textContent()).toContain('72,9 VZÄ');
      expect(await page.getByTestId('baustein-3').textContent()).toContain('2 VZÄ');
      expect(await page.getByTestId('share-free').textContent()).toBe('0\u00a0%');
      expect(await page.getByTestId('status-geplant').textContent()).toMatch(/^21 geplant/);
      expect(await page.getByTestId('status-besetzt').textContent()).toMatch(/^18 besetzt/);
      expect(await page.getByTestId('status-unbekannt').textContent()).toMatch(
        /^6 Status nicht veröffentlicht/,
      );
      expect(await page.getByTestId('status-vakant').textContent()).toMatch(/^1 vakant/);
      expect(await page.getByTestId('carrier-unbekannt').textContent()).toContain('16,4 VZÄ');
      // Pinned "today" 01.11.2022: the next deadline is the end of the first funding period.
      const deadline = page.getByTestId('figure-frist');
      expect(await deadline.textContent()).toContain('noch 60 Tage');
      expect(await deadline.textContent()).toContain('31.12.2022');
      const sessions = await page.getByTestId('figure-sitzungen').textContent();
      expect(sessions).toContain('16.11.2022');
      expect(sessions).toContain('TOP 4b');
      expect(sessions).toContain('vertagt');
      expect(await page.getByTestId('body-05970').textContent()).toContain(
        'Kreis Siegen-Wittgenstein',
      );
      expect(await page.getByTestId('problems-panel').count()).toBe(0);
      await h.shot(page, `uebersicht-${width}x${height}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('opens a figure\u2019s sources by keyboard', async () => {
    const { page, errors } = await h.open('#/');
    await page.getByTestId('total-fte').waitFor();
    const summary = page.getByTestId('figure-vzae').locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const link = page.getByTestId('figure-vzae').locator('details a').first();
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says when no deadline lies ahead (real today)', async () => {
    const { page } = await h.open('#/?heute=2026-11-22');
    await page.getByTestId('total-fte').waitFor();
    expect(await page.getByTestId('no-deadline').textContent()).toBe(
      'Keine bevorstehende Frist im Datensatz.',
    );
    expect(await page.getByTestId('figure-frist').textContent()).toContain('16.01.2025');
    await page.context().close();
  });
});
