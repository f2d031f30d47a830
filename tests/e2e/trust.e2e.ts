import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, start, type Harness } from './browser.ts';

let h: Harness;
/** A second origin on loopback (another port) that serves a dataset to anyone (CORS *): a forger. */
let forger: { url: string; host: string; hits: string[]; close: () => Promise<void> };

beforeAll(async () => {
  h = await start();
  const dir = join(ROOT, 'tests/fixtures/kim-2026-11');
  const hits: string[] = [];
  const tls = join(ROOT, 'tests/fixtures/tls');
  const server: Server = createServer(
    { key: readFileSync(join(tls, 'key.pem')), cert: readFileSync(join(tls, 'cert.pem')) },
    (req, res) => {
      hits.push(req.url ?? '');
      const name = (req.url ?? '/').split('?')[0]!.replace(/^\//, '');
      res.setHeader('Access-Control-Allow-Origin', '*');
      try {
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
          dateien: string[];
        };
        const body =
          name === 'manifest.json'
            ? JSON.stringify({
                ...manifest,
                titel: 'Amtliche Zahlen des Landes NRW',
                kartenstil: 'style.json',
                dateien: [...manifest.dateien, 'praesentation.json'],
              })
            : name === 'praesentation.json'
              ? JSON.stringify({ folien: [{ titel: 'Übersicht', ansicht: '#/', notizen: '' }] })
              : readFileSync(join(dir, name));
        res.writeHead(200).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  forger = {
    url: `https://127.0.0.1:${port}/`,
    host: `127.0.0.1:${port}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
});
afterAll(async () => {
  await forger?.close();
  await h?.close();
});

describe('whose data is this (real Chromium, a forged origin on loopback)', () => {
  it('the dashboard asks before loading a foreign origin, then marks every page, slide and download', async () => {
    forger.hits.length = 0;
    const { page, errors } = await h.open(
      `#/?quelle=${encodeURIComponent(forger.url)}`,
      { width: 1024, height: 768 },
      { ignoreHTTPSErrors: true },
    );
    const consent = page.getByTestId('foreign-consent');
    await consent.waitFor();
    expect(await consent.textContent()).toContain(`Daten von ${forger.host} laden?`);
    // Nothing was fetched from the forger before the viewer agreed.
    expect(forger.hits).toEqual([]);
    await h.shot(page, 'fremde-daten-frage-1024x768');
    await page.getByTestId('foreign-accept').click();
    await page.getByTestId('total-fte').waitFor();
    const mark = `Daten von ${forger.host} – nicht die veröffentlichten Daten dieses Dashboards`;
    expect(await page.getByTestId('foreign-mark').textContent()).toBe(mark);
    // The foreign title is quoted, never shown as ours.
    expect(await page.getByTestId('title').textContent()).toBe(`Daten von ${forger.host}`);
    expect(await page.getByTestId('foreign-title').textContent()).toContain(
      '„Amtliche Zahlen des Landes NRW“',
    );
    await h.shot(page, 'fremde-daten-markiert-1024x768');
    // Downloads carry the mark: the CSV's last line and the SVG's footer.
    const tools = page.getByTestId('chart-actions-bausteine');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByTestId('chart-csv').click(),
    ]);
    expect(
      readFileSync((await csv.path())!, 'utf8')
        .trimEnd()
        .split('\r\n')
        .at(-1),
    ).toBe(mark);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      tools.getByTestId('chart-svg').click(),
    ]);
    expect(readFileSync((await svg.path())!, 'utf8')).toContain(mark);
    // Every page keeps the data and the mark; the map does not fetch the forger's map style.
    await page.getByTestId('nav-karte').click();
    await page.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('foreign-mark').textContent()).toBe(mark);
    expect(await page.getByTestId('style-refused').textContent()).toContain(forger.host);
    expect(forger.hits.some((u) => u.includes('style.json'))).toBe(false);
    // The embed code never carries the foreign source and says so.
    await page.getByTestId('nav-uebersicht').click();
    await page.getByTestId('chart-actions-bausteine').getByTestId('chart-embed').click();
    expect(await page.getByTestId('embed-foreign').textContent()).toContain(forger.host);
    expect(await page.getByTestId('embed-code').inputValue()).not.toContain('quelle');
    await page.keyboard.press('Escape');
    // Nothing of it goes into the browser's storage.
    await page.getByTestId('add-to-deck').click();
    await expect
      .poll(() => page.getByTestId('add-status').textContent())
      .toContain('werden nicht im Browser gespeichert');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the mark is on a presented slide too', async () => {
    const { page } = await h.open(
      `#/?quelle=${encodeURIComponent(forger.url)}&folie=1`,
      undefined,
      { ignoreHTTPSErrors: true },
    );
    await page.getByTestId('foreign-accept').click();
    await page.getByTestId('presenter').waitFor();
    expect(await page.getByTestId('presenter').getByTestId('foreign-mark').textContent()).toContain(
      `Daten von ${forger.host}`,
    );
    await h.shot(page, 'fremde-daten-folie-1024x768');
    await page.context().close();
  });

  it('an embed refuses a foreign origin and names it; the forger gets no request', async () => {
    forger.hits.length = 0;
    const { page, errors } = await h.open(
      '',
      { width: 600, height: 600 },
      { ignoreHTTPSErrors: true },
    );
    await page.goto(
      `${h.url}embed.html?grafik=bausteine&quelle=${encodeURIComponent(forger.url)}&titel=${encodeURIComponent('Amtliche Zahlen')}`,
    );
    const refused = page.getByTestId('embed-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toBe(
      `Diese Grafik zeigt keine Daten von ${forger.host}: Eingebettete Grafiken lesen nur die veröffentlichten Daten dieses Dashboards. Bitte den Parameter „quelle“ entfernen.`,
    );
    expect(await page.getByTestId('embed-chart').count()).toBe(0);
    expect(forger.hits).toEqual([]);
    await h.shot(page, 'einbettung-fremde-quelle-600');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('data: and javascript: addresses are always refused, in the dashboard and in the embed', async () => {
    for (const bad of [
      'data:text/plain,stellen',
      'javascript:alert(1)',
      'http://127.0.0.1:9/daten/',
    ]) {
      const { page } = await h.open(`#/?quelle=${encodeURIComponent(bad)}`);
      const error = page.getByTestId('load-error');
      await error.waitFor();
      expect(await error.textContent()).toMatch(
        bad.startsWith('http:')
          ? /Fremde Datensätze kommen nur verschlüsselt \(https\)/
          : /Datensätze kommen nur von http- oder https-Adressen/,
      );
      expect(await page.getByTestId('foreign-consent').count()).toBe(0);
      await page.goto(`${h.url}embed.html?grafik=bausteine&quelle=${encodeURIComponent(bad)}`);
      await page.getByTestId('embed-refused').waitFor();
      await page.context().close();
    }
  });
});

describe('Content-Security-Policy (built app, real Chromium)', () => {
  it('is strict in both pages and no page, embed, slide or export violates it', async () => {
    const html = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ])
      expect(policy).toContain(directive);
    expect(policy).not.toContain('unsafe');
    expect(readFileSync(join(ROOT, 'dist/embed.html'), 'utf8')).toContain(policy);
    // The harness turns every violation into a console error ("CSP-Verstoß …").
    const violations: string[] = [];
    for (const hash of [
      '#/',
      '#/karte?mass=ausreise1k&ebene=kreis',
      '#/zeitleiste',
      '#/verteilung',
      '#/daten',
      '#/praesentation',
    ]) {
      const { page, errors } = await h.open(hash);
      await page.locator('main').waitFor();
      await page.waitForTimeout(hash.startsWith('#/karte') ? 3000 : 800);
      if (hash === '#/daten') {
        // An upload: the check runs in its worker (worker-src), the preview renders.
        await page.getByTestId('upload-files').setInputFiles({
          name: 'stellen.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(
            'id;koerperschaft;baustein;traeger_typ;traeger;vzae;status\nA;05970;2;kommune;Kreis;1;besetzt\n',
          ),
        });
        await page.getByTestId('candidate').waitFor();
        expect(await page.getByTestId('candidate').getAttribute('data-worker')).toBe('true');
      }
      if (hash === '#/') {
        const [png] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('chart-actions-bausteine').getByTestId('chart-png').click(),
        ]);
        expect(png.suggestedFilename()).toBe('kim-bausteine.png');
      }
      violations.push(...errors.filter((e) => e.startsWith('CSP')));
      await page.context().close();
    }
    // Offline: the service worker registers, precaches and reports ready.
    {
      const { page, errors } = await h.open('#/', undefined, { serviceWorkers: 'allow' });
      await expect
        .poll(() => page.getByTestId('offline-status').getAttribute('data-status'), {
          timeout: 30_000,
        })
        .toBe('ready');
      violations.push(...errors.filter((e) => e.startsWith('CSP')));
      await page.context().close();
    }
    for (const chart of ['bausteine', 'karte', 'zeitleiste']) {
      const { page, errors } = await h.open('');
      await page.goto(`${h.url}embed.html?grafik=${chart}`);
      await page.locator('[data-testid="embed"][data-ready="true"]').waitFor();
      await page.waitForTimeout(800);
      violations.push(...errors.filter((e) => e.startsWith('CSP')));
      await page.context().close();
    }
    expect(violations).toEqual([]);
  });
});
