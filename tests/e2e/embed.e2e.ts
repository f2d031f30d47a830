import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedCode } from '../../src/lib/embed/embed-code.ts';
import { CHARTS } from '../../src/lib/embed/embed-params.ts';
import { ROOT, start, type Harness } from './browser.ts';
import { serve } from './server.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

async function openEmbed(query: string, width: number) {
  const { page, errors } = await h.open('', { width, height: 800 });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${h.url}embed.html?${query}`);
  await page.locator('[data-testid="embed"][data-ready="true"]').waitFor();
  await page.getByTestId('embed-chart').locator('svg').first().waitFor();
  return { page, errors, requested };
}

describe('embed.html (real Chromium)', () => {
  for (const chart of CHARTS)
    it(`${chart}: renders at 320 and 1200 px without horizontal scroll, console errors or map code`, async () => {
      for (const width of [320, 1200]) {
        const { page, errors, requested } = await openEmbed(
          `grafik=${chart}&heute=2024-06-01`,
          width,
        );
        const [scroll, client] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        expect(scroll).toBeLessThanOrEqual(client);
        expect(await page.getByTestId('embed-title').textContent()).not.toBe('');
        expect(await page.getByTestId('embed-sources').textContent()).toMatch(/^Quelle: \S/);
        expect(await page.getByTestId('embed-stand').textContent()).toBe('Stand 01.12.2026');
        // The Verlauf of all NRW shows a figure of the Land, not of bodies.
        expect(await page.getByTestId('embed-coverage').textContent()).toMatch(
          /^(Daten für \d+ von 54 KIM-Körperschaften|Zahl für das ganze Land NRW)$/,
        );
        expect(await page.getByTestId('embed-description').textContent()).toMatch(
          /(Daten für \d+ von 54 KIM-Körperschaften|Zahl für das ganze Land NRW)\.( Stand der Angaben .+\.)?$/,
        );
        expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
        // Map embeds draw an SVG choropleth: no embed loads maplibre.
        expect(requested.some((u) => /MapView|maplibre/i.test(u))).toBe(false);
        await h.shot(page, `embed-${chart}-${width}`);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    });

  it('names the largest and smallest value in the alt text and holds the data in a table', async () => {
    // The fixed Stand of 22.11.2026: its figures never change.
    const { page } = await openEmbed('grafik=bausteine&stand=2026-11-22', 600);
    const description = await page.getByTestId('embed-description').textContent();
    expect(description).toBe(
      'Balkendiagramm mit 82,9 VZÄ insgesamt. Am meisten: Baustein 2: Case Management mit 72,9 VZÄ. Am wenigsten: Baustein 3: Ausländer- und Einbürgerungsbehörde mit 2 VZÄ. Daten für 7 von 54 KIM-Körperschaften. Stand der Angaben 2021–2024.',
    );
    expect(await page.getByTestId('embed-bars-svg').getAttribute('aria-labelledby')).toContain(
      'embed-bars-desc',
    );
    expect(await page.getByTestId('embed-table').locator('tbody tr').count()).toBe(3);
    await page.context().close();
  });

  it('map and allocation embeds name their largest value and carry the geodata credit', async () => {
    const map = await openEmbed('grafik=karte&stand=2026-11-22', 700);
    expect(await map.page.getByTestId('embed-description').textContent()).toBe(
      'VZÄ nach Körperschaften, Stand der Angaben 2021–2024: 7 Gebiete mit Wert, höchster Wert 20 VZÄ (Kreis Siegen-Wittgenstein), niedrigster 1,9 VZÄ (Kreis Steinfurt); 314 Gemeinden ohne Angaben. Daten für 7 von 54 KIM-Körperschaften.',
    );
    expect(await map.page.getByTestId('embed').textContent()).toContain('© GeoBasis-DE / BKG');
    // Hatched "keine Angaben" areas and a legend drawn into the SVG.
    const svg = map.page.getByTestId('choropleth-svg');
    expect(await svg.locator('path[fill="url(#embed-karte-hatch)"]').count()).toBeGreaterThan(300);
    expect(await svg.textContent()).toContain('keine Angaben');
    await map.page.context().close();

    const bars = await openEmbed('grafik=verteilung&koerperschaft=05970&stand=2026-11-22', 700);
    expect(await bars.page.getByTestId('embed-description').textContent()).toBe(
      'Gestapeltes Balkendiagramm mit 4 Einsatzgebieten und 20 VZÄ insgesamt. Am meisten: ganze Körperschaft mit 12,5 VZÄ. Am wenigsten: Burbach mit 1 VZÄ. Daten für 1 von 54 KIM-Körperschaften. Stand der Angaben 2021–2023.',
    );
    expect(await bars.page.getByTestId('embed-table').locator('tbody tr').count()).toBe(5);
    await bars.page.context().close();
  });

  it('Träger share and scenario comparison: alt text, CSV rows and one scale for A and B', async () => {
    const share = await openEmbed('grafik=traeger&stand=2026-11-22', 700);
    expect(await share.page.getByTestId('embed-description').textContent()).toMatch(
      /^Gestapeltes Balkendiagramm mit 7 Körperschaften und 82,9 VZÄ: 66,5 VZÄ bei der Kommune, 0 VZÄ bei freien Trägern, 16,4 VZÄ ohne veröffentlichten Träger\. Bei allen 6 Körperschaften mit bekanntem Träger liegt der Anteil freier Träger bei 0\s%\. Daten für 7 von 54 KIM-Körperschaften\. Stand der Angaben 2021–2024\.$/,
    );
    expect(await share.page.locator('.subtitle').textContent()).toMatch(
      /^VZÄ nach Trägertyp, Szenario „Ist“: 0\s% der VZÄ mit bekanntem Träger liegen bei freien Trägern$/,
    );
    expect(await share.page.getByTestId('embed-table').locator('tbody tr').count()).toBe(7);
    await share.page.context().close();

    const motion = await openEmbed(
      'grafik=vergleich&koerperschaft=05970&b=Antrag+B90%2FGr%C3%BCne+16.11.2022&stand=2026-11-22',
      700,
    );
    const description = await motion.page.getByTestId('embed-description').textContent();
    expect(description).toContain('A „Ist“: 4 VZÄ, davon 0 VZÄ bei freien Trägern.');
    expect(description).toContain('B „Antrag B90/Grüne 16.11.2022“: 4 VZÄ, davon 3 VZÄ');
    expect(description).toContain('3 VZÄ wechseln von der Kommune zu freien Trägern.');
    const svg = motion.page.getByTestId('embed-vergleich-svg');
    expect(await svg.textContent()).toContain('A: Ist');
    expect(await svg.textContent()).toContain('B: Antrag B90/Grüne 16.11.2022');
    // Same total in A and B → bars of the same length (one scale).
    const lengths = await svg
      .locator('g[data-row]')
      .evaluateAll((rows) =>
        rows.map((g) =>
          [...g.querySelectorAll('rect')].reduce((s, r) => s + Number(r.getAttribute('width')), 0),
        ),
      );
    expect(lengths.length).toBe(2);
    expect(lengths[0]).toBeCloseTo(lengths[1]!, 0);
    await h.shot(motion.page, 'embed-vergleich-700');
    await motion.page.context().close();

    // A body without a second scenario: no chart, a German sentence saying why, the CSV stays.
    const { page } = await h.open('', { width: 500, height: 600 });
    await page.goto(`${h.url}embed.html?grafik=vergleich&koerperschaft=05158&stand=2026-11-22`);
    await page.locator('[data-testid="embed"][data-ready="true"]').waitFor();
    expect(await page.getByTestId('embed-chart').textContent()).toContain(
      'kein zweites Szenario zum Vergleichen',
    );
    expect(await page.getByTestId('embed-csv').count()).toBe(1);
    expect(await page.getByTestId('embed-png').count()).toBe(0);
    expect(await page.getByTestId('embed-chart').locator('svg').count()).toBe(0);
    await page.context().close();
  });

  it('dark theme: dark page, chart on a light panel, readable text', async () => {
    for (const chart of ['bausteine', 'verteilung']) {
      const { page } = await openEmbed(`grafik=${chart}&theme=dunkel`, 600);
      const colours = await page.evaluate(() => ({
        page: getComputedStyle(document.body).backgroundColor,
        title: getComputedStyle(document.querySelector('h1')!).color,
        panel: getComputedStyle(document.querySelector('[data-testid="embed-chart"]')!)
          .backgroundColor,
      }));
      const lum = (c: string) => {
        const [r, g, b] = c.match(/\d+/g)!.map(Number) as [number, number, number];
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      expect(lum(colours.page)).toBeLessThan(0.2);
      expect(lum(colours.title)).toBeGreaterThan(0.8);
      expect(lum(colours.panel)).toBeGreaterThan(0.9);
      await h.shot(page, `embed-${chart}-dunkel`);
      await page.context().close();
    }
  });

  it('downloads a 2× PNG with frame, an SVG with the title and a CSV of exactly the data shown', async () => {
    const { page } = await openEmbed('grafik=bausteine&koerperschaft=05970&stand=2026-11-22', 500);
    const save = async (id: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
      return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
    };
    const png = await save('embed-png');
    expect(png.name).toBe('kim-bausteine-05970.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chartWidth = Number(await page.getByTestId('embed-bars-svg').getAttribute('width'));
    expect(png.bytes.readUInt32BE(16)).toBe((chartWidth + 32) * 2);
    expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(300);

    const svg = await save('embed-svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror') !== null,
        title: doc.querySelector('title')?.textContent,
        text: doc.documentElement.textContent,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe('KIM-Stellen nach Baustein: Kreis Siegen-Wittgenstein');
    expect(parsed.text).toContain('Stand 22.11.2026');
    expect(parsed.text).toContain('Quelle:');

    const csv = await save('embed-csv');
    expect(csv.bytes.toString('utf8')).toBe(
      '\uFEFFBaustein;VZÄ;Stellen(anteile)\r\nBaustein 1: Strategisches Management;4;4\r\nBaustein 2: Case Management;14;8\r\nBaustein 3: Ausländer- und Einbürgerungsbehörde;2;2\r\n',
    );
    await page.context().close();
  });

  it('no two labels of the NRW Körperschaften map intersect, at 330, 660 and 1200 px', async () => {
    for (const width of [330, 660, 1200]) {
      const { page } = await openEmbed('grafik=karte', width);
      const boxes = await page.evaluate(() => {
        const svg = document.querySelector('svg[data-testid="choropleth-svg"]')!;
        const group = [...svg.querySelectorAll('g[font-size="11"][font-weight="700"]')].at(-1)!;
        return [...group.querySelectorAll('text')].map((t) => {
          const b = (t as SVGTextElement).getBBox();
          return { text: t.textContent!, x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
        });
      });
      expect(boxes.length, `${width} px`).toBeGreaterThan(width < 400 ? 3 : 10);
      const hits: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
            hits.push(`${a.text} × ${b.text}`);
        }
      expect(hits, `${width} px`).toEqual([]);
      console.log(
        `Kartenbeschriftung ${width} px: ${boxes.length} Beschriftungen, 0 Überschneidungen`,
      );
      await page.context().close();
    }
  });

  it('the map SVG of all 396 NRW Gemeinden stays within 300 KB at 320 and 1200 px', async () => {
    for (const width of [320, 1200]) {
      const { page } = await openEmbed('grafik=karte&ebene=gemeinde', width);
      const [d] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('embed-svg').click(),
      ]);
      const svg = readFileSync((await d.path())!, 'utf8');
      const kb = Buffer.byteLength(svg) / 1024;
      console.log(`Karten-SVG Gemeinden ${width} px: ${kb.toFixed(0)} KB`);
      expect(kb).toBeLessThanOrEqual(300);
      // Every Gemeinde is still drawn, each with a real outline.
      const paths = [...svg.matchAll(/<path[^>]*\sd="(M[^"]+)"/g)].map((m) => m[1]!);
      expect(paths.length).toBeGreaterThanOrEqual(396);
      await page.context().close();
    }
  });

  it('a 90-character title at 320 px is fully in the SVG and the 2× PNG, wrapped, never clipped', async () => {
    const title =
      'Kommunales Integrationsmanagement im Kreis Siegen-Wittgenstein: Stellen nach Baustein 2026';
    expect(title.length).toBe(90);
    const { page } = await openEmbed(
      `grafik=bausteine&koerperschaft=05970&titel=${encodeURIComponent(title)}`,
      320,
    );
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('embed-svg').click(),
    ]);
    const svg = readFileSync((await d.path())!, 'utf8');
    // The drawn title lines, measured in the page with the font the PNG is drawn in.
    const drawn = await page.evaluate((text) => {
      const host = document.createElement('div');
      host.innerHTML = text;
      document.body.append(host);
      const root = host.querySelector('svg')!;
      const lines = [...root.querySelectorAll('text[font-size="20"]')] as SVGTextElement[];
      const out = {
        width: Number(root.getAttribute('width')),
        lines: lines.map((l) => ({
          text: l.textContent,
          right: l.getBBox().x + l.getBBox().width,
        })),
      };
      host.remove();
      return out;
    }, svg);
    expect(drawn.lines.map((l) => l.text).join(' ')).toBe(title);
    expect(drawn.lines.length).toBeGreaterThan(1);
    for (const l of drawn.lines)
      expect(l.right, l.text!).toBeLessThanOrEqual(drawn.width - 16 + 0.5);
    // The PNG is that SVG at 2×: as wide, and tall enough for every line.
    const [p] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('embed-png').click(),
    ]);
    const png = readFileSync((await p.path())!);
    expect(png.readUInt32BE(16)).toBe(drawn.width * 2);
    await page.context().close();
  });

  it('the Ausreisepflichtige map by Kreis names its Stichtage and coverage in subtitle, alt text, CSV, SVG and PNG', async () => {
    const { page, errors } = await openEmbed('grafik=karte&mass=ausreise1k&ebene=kreis', 700);
    expect(await page.locator('.subtitle').textContent()).toBe(
      'Ausreisepflichtige je 1.000 Einwohner · Kreise · Stichtage 2017–2024 · Stichtage gemischt',
    );
    const description = (await page.getByTestId('embed-description').textContent())!;
    expect(description).toMatch(
      /^Ausreisepflichtige je 1\.000 Einwohner nach Kreise, Stichtage 2017–2024: \d+ Gebiete mit Wert/,
    );
    expect(description).toContain('Stichtage gemischt (2017 bis 31.12.2024, 7 Jahre auseinander)');
    expect(description).toContain(
      'Einwohner je Gebiet zum Stichtag, der der Zahl am nächsten liegt',
    );
    expect(description).toMatch(/Daten für \d+ von 54 KIM-Körperschaften\.$/);
    // Each area's tooltip names its value, Stichtag, Bezug and Beleg.
    const tips = await page
      .locator('[data-testid="choropleth-svg"] path[data-tip]')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-tip')!));
    const meschede = tips.find((t) => t.startsWith('Meschede\nHochsauerlandkreis\n'))!;
    expect(meschede).toMatch(/Ausreisepflichtige je 1\.000 Einwohner: [\d,]+/);
    expect(meschede).toContain('August 2024');
    expect(meschede).toContain(
      'Ausländerbehörde des Hochsauerlandkreises, ohne Stadt Arnsberg (eigene ABH)',
    );
    expect(meschede).toMatch(/presse/i);
    const svgNotes = await page.getByTestId('choropleth-note').allTextContents();
    expect(svgNotes.join(' ')).toContain('Stichtage 2017–2024');
    const save = async (id: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
      return readFileSync((await d.path())!);
    };
    const csv = (await save('embed-csv')).toString('utf8');
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe(
      'gebiet;ags;Ausreisepflichtige je 1.000 Einwohner;stichtag;bezug;beleg;einwohner;einwohner_stichtag;basis;gemeinden',
    );
    expect(rows.find((r) => r.startsWith('Hochsauerlandkreis;05958;'))).toMatch(
      /;08\.2024;Ausländerbehörde des Hochsauerlandkreises, ohne Stadt Arnsberg \(eigene ABH\);presse;\d+;[\d.]+;Zensus 20(11|22);12$/,
    );
    const svg = (await save('embed-svg')).toString('utf8');
    expect(svg).toContain('Stichtage 2017–2024');
    expect(svg).toMatch(/Daten für \d+ von 54 KIM-Körperschaften/);
    const png = await save('embed-png');
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await h.shot(page, 'embed-karte-ausreise-700');
    expect(errors).toEqual([]);
    await page.context().close();
    const narrow = await openEmbed('grafik=karte&mass=ausreise1k&ebene=kreis', 375);
    const [scroll, client] = await narrow.page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client);
    await h.shot(narrow.page, 'embed-karte-ausreise-375');
    await narrow.page.context().close();
  });

  it('the host snippet sets the height from its own iframe and ignores other frames', async () => {
    const { page, errors } = await h.open('', { width: 800, height: 600 });
    const code = embedCode(`${h.url}embed.html?grafik=bausteine`, 'KIM-Stellen', 450);
    // The host page is a newsroom's, not ours: another origin (a second server on
    // loopback), without our CSP. Not about:blank: Chromium's Local Network Access
    // blocks a loopback iframe in a page it counts as public.
    const rogue = `<iframe id="rogue" srcdoc="<script>setInterval(function(){parent.postMessage({type:'kim-embed-height',height:3333},'*')},50)</script>"></iframe>`;
    const dir = mkdtempSync(join(tmpdir(), 'kim-host-'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><body><h1>Artikel</h1>${code}${rogue}</body></html>`,
    );
    const newsroom = await serve(dir, dir);
    await page.goto(newsroom.url);
    const frame = page.locator('iframe').first();
    expect(await frame.getAttribute('height')).toBe('450');
    await expect
      .poll(() => frame.evaluate((f) => (f as HTMLIFrameElement).style.height), { timeout: 15_000 })
      .toMatch(/^\d+px$/);
    await page.waitForTimeout(500);
    const height = await frame.evaluate((f) => parseInt((f as HTMLIFrameElement).style.height, 10));
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(1500);
    const inner = await page
      .frameLocator('iframe >> nth=0')
      .locator('html')
      .evaluate((e) => e.scrollHeight);
    expect(Math.abs(height - inner)).toBeLessThanOrEqual(1);
    void errors;
    await page.context().close();
    await newsroom.close();
  });

  it('the embed height follows the content both ways: 900 → content, taller on a phone, shorter again at 1200 px', async () => {
    const { page } = await h.open('', { width: 375, height: 740 });
    const code = embedCode(`${h.url}embed.html?grafik=bausteine`, 'KIM-Stellen', 900);
    const dir = mkdtempSync(join(tmpdir(), 'kim-host-'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html><body>${code}</body></html>`);
    const newsroom = await serve(dir, dir);
    await page.goto(newsroom.url);
    const frame = page.locator('iframe').first();
    const px = () =>
      frame.evaluate((f) => parseInt((f as HTMLIFrameElement).style.height, 10) || 0);
    const content = () =>
      page
        .frameLocator('iframe >> nth=0')
        .getByTestId('embed')
        .evaluate((m) => Math.ceil(m.getBoundingClientRect().bottom));
    await expect.poll(px, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.frameLocator('iframe >> nth=0').locator('[data-ready="true"]').waitFor();
    await expect
      .poll(async () => Math.abs((await px()) - (await content())))
      .toBeLessThanOrEqual(1);
    const phone = await px();
    await page.setViewportSize({ width: 1200, height: 800 });
    await expect
      .poll(async () => Math.abs((await px()) - (await content())))
      .toBeLessThanOrEqual(1);
    const desktop = await px();
    // Shorter at 1200 px than on the phone, and far below the 900 px it started with.
    expect(desktop).toBeLessThan(phone);
    expect(desktop).toBeLessThan(900);
    // No blank space under the chart: the frame ends where the content ends.
    const blank = await page
      .frameLocator('iframe >> nth=0')
      .locator('html')
      .evaluate(
        (e) => e.scrollHeight - Math.ceil(e.querySelector('main')!.getBoundingClientRect().bottom),
      );
    expect(blank).toBeLessThanOrEqual(1);
    console.log(
      `Einbettung Höhe: 375 px breit ${phone} px, 1200 px breit ${desktop} px (Start 900)`,
    );
    await page.context().close();
    await newsroom.close();
  });

  it('a fixed (Stand) embed keeps its figures when the published data changes; a current one follows', async () => {
    const stellen = join(ROOT, 'dist/data/stellen.csv');
    const backup = `${stellen}.bak`;
    const baseline = await openEmbed('grafik=bausteine', 600);
    const before = Number(
      /mit ([\d.,]+) VZÄ insgesamt/
        .exec((await baseline.page.getByTestId('embed-description').textContent())!)![1]!
        .replace(/\./g, '')
        .replace(',', '.'),
    );
    await baseline.page.context().close();
    copyFileSync(stellen, backup);
    try {
      const text = readFileSync(stellen, 'utf8').replace(
        /^(SW-B3-KREIS;05970;3;[^;]*;[^;]*;[^;]*;[^;]*;)1;/m,
        (_, head: string) => `${head}3;`,
      );
      expect(text).not.toBe(readFileSync(backup, 'utf8'));
      writeFileSync(stellen, text);
      const fixed = await openEmbed('grafik=bausteine&stand=2026-11-22', 600);
      expect(await fixed.page.getByTestId('embed-description').textContent()).toContain(
        'mit 82,9 VZÄ insgesamt',
      );
      await fixed.page.context().close();
      const current = await openEmbed('grafik=bausteine', 600);
      expect(await current.page.getByTestId('embed-description').textContent()).toContain(
        `mit ${(before + 2).toLocaleString('de-DE')} VZÄ insgesamt`,
      );
      await current.page.context().close();
    } finally {
      copyFileSync(backup, stellen);
      rmSync(backup);
    }
  });

  it('preview mode names ignored parameters; an unknown chart says which exist', async () => {
    const { page } = await openEmbed('grafik=bausteine&vorschau=1&farbe=rot&mass=vzae', 600);
    expect(await page.getByTestId('embed-ignored').textContent()).toBe(
      'Vorschau: Diese Parameter werden nicht verwendet: farbe, mass',
    );
    await page.goto(`${h.url}embed.html?grafik=torte`);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('bausteine, traeger, zeitleiste, karte, verteilung, vergleich');
    await page.context().close();
  });
});
