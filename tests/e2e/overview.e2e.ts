import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

/** The frozen dataset of 22.11.2026: its figures do not move when data/ is updated. */
const FIXTURE = 'quelle=fixtures/kim-2026-11/';

describe('Übersicht on the shipped data (built app, real Chromium)', () => {
  it('at the real date, with no heute=: coverage of the 54 bodies, no funding period or deadline that looks current, the last update; 1280×720 and 1024×768', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const { page, errors } = await h.open('#/', { width, height });
      await page.getByTestId('total-fte').waitFor();
      expect(await page.getByTestId('title').textContent()).toContain(
        'Kommunales Integrationsmanagement (KIM) in Nordrhein-Westfalen',
      );
      expect(await page.getByTestId('today').textContent()).not.toContain('festgelegt');
      expect(await page.getByTestId('coverage').textContent()).toMatch(
        /Daten für 33 von 54 KIM-Körperschaften/,
      );
      // The share of freie Träger says what it is over.
      expect(await page.getByTestId('share-free-note').textContent()).toMatch(
        /der [\d.,]+ VZÄ mit bekanntem Träger, in \d+ Körperschaften/,
      );
      expect(await page.getByTestId('share-free').textContent()).not.toBe('0\u00a0%');
      // Nothing current is known: the honest sentence with the date of the last known deadline.
      expect(await page.getByTestId('no-deadline').textContent()).toBe(
        'Keine bekannte Frist – zuletzt: Antragszeitraum Kommunales Integrationsmanagement NRW 2025 (Bausteine 1 und 2), 16.01.2025.',
      );
      expect(await page.getByTestId('no-deadline-update').textContent()).toMatch(
        /^Datensatz zuletzt aktualisiert: (\d\d\.)?(\d\d\.|[A-Z][a-zä]+ )?20\d\d$/,
      );
      expect(await page.getByTestId('no-period').count()).toBe(1);
      expect(await page.getByTestId('figure-foerderung').textContent()).toContain(
        'Zuletzt bekannt',
      );
      // The next session is not invented; the last one is named.
      expect(await page.getByTestId('no-next-session').count()).toBe(1);
      // Bodies with old figures are marked.
      expect(await page.getByTestId('stale-05970').textContent()).toBe('veraltet');
      expect(await page.getByTestId('updated-05914').textContent()).toContain('06.01.2025');
      await h.shot(page, `uebersicht-${width}x${height}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('shows one body’s key figures with koerperschaft= (for a slide)', async () => {
    const { page, errors } = await h.open('#/?koerperschaft=05558');
    await page.getByTestId('total-fte').waitFor();
    expect(await page.getByTestId('title').textContent()).toBe('Kreis Coesfeld');
    expect(await page.getByTestId('total-fte').textContent()).toBe('18 VZÄ');
    expect(await page.getByTestId('body-filter').inputValue()).toBe('05558');
    expect(await page.getByTestId('bodies-table').locator('tbody tr').count()).toBe(1);
    await h.shot(page, 'uebersicht-coesfeld-1024x768');
    // Choosing "alle" in the filter goes back to all bodies.
    await page.getByTestId('body-filter').selectOption('');
    await page.waitForFunction(() => !location.hash.includes('koerperschaft'));
    expect(await page.getByTestId('coverage').textContent()).toContain('von 54');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('counts down with a pinned today on the frozen dataset; a funding period is not a deadline', async () => {
    const { page, errors } = await h.open(`#/?heute=2022-11-01&${FIXTURE}`);
    await page.getByTestId('total-fte').waitFor();
    expect(await page.getByTestId('total-fte').textContent()).toBe('82,9 VZÄ');
    expect(await page.getByTestId('baustein-2').textContent()).toContain('72,9 VZÄ');
    expect(await page.getByTestId('running-period').textContent()).toContain(
      '01.07.2020 – 31.12.2022',
    );
    const deadline = page.getByTestId('figure-frist');
    expect(await deadline.textContent()).toContain('16.01.2025');
    const sessions = await page.getByTestId('figure-sitzungen').textContent();
    expect(sessions).toContain('16.11.2022');
    expect(sessions).toContain('TOP 4b');
    expect(sessions).toContain('vertagt');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a figure’s sources by keyboard, named by publisher with their evidence', async () => {
    const { page, errors } = await h.open('#/');
    await page.getByTestId('total-fte').waitFor();
    const summary = page.getByTestId('figure-vzae').locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const link = page.getByTestId('figure-vzae').getByTestId('source-publisher').first();
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
    const names = await page
      .getByTestId('figure-vzae')
      .getByTestId('source-publisher')
      .allTextContents();
    expect(names).toContain('Westfalenpost');
    expect(names).toContain('Kreis Coesfeld (Sitzungsdienst)');
    for (const n of names) expect(n).not.toMatch(/sparknews|app-webview|^www\./);
    const tags = await page.getByTestId('figure-vzae').getByTestId('evidence').allTextContents();
    expect(new Set(tags)).toEqual(new Set(['amtlich', 'presse', 'zitiert']));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
