import { readFileSync } from 'node:fs';
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

async function save(page: Page, click: () => Promise<void>) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}

function parseSvg(page: Page, text: string) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      title: doc.querySelector('title')?.textContent ?? '',
      text: doc.documentElement.textContent ?? '',
      hatched: doc.querySelectorAll('path[fill$="-hatch)"]').length,
    };
  }, text);
}

/** The frozen dataset of 22.11.2026: its figures do not move when data/ is updated. */
const FIXTURE = 'quelle=fixtures/kim-2026-11/';

describe('downloads and embed dialog on the dashboard charts (real Chromium)', () => {
  it('Übersicht: PNG, SVG and CSV of the Baustein chart are the embed’s files', async () => {
    const { page, errors } = await h.open(`#/?${FIXTURE}`, { width: 1024, height: 768 });
    const tools = page.getByTestId('chart-actions-bausteine');
    await tools.waitFor();
    const png = await save(page, () => tools.getByTestId('chart-png').click());
    expect(png.name).toBe('kim-bausteine.png');
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.bytes.readUInt32BE(16)).toBe((760 + 32) * 2);

    const svg = await save(page, () => tools.getByTestId('chart-svg').click());
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe('Stellen im Kommunalen Integrationsmanagement nach Baustein');
    expect(parsed.text).toContain('Stand 22.11.2026');
    expect(parsed.text).toContain('Daten für 7 von 54 KIM-Körperschaften');
    expect(parsed.text).toMatch(/Beleg: (amtlich|presse|zitiert|Beleg unbekannt) \d+/);

    const csv = await save(page, () => tools.getByTestId('chart-csv').click());
    expect(csv.name).toBe('kim-bausteine.csv');
    expect(csv.bytes.toString('utf8')).toBe(
      '\uFEFFBaustein;VZÄ;Stellen(anteile)\r\nBaustein 1: Strategisches Management;8;7\r\nBaustein 2: Case Management;72,9;37\r\nBaustein 3: Ausländer- und Einbürgerungsbehörde;2;2\r\n',
    );
    // The same chart embedded gives the same bytes.
    await page.goto(`${h.url}embed.html?grafik=bausteine&${FIXTURE}`);
    await page.getByTestId('embed-csv').waitFor();
    const fromEmbed = await save(page, () => page.getByTestId('embed-csv').click());
    expect(fromEmbed.bytes.equals(csv.bytes)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Karte: the SVG download is the framed choropleth of the current view with the BKG credit', async () => {
    const { page, errors } = await h.open(`#/karte?mass=vzae10k&${FIXTURE}`, {
      width: 1280,
      height: 720,
    });
    const tools = page.getByTestId('chart-actions-karte');
    await tools.waitFor();
    // The fixture's map opens on its focus Kreis, and downloads follow the view (locator.e2e.ts):
    // zoomed out to the Land first, so both files are the whole map, whenever the map reports.
    await page.getByTestId('map-locator').waitFor({ timeout: 30_000 });
    for (let i = 0; i < 3; i++) {
      await page.locator('.maplibregl-ctrl-zoom-out').click();
      await page.waitForTimeout(400);
    }
    await expect.poll(() => page.getByTestId('map-locator').count(), { timeout: 10_000 }).toBe(0);
    const svg = await save(page, () => tools.getByTestId('chart-svg').click());
    expect(svg.name).toBe('kim-karte-vzae10k-koerperschaft.svg');
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe('Kommunales Integrationsmanagement: VZÄ je 10.000 Einwohner');
    expect(parsed.text).toContain('© GeoBasis-DE / BKG');
    expect(parsed.text).toContain('keine Angaben');
    expect(parsed.hatched).toBeGreaterThan(300);
    const csv = await save(page, () => tools.getByTestId('chart-csv').click());
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFgebiet;ags;VZÄ je 10.000 Einwohner;stand;beleg;gemeinden');
    expect(parsed.text).toContain('Stand der Angaben 2021–2023');
    expect(lines.length).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Verteilung: the CSV holds every segment of the bars shown', async () => {
    const { page } = await h.open('#/verteilung?koerperschaft=05970&baustein=2');
    const tools = page.getByTestId('chart-actions-verteilung');
    await tools.waitFor();
    const csv = await save(page, () => tools.getByTestId('chart-csv').click());
    expect(csv.name).toBe('kim-verteilung-05970.csv');
    expect(csv.bytes.toString('utf8')).toContain('Stadt Siegen;Kommune;4\r\n');
    await page.context().close();
  });

  it('Übersicht and Verteilung: the Träger share and the comparison have their own files and embed code', async () => {
    const { page, errors } = await h.open(`#/?${FIXTURE}`, { width: 1024, height: 768 });
    const share = page.getByTestId('chart-actions-traeger');
    await share.waitFor();
    const csv = await save(page, () => share.getByTestId('chart-csv').click());
    expect(csv.name).toBe('kim-traeger.csv');
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFKörperschaft;AGS;VZÄ Kommune;VZÄ freie Träger;VZÄ Träger nicht veröffentlicht;Anteil freie Träger (%)',
    );
    expect(lines).toContain('Kreis Siegen-Wittgenstein;05970;11,5;0;8,5;0');
    expect(lines).toContain('Kreis Steinfurt;05566;0;0;1,9;');
    const svg = await save(page, () => share.getByTestId('chart-svg').click());
    const parsed = await parseSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe('Anteil freier Träger an den KIM-Stellen');
    // Three bodies with unpublished Träger, plus the key's swatch.
    expect(svg.bytes.toString('utf8').match(/<rect[^>]*fill="url\(#[\w-]+-hatch\)"/g)).toHaveLength(
      4,
    );

    await page.goto(
      `${h.url}#/verteilung?koerperschaft=05970&b=Antrag+B90%2FGr%C3%BCne+16.11.2022&${FIXTURE}`,
    );
    const compare = page.getByTestId('chart-actions-vergleich');
    await compare.waitFor();
    const diff = await save(page, () => compare.getByTestId('chart-csv').click());
    expect(diff.name).toBe('kim-vergleich-05970.csv');
    expect(diff.bytes.toString('utf8')).toBe(
      '\uFEFFEinsatzgebiet;Trägertyp;VZÄ A Ist;VZÄ B Antrag B90/Grüne 16.11.2022\r\nStadt Siegen;Kommune;4;1\r\nStadt Siegen;freie Träger;0;3\r\n',
    );
    const png = await save(page, () => compare.getByTestId('chart-png').click());
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await compare.getByTestId('chart-embed').click();
    await expect
      .poll(() => page.getByTestId('embed-code').inputValue())
      .toContain(
        'embed.html?grafik=vergleich&amp;koerperschaft=05970&amp;a=Ist&amp;b=Antrag+B90%2FGr%C3%BCne+16.11.2022',
      );
    await page
      .frameLocator('[data-testid="embed-preview"]')
      .getByTestId('embed-vergleich-svg')
      .waitFor();
    await h.shot(page, 'einbetten-vergleich-1024x768');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('embed dialog: fixed Stand by default, previews at 330–930 px, code copies, Esc closes', async () => {
    const { page, errors } = await h.open(
      '#/zeitleiste?heute=2024-06-01&von=2021-01-01&bis=2023-12-31',
      {
        width: 1024,
        height: 768,
      },
    );
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const opener = page.getByTestId('chart-actions-zeitleiste').getByTestId('chart-embed');
    await opener.click();
    const dialog = page.getByTestId('embed-dialog');
    await dialog.waitFor();
    await expect.poll(() => page.getByTestId('embed-mode-fest').isChecked()).toBe(true);
    const code = () => page.getByTestId('embed-code').inputValue();
    expect(await code()).toContain(
      'embed.html?grafik=zeitleiste&amp;von=2021-01-01&amp;bis=2023-12-31&amp;stand=2026-12-01"',
    );
    expect(await code()).toContain('<script>');
    const preview = page.frameLocator('[data-testid="embed-preview"]');
    for (const width of [330, 510, 660, 930]) {
      await page.getByTestId(`embed-width-${width}`).check();
      expect(
        await page.getByTestId('embed-preview').evaluate((f) => f.getBoundingClientRect().width),
      ).toBe(width);
      await preview.getByTestId('embed-title').waitFor();
      const [scroll, client] = await preview
        .locator('html')
        .evaluate((e) => [e.scrollWidth, e.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
      await page.waitForTimeout(300);
      if (width === 330) await h.shot(page, 'einbetten-dialog-330-1024x768');
    }
    // The fallback height is the preview's measured height, not a guess.
    await expect
      .poll(async () => Number(/height="(\d+)"/.exec(await code())?.[1]))
      .toBe(await preview.locator('html').evaluate((e) => e.scrollHeight));
    await page.getByTestId('embed-mode-aktuell').check();
    expect(await code()).not.toContain('stand=');
    await page.getByTestId('embed-own-title').fill('Fristen im Überblick');
    expect(await code()).toContain('title="Fristen im Überblick"');
    expect(await code()).toContain('titel=Fristen+im+%C3%9Cberblick');
    await page.getByTestId('embed-copy').click();
    await expect.poll(() => page.getByTestId('embed-copied').textContent()).toBe('Code kopiert.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code());
    await h.shot(page, 'einbetten-dialog-1024x768');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await opener.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('embed dialog: without a published snapshot only "aktuell" is offered, and says why', async () => {
    const { page } = await h.open('#/', { width: 1280, height: 720 });
    await page.route('**/data/stand/**', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.getByTestId('chart-actions-bausteine').getByTestId('chart-embed').click();
    await page.getByTestId('embed-no-snapshot').waitFor();
    expect(await page.getByTestId('embed-mode-fest').isDisabled()).toBe(true);
    expect(await page.getByTestId('embed-mode-aktuell').isChecked()).toBe(true);
    expect(await page.getByTestId('embed-no-snapshot').textContent()).toContain('npm run stand');
    expect(await page.getByTestId('embed-code').inputValue()).not.toContain('stand=');
    await h.shot(page, 'einbetten-ohne-stand-1280x720');
    await page.context().close();
  });
});
