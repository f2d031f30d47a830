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
