/**
 * `npm run bench`: measures what users feel, side by side with the raw
 * libraries in the same run (this machine is noisy: compare ratios).
 * Writes bench/results/latest.json and latest.md and prints the table.
 *
 *  1. Import in Node: a generated 1,000,000-row (~50 MB) Windows-1252 `;`
 *     stellen.csv through our pipeline (decode → parse → validate → Dataset)
 *     vs raw papaparse (explicit delimiter, arrays) vs uDSV (string arrays).
 *  2. Import in Chromium through the upload page (Web Worker): time until
 *     the preview appears and the longest main-thread task meanwhile.
 *  3. Page weight: gzipped JS per page from the build.
 * Size budgets are asserted in the test suite (tests/e2e/budget.e2e.ts), not here.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';
import { buildDataset } from '../src/lib/data/dataset.ts';
import { decodeBytes } from '../src/lib/data/decode.ts';
import { createGazetteer, type GazetteerFile } from '../src/lib/data/gazetteer.ts';
import { encodeWindows1252 } from '../src/lib/data/windows-1252.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });

// 1. A deterministic German stellen.csv (seeded), as Excel writes it: Windows-1252, `;`, CRLF, decimal comma.
const gemeinden = Object.keys(
  (JSON.parse(readFileSync(join(root, 'data/geo/gebiete-05.json'), 'utf8')) as GazetteerFile)
    .gemeinden,
);
let seed = 20221116;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const carriers = ['Stadt Lüdenscheid', 'Caritas Süd e.V.', 'Diakonie „Nord“', 'Kreis'];
const lines = ['id;koerperschaft;baustein;einsatzgebiet;traeger_typ;traeger;vzae;status;beginn'];
for (let i = 0; i < ROWS; i++) {
  const g = gemeinden[Math.floor(rand() * gemeinden.length)]!;
  const fte = String((Math.floor(rand() * 8) + 1) / 2).replace('.', ',');
  lines.push(
    `P${i};${g.slice(0, 5)};${1 + Math.floor(rand() * 3)};${g};${rand() < 0.4 ? 'frei' : 'kommune'};${carriers[Math.floor(rand() * 4)]};${fte};besetzt;01.09.2021`,
  );
}
const bytes = encodeWindows1252(`${lines.join('\r\n')}\r\n`);
const mb = bytes.length / 1e6;
const bigFile = join(out, 'stellen-gross.csv.tmp');
writeFileSync(bigFile, bytes);
console.log(
  `Testdatei: ${ROWS.toLocaleString('de-DE')} Zeilen, ${mb.toFixed(1)} MB (Windows-1252, ;)`,
);

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}
// The work below is synchronous, so memory is read after each step (a timer would never fire).
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

const text = time(() => (decodeBytes(bytes) as { text: string }).text);
sample();
const papa = time(
  () =>
    Papa.parse<string[]>(text.value, {
      delimiter: ';',
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
    }).data.length,
);
const udsv = time(() => {
  const schema = inferSchema(text.value, { col: ';' });
  for (const c of schema.cols) c.type = 's';
  return initParser(schema).stringArrs(text.value).length;
});
sample();
global.gc?.();
const gazetteer = createGazetteer([
  JSON.parse(readFileSync(join(root, 'data/geo/gebiete-de.json'), 'utf8')) as GazetteerFile,
]);
const ours = time(() => buildDataset([{ name: 'stellen.csv', bytes }], gazetteer));
sample();

const node = {
  rows: ROWS,
  megabytes: Number(mb.toFixed(1)),
  decodeMs: Math.round(text.ms),
  papaparse: {
    ms: Math.round(papa.ms + text.ms),
    mbPerS: Number((mb / ((papa.ms + text.ms) / 1000)).toFixed(1)),
    rows: papa.value - 2,
  },
  udsv: {
    ms: Math.round(udsv.ms + text.ms),
    mbPerS: Number((mb / ((udsv.ms + text.ms) / 1000)).toFixed(1)),
    rows: udsv.value - 1,
  },
  ours: {
    ms: Math.round(ours.ms),
    mbPerS: Number((mb / (ours.ms / 1000)).toFixed(1)),
    records: ours.value.posts.length,
    problems: ours.value.problems.length,
  },
  peakRssMb: Math.round(peak / 1e6),
};
const ratio = Number((node.ours.mbPerS / node.papaparse.mbPerS).toFixed(2));

// 2. Browser import through the UI (worker path).
let browser: Record<string, number | string> = { skipped: 'kein dist/ oder kein Chromium' };
try {
  const { start } = await import('../tests/e2e/browser.ts');
  const h = await start();
  const { page } = await h.open('#/daten');
  // Observe only the import: the page's own first render is finished before.
  await page.getByTestId('data-tables').waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const t0 = Date.now();
  await page.getByTestId('upload-files').setInputFiles(bigFile); // Playwright refuses in-memory files over 50 MB; the table is recognised by name or header
  const uploaded = Date.now();
  await page.getByTestId('candidate').waitFor({ timeout: 600_000 });
  const previewMs = Date.now() - uploaded;
  const totalMs = Date.now() - t0;
  const longest = () =>
    page.evaluate(() => {
      const w = window as unknown as { longest: number };
      const v = w.longest;
      w.longest = 0;
      return Math.round(v);
    });
  const longestMainThreadTaskMs = await longest();
  // After "Übernehmen" the full dataset comes to the page and is stored: measured apart.
  const confirmAt = Date.now();
  await page.getByTestId('confirm').click();
  await page.getByTestId('stored').waitFor({ timeout: 600_000 });
  browser = {
    previewMs,
    totalMs,
    longestMainThreadTaskMs,
    adoptMs: Date.now() - confirmAt,
    longestTaskAfterConfirmMs: await longest(),
  };
  await h.close();
} catch (e) {
  browser = { skipped: (e as Error).message.split('\n')[0]! };
}

// 3. Page weight (gzip) of the built chunks.
const assets = join(root, 'dist/assets');
const weights: Record<string, number> = {};
try {
  for (const f of readdirSync(assets).filter((n) => n.endsWith('.js')))
    weights[f.replace(/-[\w-]{8}\.js$/, '')] = Math.round(
      gzipSync(readFileSync(join(assets, f)), { level: 9 }).length / 1024,
    );
} catch {
  /* no build */
}

const result = {
  date: new Date().toISOString(),
  node,
  ratioOursToPapaparse: ratio,
  browser,
  pageWeightKbGzip: weights,
};
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
const md = [
  `# Bench ${result.date.slice(0, 10)}`,
  '',
  `Import (Node, ${node.rows.toLocaleString('de-DE')} Zeilen, ${node.megabytes} MB Windows-1252):`,
  '',
  '| Weg | Zeit | MB/s | Zeilen |',
  '|---|---|---|---|',
  `| papaparse (Trennzeichen vorgegeben, Arrays; inkl. Dekodieren) | ${node.papaparse.ms} ms | ${node.papaparse.mbPerS} | ${node.papaparse.rows} |`,
  `| uDSV (stringArrs; inkl. Dekodieren) | ${node.udsv.ms} ms | ${node.udsv.mbPerS} | ${node.udsv.rows} |`,
  `| KIM-Dashboard (Dekodieren, Parsen, Prüfen, Dataset) | ${node.ours.ms} ms | ${node.ours.mbPerS} | ${node.ours.records} Datensätze, ${node.ours.problems} Probleme |`,
  '',
  `Verhältnis KIM / papaparse: **${ratio}**; Spitzenspeicher (RSS) ${node.peakRssMb} MB.`,
  '',
  `Browser (Chromium, Upload über die Seite „Daten“, Web Worker): ${JSON.stringify(browser)}`,
  '',
  '| Chunk | KB (gzip) |',
  '|---|---|',
  ...Object.entries(weights)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `| ${k} | ${v} |`),
  '',
].join('\n');
writeFileSync(join(out, 'latest.md'), md);
console.log(md);
