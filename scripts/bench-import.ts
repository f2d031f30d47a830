/**
 * One import timed in its own process, so that its peak memory (maxRSS) is
 * ours alone and not what papaparse or uDSV left on the heap of the bench.
 * Run by `npm run bench` as a bundle: node bench-import.mjs <file> <gazetteer.json>.
 */
import { readFileSync } from 'node:fs';
import { buildDataset } from '../src/lib/data/dataset.ts';
import { createGazetteer, type GazetteerFile } from '../src/lib/data/gazetteer.ts';

const [file, geo] = process.argv.slice(2) as [string, string];
const bytes = new Uint8Array(readFileSync(file));
const gazetteer = createGazetteer([JSON.parse(readFileSync(geo, 'utf8')) as GazetteerFile]);
const before = process.resourceUsage().maxRSS;
const t0 = performance.now();
const dataset = buildDataset([{ name: 'stellen.csv', bytes }], gazetteer);
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    ms,
    posts: dataset.posts.length,
    problems: dataset.problems.length,
    // maxRSS is in KiB; the file's bytes are part of it, as they are in a browser tab.
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
    baseRssMb: (before * 1024) / 1e6,
  }),
);
