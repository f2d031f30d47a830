import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv.ts';
import type { Dataset } from '../../src/lib/data/dataset.ts';
import { decodeBytes } from '../../src/lib/data/decode.ts';
import { tableCsv } from '../../src/lib/data/export-tables.ts';
import type { GazetteerFile } from '../../src/lib/data/gazetteer.ts';
import { buildWith } from '../../src/lib/data/loader.ts';
import type { InputFile } from '../../src/lib/data/read-table.ts';
import { STELLEN, TABLES } from '../../src/lib/data/schema.ts';
import { datasetXlsx, templateXlsx, typedValue } from '../../src/lib/data/xlsx-export.ts';
import { readWorkbook } from '../../src/lib/data/xlsx-read.ts';
import { workbookXlsx, type XlsxValue } from '../../src/lib/data/xlsx-write.ts';
import { datasetDiff } from '../../src/lib/model/dataset-diff.ts';
import { lookupAreas } from '../../src/lib/model/lookup-areas.ts';
import { ROOT, start, type Harness } from './browser.ts';
import { gazetteer } from '../unit/helpers.ts';
import { calc, CALC_CSV_IN, requireCalc, SOFFICE, trickyDataset } from './calc.ts';

/**
 * Excel workbooks as staff make them: here LibreOffice Calc (headless, German
 * locale) writes the .xlsx, from our CSV and from our own .xlsx export, and
 * the import must give the same dataset. .ci/run installs it; only where it
 * truly cannot be installed (no apt) is this part skipped, with a message.
 */
requireCalc('Excel-Rundreise');

const work = mkdtempSync(join(tmpdir(), 'kim-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const GEO = [
  JSON.parse(readFileSync(join(ROOT, 'data/geo/gebiete-de.json'), 'utf8')) as GazetteerFile,
];
const build = (files: InputFile[]) =>
  buildWith(files, GEO, undefined, { workbook: readWorkbook }).dataset;
const LISTS = ['posts', 'regions', 'events', 'obliged', 'population'] as const;
/**
 * Records without their file name (a sheet's file is „mappe.xlsx › Blatt
 * stellen“); posts also without their row, since the added post came from a
 * file of its own (row 2) and is the last row of the export.
 */
const records = (ds: Dataset, list: (typeof LISTS)[number]) =>
  ds[list].map((r) => (list === 'posts' ? { ...r, file: '', line: 0 } : { ...r, file: '' }));
/** LibreOffice Calc opens the files (German locale, own profile) and saves them as .xlsx. */
const calcToXlsx = (files: string[], name: string, csv = false) =>
  calc(work, files, 'xlsx', name, csv ? CALC_CSV_IN : null);

const readDir = (dir: string): InputFile[] =>
  readdirSync(dir)
    .sort()
    .map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(dir, n))) }));

describe.skipIf(!SOFFICE)('LibreOffice Calc writes the workbooks (German locale)', () => {
  const ds = trickyDataset();
  const tables = TABLES.filter((t) => ds[t.records].length > 0).map((t) => t.name);

  it('reads the .xlsx Calc makes of each CSV export into the same records', () => {
    const t0 = Date.now();
    const inDir = join(work, 'csv');
    mkdirSync(inDir, { recursive: true });
    const paths = tables.map((t) => {
      const p = join(inDir, `${t}.csv`);
      writeFileSync(p, tableCsv(ds, t));
      return p;
    });
    const books = readDir(calcToXlsx(paths, 'from-csv', true));
    expect(books.map((b) => b.name)).toEqual(tables.map((t) => `${t}.xlsx`).sort());
    const again = build(books);
    for (const list of LISTS) expect(records(again, list), list).toEqual(records(ds, list));
    // Calc typed 05970 as the number 5970, as Excel does: repaired, with the Warnung (nothing else).
    const kinds = new Set(again.problems.map((p) => `${p.severity} ${p.text?.key}`));
    expect(
      [...kinds].filter((k) => !/^Warnung (ags\.restored|ags\.zeros|number\.above)$/.test(k)),
    ).toEqual([]);
    const zero = again.problems.find((p) => p.text?.key === 'ags.restored')!;
    expect(zero.file).toMatch(/^\w+\.xlsx › Blatt \w+$/);
    expect(zero.sheetColumn).toMatch(/^[A-Z]$/);
    console.log(
      `LibreOffice CSV → xlsx → Import: ${tables.length} Tabellen in ${Date.now() - t0} ms`,
    );
  });

  it('our .xlsx export, opened and saved by Calc, imports with 0 changes', () => {
    const t0 = Date.now();
    const p = join(work, 'kim-datensatz.xlsx');
    writeFileSync(p, datasetXlsx(ds));
    const [saved] = readDir(calcToXlsx([p], 'from-xlsx'));
    // Calc rewrote it: shared strings, its own styles.
    expect(Object.keys(unzipSync(saved!.bytes))).toContain('xl/sharedStrings.xml');
    const again = build([saved!]);
    expect(again.problems.filter((p) => p.severity === 'Fehler')).toEqual([]);
    const diff = datasetDiff(ds, again, '2026-11-22', String);
    expect(diff.posts.added).toEqual([]);
    expect(diff.posts.removed).toEqual([]);
    expect(diff.posts.changed.map((c) => `${c.after.id}: ${c.fields.join(', ')}`)).toEqual([]);
    expect(diff.events.added).toEqual([]);
    expect(diff.events.removed).toEqual([]);
    expect(diff.events.changed).toEqual([]);
    for (const c of diff.counts) expect(c.after, c.table).toBe(c.before);
    for (const list of LISTS) expect(records(again, list), list).toEqual(records(ds, list));
    const post = again.posts.find((x) => x.id === 'CALC-1')!;
    expect(post).toMatchObject({ fte: 0.5, fundingPerYear: 55000, note: '=1+1' });
    expect(post.area).toEqual({ kind: 'ags', codes: ['05970024', '05970020'] });
    console.log(`LibreOffice xlsx → xlsx → Import: 0 Änderungen in ${Date.now() - t0} ms`);
  });

  it('keeps the dropdowns of the template when Calc saves it', () => {
    const p = join(work, 'vorlage-kim.xlsx');
    writeFileSync(p, templateXlsx(lookupAreas(gazetteer)));
    const [saved] = readDir(calcToXlsx([p], 'template'));
    const sheet = new TextDecoder().decode(unzipSync(saved!.bytes)['xl/worksheets/sheet1.xml']);
    const lists = [...sheet.matchAll(/sqref="([A-Z]+)2:[^"]*"[^>]*>\s*<formula1>([^<]*)</g)].map(
      (m) => `${m[1]} ${m[2]!.replaceAll('&quot;', '"')}`,
    );
    expect(lists.sort()).toEqual([
      'C "1,2,3"',
      'F "kommune,frei,unbekannt"',
      'I "geplant,ausgeschrieben,besetzt,vakant,entfallen,unbekannt"',
      'Q "amtlich,presse,zitiert"',
    ]);
  });
});

/**
 * The upload fixture (the frozen dataset with changes and one unknown AGS) as
 * a workbook staff would save: numbers and dates typed, and one AGS that
 * Excel turned into the number 5970.
 */
function uploadWorkbook(): Uint8Array {
  const decoded = decodeBytes(readFileSync(join(ROOT, 'tests/fixtures/upload/stellen.csv')));
  if (!decoded.ok) throw new Error('fixture');
  const [head, ...rows] = parseCsv(decoded.text, ';').rows;
  const header = head!.cells;
  const columns = header.map((h) => STELLEN.columns.find((c) => c.name === h)!);
  const typed = rows.map((r, i) =>
    r.cells.map((raw, j): XlsxValue => {
      const c = columns[j]!;
      if (raw && i === 0 && c.name === 'koerperschaft') return Number(raw);
      return typedValue(c, raw);
    }),
  );
  return workbookXlsx([
    { name: 'stellen', columns: header.map((name) => ({ name, width: 12 })), rows: typed },
  ]);
}

describe('#/daten with Excel workbooks (real Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await start();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('checks an uploaded .xlsx in the worker: report by sheet, row and column, preview, confirm, stored', async () => {
    const path = join(work, 'mappe.xlsx');
    writeFileSync(path, uploadWorkbook());
    const { page, errors } = await h.open('#/daten?quelle=fixtures/kim-2026-11/');
    await page.getByTestId('upload-files').waitFor();
    expect(await page.getByTestId('upload-files').getAttribute('accept')).toContain('.xlsx');
    await page.getByTestId('upload-files').setInputFiles(path);
    const candidate = page.getByTestId('candidate');
    await candidate.waitFor();
    expect(await candidate.getAttribute('data-worker')).toBe('true');
    const report = await candidate.getByTestId('problems-panel').textContent();
    expect(report).toContain('1 Fehler');
    expect(report).toMatch(/mappe\.xlsx › Blatt stellen\s*66\s*B \(koerperschaft\)\s*05999/);
    // The AGS Excel made a number: repaired, with the Warnung at its cell.
    expect(report).toMatch(/mappe\.xlsx › Blatt stellen\s*2\s*B \(koerperschaft\)\s*5970/);
    expect(await page.getByTestId('preview-changes').textContent()).toContain(
      'SI-CM-1 (Ist): traeger_typ kommune → frei; traeger Stadt Siegen → Caritasverband Siegen-Wittgenstein e.V.; status geplant → besetzt',
    );
    expect(await page.getByTestId('preview-figures').textContent()).toMatch(
      /Anteil freie Träger\s*0 %\s*2 %/,
    );
    expect(await page.getByTestId('kept').textContent()).toContain('termine');
    await page.getByTestId('confirm').click();
    await expect
      .poll(() => page.getByTestId('upload-message').textContent())
      .toContain('Übernommen und gespeichert');
    // Stored as uploaded (the workbook itself): after a reload the table names its sheet.
    await page.goto(`${h.url}#/daten`);
    await page.reload();
    await expect.poll(() => page.locator('main').getAttribute('data-built-in')).toBe('speicher');
    await page.getByTestId('data-tables').waitFor();
    expect(await page.getByTestId('data-tables').textContent()).toMatch(
      /stellen\s*mappe\.xlsx › Blatt stellen\s*Excel \(\.xlsx\)/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads the template, the areas and the whole dataset as .xlsx', async () => {
    const { page, errors } = await h.open('#/daten');
    await page.getByTestId('xlsx-template').waitFor();
    const save = async (id: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
      const bytes = new Uint8Array(readFileSync((await d.path())!));
      return { name: d.suggestedFilename(), bytes };
    };
    const template = await save('xlsx-template');
    const areas = await save('xlsx-areas');
    const whole = await save('xlsx-dataset');
    expect([template.name, areas.name, whole.name]).toEqual([
      'vorlage-kim.xlsx',
      'gebiete-nrw.xlsx',
      'kim-datensatz-2026-12-01.xlsx',
    ]);
    for (const f of [template, areas, whole])
      expect(String.fromCharCode(f.bytes[0]!, f.bytes[1]!), f.name).toBe('PK');
    // The whole dataset re-imports as the shipped one.
    const again = build([{ name: whole.name, bytes: whole.bytes }]);
    expect(again.posts).toHaveLength(89);
    expect(again.problems.filter((p) => p.severity === 'Fehler')).toEqual([]);
    const sheets = Object.keys(unzipSync(template.bytes)).filter((n) => n.includes('worksheets'));
    expect(sheets).toHaveLength(TABLES.length + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
