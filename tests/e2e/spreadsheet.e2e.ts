import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/data/dataset.ts';
import { bundleZip, tableCsv } from '../../src/lib/data/export-tables.ts';
import type { InputFile } from '../../src/lib/data/read-table.ts';
import { TABLES } from '../../src/lib/data/schema.ts';
import { datasetDiff } from '../../src/lib/model/dataset-diff.ts';
import { gazetteer } from '../unit/helpers.ts';
import { calc, requireCalc, SOFFICE, trickyDataset } from './calc.ts';

/**
 * What German staff do with our exports: open them in a spreadsheet, save,
 * upload again. Here the spreadsheet is LibreOffice Calc (headless), in a
 * German locale with the CSV filter set to German (language 1031), saving
 * back as Windows-1252 `;` CSV with "cell contents as shown" — as Excel's
 * "CSV (Trennzeichen-getrennt)" does. .ci/run installs it; only where it
 * truly cannot be installed (no apt) is this skipped, with a message.
 */
requireCalc('Tabellen-Rundreise');

const work = mkdtempSync(join(tmpdir(), 'kim-calc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const EXPORT_1252 = 'csv:Text - txt - csv (StarCalc):59,34,1,1,,1031,false,true,true';

describe.skipIf(!SOFFICE)('LibreOffice Calc round trip (German locale)', () => {
  const ds = trickyDataset();
  const bundle = unzipSync(bundleZip(ds));
  const tables = TABLES.filter((t) => ds[t.records].length > 0).map((t) => t.name);

  it('the bundle holds the same CSVs as the single downloads', () => {
    for (const t of tables)
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bundle[`${t}.csv`]), t).toBe(
        tableCsv(ds, t),
      );
  });

  it('opens every export, saves it as Windows-1252 CSV, and the re-import shows 0 changes', () => {
    const t0 = Date.now();
    const inDir = join(work, 'in');
    mkdirSync(inDir, { recursive: true });
    const paths = tables.map((t) => {
      const p = join(inDir, `${t}.csv`);
      writeFileSync(p, bundle[`${t}.csv`]!);
      return p;
    });
    const out = calc(work, paths, EXPORT_1252, 'csv');
    const saved = readdirSync(out).sort();
    expect(saved).toEqual(tables.map((t) => `${t}.csv`).sort());
    // Saved as Excel users' files are: Windows-1252 (ü is one byte), `;`.
    const stellen = readFileSync(join(out, 'stellen.csv'));
    expect(stellen.includes(Buffer.from('Caritas \x84S\xfcd\x93 e.V.', 'latin1'))).toBe(true);
    const files: InputFile[] = [
      { name: 'manifest.json', bytes: bundle['manifest.json']! },
      ...saved.map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(out, n))) })),
    ];
    const again = buildDataset(files, gazetteer);
    expect(again.problems.filter((p) => p.severity === 'Fehler')).toEqual([]);
    const diff = datasetDiff(ds, again, '2026-11-22', String);
    expect(diff.posts.added).toEqual([]);
    expect(diff.posts.removed).toEqual([]);
    expect(diff.posts.changed.map((c) => `${c.after.id}: ${c.fields.join(', ')}`)).toEqual([]);
    expect(diff.events.added.length + diff.events.removed.length + diff.events.changed.length).toBe(
      0,
    );
    for (const c of diff.counts) expect(c.after, c.table).toBe(c.before);
    // The tables the preview only counts are equal record by record (lines included).
    for (const list of ['regions', 'obliged', 'population'] as const)
      expect(again[list], list).toEqual(ds[list]);
    const post = again.posts.find((p) => p.id === 'CALC-1')!;
    expect(post).toMatchObject({ fte: 0.5, fundingPerYear: 55000, note: '=1+1' });
    expect(post.start?.iso).toBe('2022-11-16');
    expect(post.area).toEqual({ kind: 'ags', codes: ['05970024', '05970020'] });
    console.log(`LibreOffice-Rundreise CSV: ${tables.length} Tabellen in ${Date.now() - t0} ms`);
  });

  it('reads 0,5, 16.11.2022 and 55.000 as number and date; the guarded =1+1 and the | list stay text', () => {
    const p = join(work, 'typed.csv');
    const row = ds.posts.find((x) => x.id === 'CALC-1')!;
    const csv = tableCsv({ ...ds, posts: [row] }, 'stellen');
    // And the old way of writing lists, to show why we do not: a comma list is a number to Calc.
    writeFileSync(p, csv.replace('\r\n', ';alt\r\n').replace(/\r\n$/, ';"05970024,05970020"\r\n'));
    const out = calc(work, [p], 'fods', 'fods');
    const xml = readFileSync(join(out, 'typed.fods'), 'utf8');
    // Rows of cells as Calc typed them, by the header's column names.
    const rows = xml
      .split('<table:table-row')
      .slice(1)
      .map((row) => {
        const cells: { attrs: string; text: string }[] = [];
        for (const m of row.matchAll(
          /<table:table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
        )) {
          const repeat = Number(/number-columns-repeated="(\d+)"/.exec(m[1]!)?.[1] ?? 1);
          const text = (m[2] ?? '')
            .replace(/<[^>]+>/g, '')
            .replaceAll('&apos;', "'")
            .replaceAll('&quot;', '"')
            .replaceAll('&amp;', '&')
            .trim();
          for (let i = 0; i < Math.min(repeat, 50); i++) cells.push({ attrs: m[1]!, text });
        }
        return cells;
      });
    const header = rows[0]!.map((c) => c.text);
    const cell = (column: string) => rows[1]![header.indexOf(column)]!;
    expect(cell('vzae').attrs).toContain('office:value-type="float" office:value="0.5"');
    expect(cell('beginn').attrs).toContain('office:date-value="2022-11-16"');
    expect(cell('foerderung_eur_jahr').attrs).toContain('office:value="55000"');
    expect(cell('anmerkung')).toEqual({
      attrs: expect.stringContaining('office:value-type="string"'),
      text: "'=1+1",
    });
    expect(xml).not.toContain('table:formula');
    expect(cell('einsatzgebiet')).toEqual({
      attrs: expect.stringContaining('office:value-type="string"'),
      text: '05970024 | 05970020',
    });
    // The comma list became a number: what every export before Issue 19 gave staff.
    expect(cell('alt').attrs).toContain('office:value-type="float"');
  });
});
