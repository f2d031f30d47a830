import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JS chunks a page of the build loads: the entry script of `page` and
 * everything it imports statically, plus each lazily imported chunk whose
 * name starts with one of `lazy` (and its static imports). Deterministic:
 * read from the files of dist/, no browser.
 */
export function pageChunks(
  dist: string,
  page = 'index.html',
  lazy: readonly string[] = [],
): string[] {
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
  const assets = readdirSync(join(dist, 'assets'));
  for (const name of lazy) {
    const chunk = assets.find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
    if (!chunk) throw new Error(`no chunk ${name}`);
    visit(`assets/${chunk}`);
  }
  return [...seen];
}

/** The stylesheets of those chunks: the page's own plus `Name-*.css` of every chunk `Name-*.js`. */
export function pageStyles(dist: string, page: string, chunks: readonly string[]): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const own = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"/g)].map(
    (m) => m[1]!,
  );
  const names = new Set(
    chunks.map((c) => c.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')),
  );
  const css = readdirSync(join(dist, 'assets')).filter(
    (f) => f.endsWith('.css') && names.has(f.replace(/-[\w-]{8}\.css$/, '')),
  );
  return [...new Set([...own, ...css.map((f) => `assets/${f}`)])];
}

/** Gzipped size (level 9) of files of the build, in KB. */
export function gzipKb(dist: string, files: readonly string[]): number {
  const bytes = files.reduce(
    (s, f) => s + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length,
    0,
  );
  return Math.round((bytes / 1024) * 10) / 10;
}
