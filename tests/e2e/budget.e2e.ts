import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser.ts';

const dist = join(ROOT, 'dist');

/** Chunks the first page loads: the entry script and everything it imports statically. */
function firstPageChunks(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
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
  return [...seen];
}

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
});
