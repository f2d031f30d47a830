import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asUpload,
  hostileGeojson,
  manyColumns,
  manyErrors,
  manySources,
  manyTermine,
  PWNED,
  payloadDataset,
  STELLEN_HEADER,
  zipBomb,
} from './attack-files.ts';
import { ROOT, start, type Harness } from './browser.ts';

/**
 * The attack suite: hostile files from generators (attack-files.ts) against
 * the built app in Chromium. Each case ends in a German message or a bounded
 * report, never a hang or an English error, and the data in use is intact
 * after a reload. (Forged origins and data: links: trust.e2e.ts.)
 */
let h: Harness;
const published = join(ROOT, 'dist/angriff');

/** Publishes a dataset beside the app (same origin) and returns its `quelle`. */
function publish(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(published, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, body] of Object.entries(files)) writeFileSync(join(dir, file), body);
  return `angriff/${name}/`;
}

const manifest = (dateien: string[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ titel: 'Angriff', stand: '2026-12-01', dateien, ...extra });
const TERMINE_OK = 'datum;art;koerperschaft;titel;quelle\n01.12.2026;sitzung;05970;Kreistag;Test\n';

beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  rmSync(published, { recursive: true, force: true });
  await h?.close();
});

/** None of the payload markers is set: no data ran as code. */
async function notPwned(page: Page) {
  const set = await page.evaluate(
    (names) => names.filter((n) => (window as unknown as Record<string, unknown>)[n] !== undefined),
    [...PWNED],
  );
  expect(set).toEqual([]);
}

/** The shipped figure on the Übersicht, to compare after an attack and a reload. */
async function shippedTotal(page: Page): Promise<string> {
  await page.goto(`${h.url}#/`);
  return (await page.getByTestId('total-fte').textContent())!.trim();
}

describe('inputs that crashed or hung: bounded, German, data intact', () => {
  it('70,000 row errors: the report counts all and lists 1,000 of the kind', async () => {
    const quelle = publish('fehler', {
      'manifest.json': manifest(['stellen.csv', 'termine.csv']),
      'stellen.csv': manyErrors(70_000),
      'termine.csv': TERMINE_OK,
    });
    const { page, errors } = await h.open(`#/daten?quelle=${quelle}`);
    const panel = page.getByTestId('problems-panel').first();
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.textContent()).toContain('70.000 Fehler, 0 Warnungen, 0 Hinweise');
    expect(await panel.textContent()).toContain(
      '… und 69.000 weitere Fehler dieser Art in der Spalte „vzae“',
    );
    expect(await panel.locator('tbody tr').count()).toBeLessThanOrEqual(201);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('70,000 Termine: the Zeitleiste draws', async () => {
    const quelle = publish('termine', {
      'manifest.json': manifest(['stellen.csv', 'termine.csv']),
      'stellen.csv': `${STELLEN_HEADER}\nA;05970;2;kommune;Kreis;1;besetzt;Test\n`,
      'termine.csv': manyTermine(70_000),
    });
    const { page, errors } = await h.open(`#/zeitleiste?quelle=${quelle}&heute=2026-12-01`);
    await page.getByTestId('timeline-svg').waitFor({ timeout: 30_000 });
    expect(await page.getByText('Daten werden geladen').count()).toBe(0);
    // Too dense to draw one by one: at most 8 rows per lane, the rest counted and said.
    expect(
      await page
        .locator(
          '[data-testid="timeline-svg"] [role="button"], [data-testid="timeline-svg"] circle',
        )
        .count(),
    ).toBeLessThan(5000);
    expect(await page.getByTestId('tl-hidden').textContent()).toMatch(
      /[\d.]+ Einträge liegen zu dicht/,
    );
    expect(await page.getByTestId('timeline-list').locator('tbody tr').count()).toBe(500);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('100,000 sources: 20 listed, "… und 99.980 weitere", the full list as CSV', async () => {
    const quelle = publish('quellen', {
      'manifest.json': manifest(['stellen.csv', 'termine.csv']),
      'stellen.csv': manySources(100_000),
      'termine.csv': TERMINE_OK,
    });
    const { page, errors } = await h.open(`#/?quelle=${quelle}`);
    await page.getByTestId('total-fte').waitFor({ timeout: 45_000 });
    const list = page.getByTestId('sources').first();
    await list.locator('summary').click();
    expect(await list.locator('li').count()).toBe(20);
    expect(await list.getByTestId('sources-more').textContent()).toContain('… und 99.980 weitere');
    const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
    expect(nodes).toBeLessThan(20_000);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      list.getByTestId('sources-download').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(100_001);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a published dataset with deep and malformed GeoJSON still loads; each bad feature is a Fehler', async () => {
    const quelle = publish('geo', {
      'manifest.json': manifest(['stellen.csv', 'termine.csv', 'gebiete.geojson']),
      'stellen.csv': `${STELLEN_HEADER}\nA;05970;2;kommune;Kreis;1;besetzt;Test\n`,
      'termine.csv': TERMINE_OK,
      'gebiete.geojson': hostileGeojson(10_000),
    });
    const { page, errors } = await h.open(`#/daten?quelle=${quelle}`);
    const panel = page.getByTestId('problems-panel');
    await panel.waitFor({ timeout: 30_000 });
    const text = (await panel.textContent())!;
    expect(text).toContain('Fläche 05970004 (Nr. 1) hat einen Ring mit weniger als vier Punkten');
    expect(text).toContain('Fläche 05970008 (Nr. 2) hat keine Liste von Ringen als Koordinaten');
    expect(text).toContain('Objekt Nr. 3 der Gebietsdatei ist kein GeoJSON-Feature');
    expect(text).not.toMatch(/TypeError|RangeError|Maximum call stack/);
    expect(await page.getByTestId('boundaries-in-use').textContent()).toContain('1 Flächen');
    await page.goto(`${h.url}#/karte?quelle=${quelle}&ebene=gemeinden`);
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('uploads: 100,000 columns, a zip bomb and 70,000 errors get German reports; the data in use stays', async () => {
    const { page, errors } = await h.open('#/');
    await page.getByTestId('total-fte').waitFor();
    const before = await shippedTotal(page);
    await page.goto(`${h.url}#/daten`);
    const upload = async (files: Parameters<typeof asUpload>[0]) => {
      await page.getByTestId('upload-files').setInputFiles(asUpload(files));
      await page.getByTestId('candidate').waitFor({ timeout: 45_000 });
      return (await page.getByTestId('candidate').textContent())!;
    };
    const columns = await upload({ 'stellen.csv': manyColumns(100_000) });
    expect(columns).toContain(
      'Die Kopfzeile hat 100.008 Spalten; höchstens 500 sind möglich. Die Datei wird nicht gelesen.',
    );
    await page.getByTestId('discard').click();

    const bomb = await upload({ 'daten.zip': zipBomb() });
    expect(bomb).toMatch(/„stellen\.csv“ würde sich von .* auf 2,6 GB entpacken .*Zip-Bombe/);
    expect(bomb).not.toMatch(/out of memory|cannot be cloned|nur leere Zeilen/i);
    expect(await page.getByTestId('preview-changes').textContent()).toContain(
      'Stellen: 0 neu, 0 entfallen, 0 geändert',
    );
    await page.getByTestId('discard').click();

    const many = await upload({ 'stellen.csv': manyErrors(70_000) });
    expect(many).toContain('70.000 Fehler');
    expect(await page.getByTestId('losses').count()).toBe(1);
    await page.getByTestId('discard').click();

    await page.reload();
    expect(await shippedTotal(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('script payloads in every column of every table', () => {
  it('run nowhere: not in any page, slide, embed, nor in the SVG, CSV and ICS exports', async () => {
    const quelle = publish('skript', payloadDataset());
    const { page, errors } = await h.open(`#/?quelle=${quelle}&heute=2026-11-20`);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.getByTestId('total-fte').waitFor();
    // The dataset's title is quoted, never ours, and shown as text.
    expect(await page.locator('h1').first().textContent()).toContain('<img src=x');
    for (const view of [
      '#/',
      '#/karte',
      '#/zeitleiste',
      '#/verteilung?koerperschaft=05970',
      '#/daten',
      '#/praesentation',
      '#/praesentation?folie=1',
      '#/praesentation/vortrag?folie=1',
      '#/praesentation/referent?folie=1',
      '#/praesentation/unterlage',
    ]) {
      await page.goto(
        `${h.url}${view}${view.includes('?') ? '&' : '?'}quelle=${quelle}&heute=2026-11-20`,
      );
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await notPwned(page);
    }
    // The Zeitleiste's detail and the calendar file.
    await page.goto(`${h.url}#/zeitleiste?quelle=${quelle}&heute=2026-11-20`);
    await page.getByTestId('timeline-svg').waitFor();
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ics-all').click(),
    ]);
    const calendar = readFileSync((await ics.path())!, 'utf8');
    expect(calendar.match(/^BEGIN:VEVENT/gm)).toHaveLength(2);
    expect(calendar).not.toMatch(/^SUMMARY:gefälscht/m);
    for (const line of calendar.split('\r\n')) expect(line).toMatch(/^([A-Z-]+[:;]| )|^$/); // every line a property or a folded continuation
    // The data as CSV: every formula neutralised.
    await page.goto(`${h.url}#/daten?quelle=${quelle}`);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-stellen').click(),
    ]);
    const cells = readFileSync((await csv.path())!, 'utf8');
    expect(cells).toContain(`"'=HYPERLINK(""https://boese.example"",""x"")"`);
    expect(cells).not.toMatch(/(^|;)"?=HYPERLINK/m);
    // The chart as SVG, opened as a document of its own.
    await page.goto(`${h.url}#/?quelle=${quelle}&heute=2026-11-20`);
    const tools = page.getByTestId('chart-actions-bausteine');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByTestId('chart-svg').click(),
    ]);
    const svgPath = (await svg.path())!;
    const svgText = readFileSync(svgPath, 'utf8');
    expect(svgText).not.toMatch(/<script|<[^>]*\son(error|load)=/i); // as text it is escaped
    const doc = await page.context().newPage();
    await doc.goto(`file://${svgPath}`);
    await doc.waitForTimeout(300);
    await notPwned(doc);
    // Every embed, too.
    for (const chart of ['bausteine', 'zeitleiste', 'verteilung&koerperschaft=05970', 'traeger']) {
      await page.goto(`${h.url}embed.html?grafik=${chart}&quelle=${quelle}`);
      await page.waitForLoadState('networkidle');
      await notPwned(page);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('OParl server that pages and references without end (https on loopback)', () => {
  let oparl: { url: string; hits: () => number; close: () => Promise<void> };
  beforeAll(async () => {
    let hits = 0;
    const tls = join(ROOT, 'tests/fixtures/tls');
    const server: Server = createServer(
      { key: readFileSync(join(tls, 'key.pem')), cert: readFileSync(join(tls, 'cert.pem')) },
      (req, res) => {
        hits++;
        const url = new URL(req.url ?? '/', 'https://127.0.0.1');
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Content-Type', 'application/json');
        const base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
        if (url.pathname.startsWith('/meeting/'))
          return res.end(
            JSON.stringify({
              id: `${base}${url.pathname}`,
              type: 'https://schema.oparl.org/1.1/Meeting',
              name: 'Sitzung',
              start: '2026-12-01T17:00:00+01:00',
            }),
          );
        const n = Number(url.searchParams.get('page') ?? 0);
        res.end(
          JSON.stringify({
            data: Array.from({ length: 200 }, (_, i) => `${base}/meeting/${n}-${i}`),
            links: { next: `${base}/meetings?page=${n + 1}` },
          }),
        );
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    oparl = {
      url: `https://127.0.0.1:${port}/meetings?page=0`,
      hits: () => hits,
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  });
  afterAll(async () => {
    await oparl?.close();
  });

  it('stops at the request cap with progress, and "Abbrechen" adds nothing', async () => {
    const { page, errors } = await h.open('#/zeitleiste', undefined, { ignoreHTTPSErrors: true });
    await page.getByTestId('oparl').locator('summary').click();
    await page.getByTestId('oparl-url').fill(oparl.url);
    await page.getByTestId('oparl-ags').fill('05970');
    await page.getByTestId('oparl-run').click();
    await expect
      .poll(() => page.getByTestId('oparl-progress').textContent(), { timeout: 20_000 })
      .toMatch(/\d+ Abrufe, \d+ Sitzungen gefunden/);
    const result = page.getByTestId('oparl-result');
    await result.waitFor({ timeout: 90_000 });
    expect(await result.textContent()).toContain('Import: nach 2.000 Abrufen beendet (Obergrenze)');
    expect(oparl.hits()).toBe(2001);

    await page.getByTestId('oparl-run').click();
    await page.getByTestId('oparl-progress').waitFor();
    await page.getByTestId('oparl-cancel').click();
    await expect
      .poll(() => page.getByTestId('oparl-error').textContent())
      .toBe('Import abgebrochen; nichts wurde übernommen.');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
