import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser.ts';
import { pageChunks } from './page-chunks.ts';

const dist = join(ROOT, 'dist');

const pageChunksOf = (page = 'index.html', lazy?: string) =>
  pageChunks(dist, page, lazy ? [lazy] : []);
const gzipped = (chunks: string[]) =>
  chunks.reduce((s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
const firstPageChunks = () => pageChunksOf();

describe('size budgets (deterministic, on the build)', () => {
  it('the Übersicht loads at most 120 KB gzipped JS and no maplibre', () => {
    const chunks = firstPageChunks();
    const gz = gzipped(chunks);
    expect(chunks.some((c) => /MapView|maplibre/i.test(c))).toBe(false);
    expect(
      chunks
        .map((c) => readFileSync(join(dist, c), 'utf8'))
        .some((code) => code.includes('maplibregl') || code.includes('setWorkerUrl')),
    ).toBe(false);
    expect(gz / 1024).toBeLessThanOrEqual(120);
    console.log(`Übersicht: ${chunks.length} chunks, ${(gz / 1024).toFixed(1)} KB gzipped JS`);
  });

  it('no page other than the Karte loads maplibre', () => {
    for (const page of ['TimelinePage', 'AllocationPage', 'DataPage', 'PresentPage']) {
      const chunks = pageChunksOf('index.html', page);
      expect(
        chunks.filter((c) => /MapView|maplibre/i.test(c)),
        page,
      ).toEqual([]);
    }
    expect(pageChunksOf('index.html', 'MapPage').length).toBeGreaterThan(
      pageChunksOf('index.html').length,
    );
  });

  for (const [view, limit] of [
    ['BausteinEmbed', 60],
    ['TimelineEmbed', 60],
    ['VerteilungEmbed', 60],
    ['TraegerEmbed', 60],
    ['VergleichEmbed', 60],
    ['VerlaufEmbed', 60],
    ['KarteEmbed', 90],
  ] as const)
    it(`the ${view} embed loads at most ${limit} KB gzipped JS and no maplibre`, () => {
      const chunks = pageChunksOf('embed.html', view);
      expect(chunks.some((c) => /MapView|maplibre|MapPage/i.test(c))).toBe(false);
      expect(
        chunks
          .map((c) => readFileSync(join(dist, c), 'utf8'))
          .some((code) => code.includes('setWorkerUrl')),
      ).toBe(false);
      const kb = gzipped(chunks) / 1024;
      console.log(`${view}: ${chunks.length} chunks, ${kb.toFixed(1)} KB gzipped JS`);
      expect(kb).toBeLessThanOrEqual(limit);
    });
});

describe('static assets from public/ (deterministic, on the build)', () => {
  it('a real favicon and the icons of the installable app, no data: placeholder', () => {
    for (const page of ['index.html', 'embed.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html).toContain('<link rel="icon" href="./favicon.svg" type="image/svg+xml" />');
      expect(html).not.toContain('href="data:,"');
    }
    expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toContain('<svg');
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
      lang: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest.lang).toBe('de');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const png = readFileSync(join(dist, icon.src));
      expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
      const size = Number(icon.sizes.split('x')[0]);
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
    }
  });
});
