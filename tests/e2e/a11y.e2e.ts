import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/lib/embed/embed-params.ts';
import { start, type Harness } from './browser.ts';
import { serious } from './axe.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

const PAGES: [string, string][] = [
  ['#/', 'total-fte'],
  ['#/karte', 'chart-actions-karte'],
  ['#/zeitleiste', 'chart-actions-zeitleiste'],
  ['#/verteilung', 'chart-actions-verteilung'],
  ['#/daten', 'data-tables'],
  ['#/praesentation', 'deck-empty'],
];

describe('accessibility (axe-core in real Chromium)', () => {
  for (const lang of ['de', 'en'])
    it(`every page in ${lang}: no serious or critical violation`, async () => {
      for (const [hash, ready] of PAGES) {
        const { page } = await h.open(`${hash}?lang=${lang}`, { width: 1280, height: 720 });
        await page.getByTestId(ready).first().waitFor({ state: 'attached' });
        await page.waitForTimeout(300);
        expect(await serious(page), `${hash} (${lang})`).toEqual([]);
        await page.context().close();
      }
    });

  it('every embed type, the embed dialog and a presented slide: no serious or critical violation', async () => {
    const { page } = await h.open('', { width: 1024, height: 768 });
    for (const chart of CHARTS) {
      await page.goto(`${h.url}embed.html?grafik=${chart}`);
      await page.getByTestId('embed-chart').locator('svg').first().waitFor();
      expect(await serious(page), chart).toEqual([]);
    }
    await page.goto(`${h.url}#/`);
    await page.getByTestId('chart-actions-bausteine').getByTestId('chart-embed').click();
    await page.getByTestId('embed-code').waitFor();
    expect(await serious(page), 'embed dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('add-to-deck').click();
    await expect.poll(() => page.getByTestId('add-status').textContent()).toMatch(/hinzugefügt/);
    await page.goto(`${h.url}#/?folie=1`);
    await page.getByTestId('presenter').waitFor();
    expect(await serious(page), 'presenting').toEqual([]);
    await page.context().close();
  });

  it('English switches all interface text (no German left outside data values)', async () => {
    // German interface words that must not appear once the UI is English. Domain words
    // (Baustein, Träger, VZÄ, Körperschaft, Stichtag, Drucksache) stay German by design.
    const GERMAN =
      /\b(Übersicht|Karte|Zeitleiste|Verteilung|Daten laden|Präsentation|Quellen|herunterladen|Einbetten|hinzufügen|keine Angaben|insgesamt|Sitzung|Frist|Gemeinde suchen|Kennzahl|Ebene|Szenario|Zurück|Weiter|Schließen|Noch nicht|Bedeutung|Beispiel|Vorlage|Ganze Zahl|Offline bereit|nicht vollständig)\b/;
    for (const [hash, ready] of PAGES) {
      const { page } = await h.open(`${hash}?lang=en`, { width: 1280, height: 720 });
      await page.getByTestId(ready).first().waitFor({ state: 'attached' });
      // Interface text only: data values (tables, names, titles from the CSVs) are marked or excluded.
      const text = await page.evaluate(() => {
        const clone = document.body.cloneNode(true) as HTMLElement;
        for (const el of clone.querySelectorAll(
          'table tbody, [data-testid="sources"] ul, [lang="de"], .visually-hidden, svg, select option:not(:checked)',
        ))
          el.remove();
        return clone.innerText;
      });
      const hit = GERMAN.exec(text);
      if (hash === '#/daten') {
        // The column reference is interface text, not data: it speaks English too.
        const docs = (await page.getByTestId('doc-stellen').textContent()) ?? '';
        expect(docs).toContain('Full-time equivalents (VZÄ), more than 0. Above 5 a warning');
        expect(docs).toContain('number (decimal comma), > 0');
        expect(docs).not.toContain('Vollzeitäquivalente');
      }
      expect(
        hit?.[0] ?? null,
        `${hash}: …${hit ? text.slice(Math.max(0, hit.index - 60), hit.index + 60) : ''}…`,
      ).toBeNull();
      await page.context().close();
    }
  });
});
