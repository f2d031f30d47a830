import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser.ts';

const dist = join(ROOT, 'dist');

/**
 * Chunks a page loads: the entry script of `page` and everything it imports
 * statically, plus the lazily imported chunk whose name starts with `lazy`
 * (and its static imports).
 */
function pageChunks(page = 'index.html', lazy?: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      visit(`assets/${m[1]}`);
  };
  visit(entry);
  if (lazy) {
    const chunk = readdirSync(join(dist, 'assets')).find(
      (f) => f.startsWith(`${lazy}-`) && f.endsWith('.js'),
    );
    if (!chunk) throw new Error(`no chunk ${lazy}`);
    visit(`assets/${chunk}`);
  }
  return [...seen];
}
const gzipped = (chunks: string[]) =>
  chunks.reduce((s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
const firstPageChunks = () => pageChunks();

describe('size budgets (deterministic, on the build)', () => {
  it('the Übersicht loads at most 120 KB gzipped JS and no maplibre', () => {
    const chunks = firstPageChunks();
    const gz = chunks.reduce(
      (s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
      0,
    );
    expect(chunks.some((c) => /MapView|maplibre/i.test(c))).toBe(false);
    expect(
      chunks
        .map((c) => readFileSync(join(dist, c), 'utf8'))
        .some((code) => code.includes('maplibregl') || code.includes('setWorkerUrl')),
    ).toBe(false);
    expect(gz / 1024).toBeLessThanOrEqual(120);
    console.log(`Übersicht: ${chunks.length} chunks, ${(gz / 1024).toFixed(1)} KB gzipped JS`);
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
      const chunks = pageChunks('embed.html', view);
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
