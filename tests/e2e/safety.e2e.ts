import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text, 'utf8'),
});
const totalFte = async (page: Page) => {
  await page.goto(`${page.url().replace(/#.*$/, '')}#/`);
  return (await page.getByTestId('total-fte').textContent())!.trim();
};

/**
 * Two tabs of one browser on the Daten page, each with a preview against the
 * same (shipped) data: tab A one post of 2 VZÄ, tab B one post of 3 VZÄ.
 */
async function twoTabPreviews(): Promise<{ a: Page; b: Page; errors: string[] }> {
  const { page: a, errors } = await h.open('#/daten');
  const b = await a.context().newPage();
  await b.goto(`${h.url}#/daten`);
  await b.getByTestId('upload').waitFor();
  const post = (id: string, fte: string) =>
    `id;koerperschaft;baustein;traeger_typ;traeger;vzae;status\r\n${id};05970;2;kommune;Kreis;${fte};besetzt\r\n`;
  await a.getByTestId('upload-files').setInputFiles(csv('stellen.csv', post('TAB-A', '2')));
  await b.getByTestId('upload-files').setInputFiles(csv('stellen.csv', post('TAB-B', '3')));
  for (const p of [a, b]) await p.getByTestId('candidate').waitFor();
  return { a, b, errors };
}

describe('nothing staff can lose (real Chromium, IndexedDB)', () => {
  it('a stellen.csv without its required columns needs a second confirmation; Rückgängig restores the shipped total', async () => {
    const { page, errors } = await h.open('#/');
    await page.getByTestId('total-fte').waitFor();
    const shipped = await totalFte(page);
    await page.goto(`${h.url}#/daten`);
    await page
      .getByTestId('upload-files')
      .setInputFiles(csv('stellen.csv', 'Name;Telefon\nMüller;0271 333\n'));
    await page.getByTestId('candidate').waitFor();
    const losses = page.getByTestId('losses');
    expect(await losses.textContent()).toMatch(/stellen: von \d+ auf 0 – die Tabelle wäre leer\./);
    expect(await losses.textContent()).toMatch(/VZÄ insgesamt: von [\d,.]+ auf 0/);
    expect(await page.getByTestId('confirm').isDisabled()).toBe(true);
    await page.getByTestId('confirm').click({ force: true }); // a click on the disabled button does nothing
    expect(await page.getByTestId('upload-message').count()).toBe(0);
    await losses.scrollIntoViewIfNeeded();
    await h.shot(page, 'daten-verlust-1024x768');
    await page.getByTestId('confirm-loss').check();
    await page.getByTestId('confirm').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Übernommen');
    expect(await totalFte(page)).toBe('0 VZÄ');

    await page.goto(`${h.url}#/daten`);
    await page.getByTestId('undo').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Rückgängig gemacht');
    expect(await totalFte(page)).toBe(shipped);
    await page.reload();
    expect(await totalFte(page)).toBe(shipped);
    // Both versions are listed; the header-less one can be put back or downloaded.
    await page.goto(`${h.url}#/daten`);
    await page.getByTestId('versions').waitFor();
    expect(await page.getByTestId('version').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('rows with a Fehler are kept: listed, downloadable, in the bundle, fixed and re-imported', async () => {
    const { page, errors } = await h.open('#/daten');
    const stellen =
      'id;koerperschaft;baustein;traeger_typ;traeger;vzae;status;Büro\r\nA;05970;2;kommune;Kreis;1;besetzt;R1\r\nB;05970;2;kommune;Kreis;viel;besetzt;R2\r\n';
    await page.getByTestId('upload-files').setInputFiles(csv('stellen.csv', stellen));
    await page.getByTestId('candidate').waitFor();
    expect(await page.getByTestId('preview-figures').textContent()).toMatch(
      /problemzeilen\s*0\s*1/,
    );
    await page.getByTestId('confirm-loss').check();
    await page.getByTestId('confirm').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Übernommen');
    await page.reload();
    const held = page.getByTestId('held-rows');
    await held.waitFor();
    expect(await held.textContent()).toContain('Zurückgestellte Zeilen (1)');
    expect(await page.getByTestId('held-stellen').textContent()).toMatch(/3\s*B\s*05970.*viel.*R2/);
    await page.setViewportSize({ width: 1024, height: 768 });
    await held.scrollIntoViewIfNeeded();
    await h.shot(page, 'daten-zurueckgestellt-1024x768');
    await page.getByTestId('versions').scrollIntoViewIfNeeded();
    await h.shot(page, 'daten-versionen-1024x768');
    await page.setViewportSize({ width: 1280, height: 720 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('held-download-stellen').click(),
    ]);
    expect(download.suggestedFilename()).toBe('problemzeilen-stellen.csv');
    const typed = readFileSync((await download.path())!, 'utf8');
    expect(typed).toContain('B;05970;2;kommune;Kreis;viel;besetzt;R2');
    const [bundle] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-bundle').click(),
    ]);
    const zip = unzipSync(new Uint8Array(readFileSync((await bundle.path())!)));
    expect(Object.keys(zip)).toContain('problemzeilen/stellen.csv');

    // Fixed in Excel and uploaded again: the row joins stellen, nothing is held any more.
    await page
      .getByTestId('upload-files')
      .setInputFiles(csv('problemzeilen-stellen.csv', typed.replace(';viel;', ';0,5;')));
    await page.getByTestId('candidate').waitFor();
    expect(await page.getByTestId('preview-changes').textContent()).toContain('+ B (Ist)');
    expect(await page.getByTestId('losses').count()).toBe(0);
    await page.getByTestId('confirm').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Übernommen');
    expect(await page.getByTestId('held-rows').count()).toBe(0);
    expect(await totalFte(page)).toBe('1,5 VZÄ');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('two tabs: the other tab is told, and its older preview is refused, never overwrites', async () => {
    // Both tabs prepare an upload against the same (shipped) data.
    const { a, b, errors } = await twoTabPreviews();
    await b.getByTestId('confirm-loss').check();
    await b.getByTestId('confirm').click();
    await expect.poll(() => b.getByTestId('upload-message').textContent()).toContain('Übernommen');
    // Tab A hears of it at once …
    await a.getByTestId('other-tab').waitFor();
    expect(await a.getByTestId('other-tab').textContent()).toMatch(
      /In einem anderen Tab wurde „.+“ übernommen/,
    );
    // … and its confirmation, computed against the old data, is refused.
    await a.getByTestId('confirm-loss').check();
    await a.getByTestId('confirm').click();
    await expect
      .poll(() => a.getByTestId('upload-message').textContent())
      .toContain(
        'In einem anderen Tab oder Fenster wurde inzwischen ein anderer Datensatz übernommen',
      );
    await a.getByTestId('other-tab').scrollIntoViewIfNeeded();
    await h.shot(a, 'daten-anderer-tab-1280x720');
    await a.getByTestId('other-tab-reload').click();
    await expect.poll(() => a.getByTestId('other-tab').count()).toBe(0);
    expect(await totalFte(a)).toBe('3 VZÄ');
    expect(await totalFte(b)).toBe('3 VZÄ');
    await a.reload();
    expect(await totalFte(a)).toBe('3 VZÄ');
    expect(errors).toEqual([]);
    await a.context().close();
  });

  it('two tabs confirming at the same moment: exactly one wins, the other is refused, nothing is lost', async () => {
    const { a, b, errors } = await twoTabPreviews();
    for (const p of [a, b]) await p.getByTestId('confirm-loss').check();
    await Promise.all([a.getByTestId('confirm').click(), b.getByTestId('confirm').click()]);
    const outcome = async (p: Page) => {
      await expect.poll(() => p.getByTestId('upload-message').count()).toBe(1);
      return (await p.getByTestId('upload-message').textContent())!;
    };
    const [ma, mb] = [await outcome(a), await outcome(b)];
    const won = [ma, mb].filter((m) => m.startsWith('Übernommen'));
    expect(won).toHaveLength(1);
    expect([ma, mb].find((m) => !m.startsWith('Übernommen'))).toMatch(
      /^In einem anderen Tab oder Fenster wurde inzwischen/,
    );
    const winner = ma.startsWith('Übernommen') ? '2 VZÄ' : '3 VZÄ';
    for (const p of [a, b]) {
      await p.reload();
      expect(await totalFte(p)).toBe(winner);
    }
    // Both the winner and the shipped data stay reachable: one version stored, undo available.
    await a.goto(`${h.url}#/daten`);
    await a.getByTestId('versions').waitFor();
    expect(await a.getByTestId('version').count()).toBe(1);
    expect(await a.getByTestId('undo').count()).toBe(1);
    expect(errors).toEqual([]);
    await a.context().close();
  });
});
