// The pipeline functions `npm run bench` bundles and times (types only at run time of the bench).
export { buildDataset } from '../src/lib/data/dataset.ts';
export { decodeBytes } from '../src/lib/data/decode.ts';
export { parseCsv } from '../src/lib/data/csv.ts';
export { readTable } from '../src/lib/data/read-table.ts';
export { validateTable } from '../src/lib/data/validate-table.ts';
export { postOf } from '../src/lib/data/records.ts';
export { createGazetteer } from '../src/lib/data/gazetteer.ts';
export { ProblemLog } from '../src/lib/data/problem-log.ts';
