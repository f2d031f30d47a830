import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook, type Worksheet } from '@cj-tech-master/excelts';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../../src/lib/data/dataset.ts';
import type { IsoDate } from '../../../src/lib/data/dates.ts';
import { tableRows } from '../../../src/lib/data/csv-export.ts';
import type { GazetteerFile } from '../../../src/lib/data/gazetteer.ts';
import { buildWith } from '../../../src/lib/data/loader.ts';
import type { InputFile } from '../../../src/lib/data/read-table.ts';
import { reportText } from '../../../src/lib/data/report.ts';
import { TABLES, type TableName } from '../../../src/lib/data/schema.ts';
import { datasetXlsx, templateXlsx } from '../../../src/lib/data/xlsx-export.ts';
import { readWorkbook } from '../../../src/lib/data/xlsx-read.ts';
import { numberText } from '../../../src/lib/data/xlsx-sheet.ts';
import { workbookXlsx, type XlsxSheet } from '../../../src/lib/data/xlsx-write.ts';
import { problemInEnglish } from '../../../src/lib/i18n/problems-en.ts';
import { lookupAreas } from '../../../src/lib/model/lookup-areas.ts';
import { fixtureFiles, gazetteer, ROOT, TERMINE_OK, file } from '../helpers.ts';

const GEO = [
  JSON.parse(readFileSync(join(ROOT, 'data/geo/gebiete-de.json'), 'utf8')) as GazetteerFile,
];
/** Builds as the browser and validate do: workbooks are read into their sheets first. */
const build = (files: InputFile[]) =>
  buildWith(files, GEO, undefined, { workbook: readWorkbook }).dataset;
const xlsx = (name: string, bytes: Uint8Array): InputFile => ({ name, bytes });
const LISTS = ['posts', 'regions', 'events', 'obliged', 'population'] as const;
/** Records compare without their file name (a sheet's file is „mappe.xlsx › Blatt stellen“). */
const records = (ds: Dataset, list: (typeof LISTS)[number]) =>
  ds[list].map((r) => ({ ...r, file: '' }));
const reference = () => buildDataset(fixtureFiles(), gazetteer);

/** ExcelTS (another writer: shared strings, its own styles) writes the dataset's tables. */
async function excelTsWorkbook(ds: Dataset): Promise<Uint8Array> {
  const wb = new Workbook();
  for (const spec of TABLES) {
    if (!ds[spec.records].length) continue;
    const sheet = wb.addWorksheet(spec.name);
    const [header, rows] = tableRows(spec, ds[spec.records], (c, v) => {
      if (c.type.kind === 'date' && v) {
        const d = v as IsoDate;
        if (d.precision === 'year') return Number(d.iso);
        const [y, m, day = '1'] = d.iso.split('-');
        const [h = '0', min = '0'] = (d.time ?? '').split(':');
        return {
          date: new Date(Date.UTC(Number(y), Number(m) - 1, Number(day), Number(h), Number(min))),
          format: d.precision === 'month' ? 'mm.yyyy' : d.time ? 'dd.mm.yyyy hh:mm' : 'dd.mm.yyyy',
        };
      }
      if (v === undefined || v === null) return null;
      if (c.type.kind === 'ags-list' || c.type.kind === 'baustein-list')
        return (v as unknown[]).join(' | ');
      if (c.type.kind === 'ags-list-or-region') {
        const a = v as { kind: string; name?: string; codes?: string[] };
        return a.kind === 'region' ? a.name! : a.codes!.join(' | ');
      }
      return v as string | number;
    });
    sheet.addRow(header);
    rows.forEach((row, r) =>
      row.forEach((v, i) => {
        if (v === null || v === undefined) return;
        const cell = sheet.getCell(r + 2, i + 1);
        if (typeof v === 'object') {
          cell.value = v.date;
          cell.numFmt = v.format;
        } else cell.value = v;
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A sheet of our writer with a header and rows. */
const sheet = (name: string, header: string[], rows: XlsxSheet['rows']): XlsxSheet => ({
  name,
  columns: header.map((h) => ({ name: h, width: 10 })),
  rows,
});
const STELLEN = ['id', 'koerperschaft', 'baustein', 'traeger_typ', 'traeger', 'vzae', 'status'];
const TERMINE = ['datum', 'art', 'koerperschaft', 'titel'];
const termine = sheet('termine', TERMINE, [
  [{ iso: '2022-11-16', precision: 'day' }, 'sitzung', '05970040', 'Sachstand KIM'],
]);

describe('readWorkbook (xlsx → the rows of the CSV path)', () => {
  it('reads our own export back into the same dataset as the CSV files, record by record', () => {
    const ds = reference();
    const again = build([xlsx('kim.xlsx', datasetXlsx(ds))]);
    expect(again.problems).toEqual([]);
    for (const list of LISTS) expect(records(again, list), list).toEqual(records(ds, list));
    expect(again.tables.stellen).toMatchObject({
      file: 'kim.xlsx › Blatt stellen',
      encoding: 'xlsx',
      rows: ds.posts.length,
      records: ds.posts.length,
    });
    // Excel's row numbers: the header is row 1, the first post row 2.
    expect(again.posts[0]!.line).toBe(2);
  });

  it('reads a workbook written by another program (ExcelTS: shared strings, own date styles) the same way', async () => {
    const ds = reference();
    const again = build([xlsx('fremd.xlsx', await excelTsWorkbook(ds))]);
    expect(again.problems).toEqual([]);
    for (const list of LISTS) expect(records(again, list), list).toEqual(records(ds, list));
  });

  it('date cells become dates, 0.5 the fte 0.5, 55000 the amount, a numeric AGS 5970 is repaired to 05970 with the Warnung', async () => {
    const wb = new Workbook();
    const s = wb.addWorksheet('Stellen 2024');
    s.addRow([...STELLEN, 'beginn', 'foerderung_eur_jahr', 'stand']);
    s.addRow(['A', '05970', 2, 'kommune', 'Kreis', 1, 'besetzt', null, null, 2021]);
    s.addRow([
      'B',
      5970,
      2,
      'frei',
      'Caritas',
      0.5,
      'besetzt',
      new Date(Date.UTC(2022, 10, 16)),
      55000,
    ]);
    s.getCell('H3').numFmt = 'dd.mm.yyyy';
    const t = wb.addWorksheet('termine');
    t.addRow(TERMINE);
    t.addRow([new Date(Date.UTC(2022, 10, 16, 17, 30)), 'sitzung', '05970040', 'KIM']);
    t.getCell('A2').numFmt = 'dd.mm.yyyy hh:mm';
    const ds = build([xlsx('mappe.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()))]);
    const b = ds.posts.find((p) => p.id === 'B')!;
    expect(b).toMatchObject({
      body: '05970',
      fte: 0.5,
      fundingPerYear: 55000,
      start: { iso: '2022-11-16', precision: 'day' },
      line: 3,
    });
    expect(ds.posts.find((p) => p.id === 'A')!.asOf).toEqual({ iso: '2021', precision: 'year' });
    expect(ds.events[0]!.date).toEqual({ iso: '2022-11-16', precision: 'day', time: '17:30' });
    const zero = ds.problems.find((p) => p.text?.key === 'ags.restored')!;
    expect(zero).toMatchObject({
      table: 'stellen',
      file: 'mappe.xlsx › Blatt Stellen 2024',
      line: 3,
      column: 'koerperschaft',
      sheetColumn: 'B',
      value: '5970',
      severity: 'Warnung',
    });
    expect(reportText(ds)).toContain(
      'Warnung mappe.xlsx › Blatt Stellen 2024, Zeile 3, Spalte B (koerperschaft) – Wert „5970“',
    );
    expect(reportText(ds)).toContain(
      'stellen             mappe.xlsx › Blatt Stellen 2024 – Excel-Arbeitsmappe, 2 Zeilen, 2 genutzt',
    );
  });

  it('names sheet, Excel row and column letters in every problem of a sheet, also below blank rows and in unknown order', () => {
    const bytes = workbookXlsx([
      {
        ...sheet(
          'stellen',
          ['status', 'vzae', ...STELLEN.filter((c) => c !== 'vzae' && c !== 'status')],
          [
            ['besetzt', 'viel', 'A', '05970', 2, 'kommune', 'Kreis'],
            [],
            [],
            ['offen', 1, 'B', '05970', 2, 'kommune', 'Kreis'],
          ],
        ),
      },
      termine,
    ]);
    const ds = build([xlsx('mappe.xlsx', bytes)]);
    const where = ds.problems.map((p) => `${p.file}|${p.line}|${p.sheetColumn}|${p.column}`);
    expect(where).toEqual([
      'mappe.xlsx › Blatt stellen|2|B|vzae',
      'mappe.xlsx › Blatt stellen|5|A|status',
    ]);
    const text = reportText(ds);
    expect(text).toContain(
      'Fehler  mappe.xlsx › Blatt stellen, Zeile 2, Spalte B (vzae) – Wert „viel“',
    );
    expect(text).toContain('Blatt stellen, Zeile 5, Spalte A (status)');
    expect(ds.held?.[0]).toMatchObject({ table: 'stellen', file: 'mappe.xlsx › Blatt stellen' });
    expect(ds.held?.[0]!.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it('finds a sheet by its header, warns about sheets that are no table, and is silent about empty and lookup sheets', () => {
    const bytes = workbookXlsx([
      sheet('Tabelle1', STELLEN, [['A', '05970', 2, 'kommune', 'Kreis', 1, 'besetzt']]),
      sheet('Notizen', ['Was', 'Wer'], [['Anruf', 'Frau M.']]),
      sheet('Tabelle2', [], []),
      sheet('Gebiete', ['AGS', 'Name'], [['05970', 'Kreis Siegen-Wittgenstein']]),
      termine,
    ]);
    const ds = build([xlsx('mappe.xlsx', bytes)]);
    expect(ds.posts.map((p) => p.id)).toEqual(['A']);
    expect(ds.tables.stellen!.file).toBe('mappe.xlsx › Blatt Tabelle1');
    expect(ds.problems.map((p) => `${p.severity}: ${p.message}`)).toEqual([
      'Warnung: Das Blatt „Notizen“ wird nicht gelesen: Weder sein Name noch seine Kopfzeile passen zu einer der Tabellen (stellen, regionen, termine, ausreisepflichtige, bevoelkerung).',
    ]);
  });

  it('one Fehler when no sheet is a table; a hidden sheet is named, not read', () => {
    const none = build([
      xlsx('leer.xlsx', workbookXlsx([sheet('Notizen', ['Was'], [['x']])])),
      file('termine.csv', TERMINE_OK),
    ]);
    expect(none.problems.map((p) => `${p.severity} ${p.file}: ${p.text?.key}`)).toEqual([
      'Fehler leer.xlsx: xlsx.noTable',
      'Warnung leer.xlsx › Blatt Notizen: xlsx.sheetNotRead',
      'Fehler (Datensatz): table.required',
    ]);
    // A hidden sheet: the workbook says so in xl/workbook.xml.
    const parts = unzipSync(workbookXlsx([sheet('stellen', STELLEN, []), termine]));
    parts['xl/workbook.xml'] = strToU8(
      new TextDecoder()
        .decode(parts['xl/workbook.xml'])
        .replace('name="stellen"', 'name="stellen" state="hidden"'),
    );
    const hidden = readWorkbook(xlsx('versteckt.xlsx', zipSync(parts)));
    expect(hidden.files.map((f) => f.name)).toEqual(['versteckt.xlsx › Blatt termine']);
    expect(hidden.problems.map((p) => `${p.severity}: ${p.message}`)).toEqual([
      'Hinweis: Das Blatt „stellen“ ist ausgeblendet und wird nicht gelesen.',
    ]);
  });

  it('an Excel error value or a formula without result is a Warnung with its cell, read as empty', () => {
    const parts = unzipSync(
      workbookXlsx([
        sheet(
          'stellen',
          [...STELLEN, 'kosten_eur_jahr'],
          [['A', '05970', 2, 'kommune', 'K', 1, 'besetzt', 1]],
        ),
        termine,
      ]),
    );
    const name = 'xl/worksheets/sheet1.xml';
    parts[name] = strToU8(
      new TextDecoder()
        .decode(parts[name])
        .replace(
          '<c r="H2"><v>1</v></c>',
          '<c r="H2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="I2"><f>A1</f></c>',
        ),
    );
    const ds = build([xlsx('mappe.xlsx', zipSync(parts))]);
    expect(ds.posts[0]!.costPerYear).toBeUndefined();
    expect(
      ds.problems.map((p) => `${p.severity} ${p.line} ${p.sheetColumn} ${p.table}: ${p.message}`),
    ).toEqual([
      'Warnung 2 H stellen: Die Zelle H2 enthält den Excel-Fehlerwert „#DIV/0!“ (eine Formel ließ sich nicht berechnen); sie wird als leer gelesen.',
      'Warnung 2 I stellen: Die Zelle I2 enthält eine Formel ohne gespeichertes Ergebnis; sie wird als leer gelesen.',
    ]);
    expect(problemInEnglish(ds.problems[0]!).message).toBe(
      'The cell H2 holds the Excel error value “#DIV/0!” (a formula could not be calculated); it is read as empty.',
    );
  });

  it('refuses a zip bomb and a file that is no workbook with one Fehler each, nothing inflated', () => {
    const big = 'a'.repeat(8 * 1024 * 1024);
    const bomb = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8(`<workbook>${big}</workbook>`),
    });
    const read = readWorkbook(xlsx('bombe.xlsx', bomb));
    expect(read.files).toEqual([]);
    expect(read.problems.map((p) => p.text?.key)).toEqual(['xlsx.bomb']);
    expect(read.problems[0]!.message).toMatch(
      /^„bombe\.xlsx“: Der Teil „xl\/workbook\.xml“ würde sich von .* auf 8 MB entpacken \(\d+\.\d{3}-fach\)/,
    );
    const broken = readWorkbook(xlsx('alt.xlsx', new TextEncoder().encode('kein zip')));
    expect(broken.problems.map((p) => `${p.severity}: ${p.message}`)).toEqual([
      'Fehler: „alt.xlsx“ ist keine lesbare Excel-Arbeitsmappe (beschädigt, mit Kennwort geschützt oder eine ältere .xls-Datei).',
    ]);
    expect(problemInEnglish(broken.problems[0]!).message).toBe(
      '“alt.xlsx” is not a readable Excel workbook (damaged, protected by a password or an older .xls file).',
    );
  });

  it('does not modify its input and reads each workbook once', () => {
    const bytes = datasetXlsx(reference());
    const copy = bytes.slice();
    const input = xlsx('kim.xlsx', bytes);
    expect(readWorkbook(input)).toBe(readWorkbook(input));
    expect(bytes).toEqual(copy);
  });
});

describe('numberText', () => {
  it.each([
    [55000, '55000'],
    [0.5, '0,5'],
    [-1.25, '-1,25'],
    [1234.5, '1234,5'],
    [1e-7, '0,0000001'],
    [102770, '102770'],
  ])('%d → %s', (n, text) => expect(numberText(n)).toBe(text));
});

/** The data validations of a sheet as ExcelTS reads them: column letter → list formula. */
function listsOf(sheet: Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  const model = sheet.dataValidations.model as Record<string, { type: string; formulae: string[] }>;
  for (const [range, v] of Object.entries(model))
    if (v.type === 'list')
      out[range.replace(/^range:/, '').replace(/\d+:.*$/, '')] = v.formulae[0]!;
  return out;
}

describe('templateXlsx (vorlage-kim.xlsx), read back with ExcelTS', () => {
  const areas = lookupAreas(gazetteer);
  const bytes = templateXlsx(areas);

  it('has one sheet per table with the registry header and dropdowns with the registry values', async () => {
    const wb = new Workbook();
    await wb.xlsx.load(bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual([...TABLES.map((t) => t.name), 'Gebiete']);
    for (const spec of TABLES) {
      const s = wb.getWorksheet(spec.name)!;
      expect((s.getRow(1).values as unknown[]).slice(1), spec.name).toEqual(
        spec.columns.map((c) => c.name),
      );
    }
    expect(listsOf(wb.getWorksheet('stellen')!)).toEqual({
      C: '"1,2,3"',
      F: '"kommune,frei,unbekannt"',
      I: '"geplant,ausgeschrieben,besetzt,vakant,entfallen,unbekannt"',
      Q: '"amtlich,presse,zitiert"',
    });
    expect(listsOf(wb.getWorksheet('termine')!)).toEqual({
      C: '"sitzung,frist,foerderzeitraum,beschluss,antrag,sonstiges"',
      J: '"beschlossen,abgelehnt,vertagt,zur Kenntnis genommen,offen"',
    });
    expect(listsOf(wb.getWorksheet('ausreisepflichtige')!)).toEqual({
      F: '"amtlich,presse,zitiert"',
    });
    // The example row is typed as staff would type it: 0,5 a number, 01.09.2021 a date, 05970 text.
    const example = wb.getWorksheet('stellen')!.getRow(2);
    expect(example.getCell(8).value).toBe(0.5);
    expect(example.getCell(10).value).toEqual(new Date(Date.UTC(2021, 8, 1)));
    expect(example.getCell(2).value).toBe('05970');
  });

  it('has the lookup sheet Gebiete: 54 KIM bodies and 396 Gemeinden, AGS as text with the leading zero', async () => {
    const wb = new Workbook();
    await wb.xlsx.load(bytes);
    const rows: unknown[][] = [];
    wb.getWorksheet('Gebiete')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['AGS', 'Name', 'Art', 'KIM-Körperschaft']);
    const body = rows.slice(1);
    expect(body.filter((r) => r[2] !== 'Gemeinde')).toHaveLength(54);
    expect(body.filter((r) => r[2] === 'Gemeinde')).toHaveLength(396);
    expect(body).toContainEqual(['05970040', 'Stadt Siegen', 'Gemeinde', '05970']);
    expect(body).toContainEqual([
      '05334002',
      'Stadt Aachen',
      'Stadt (eigene KIM-Körperschaft)',
      '05334002',
    ]);
    expect(body).toContainEqual(['05111', 'Stadt Düsseldorf', 'kreisfreie Stadt', '05111']);
    for (const r of body) expect(typeof r[0]).toBe('string');
  });

  it('uploaded again, the example rows are read and the lookup sheet is left alone', () => {
    const ds = build([xlsx('vorlage-kim.xlsx', bytes)]);
    expect(ds.problems.filter((p) => p.severity === 'Fehler')).toEqual([]);
    expect(ds.problems.some((p) => p.file.includes('Gebiete'))).toBe(false);
    expect(ds.posts).toHaveLength(1);
    expect(ds.posts[0]).toMatchObject({
      id: 'SI-CM-1',
      body: '05970',
      fte: 0.5,
      fundingPerYear: 55000,
    });
    for (const t of TABLES) expect(ds.tables[t.name as TableName]?.rows, t.name).toBe(1);
  });
});

describe('datasetXlsx (the whole dataset), read back with ExcelTS', () => {
  it('writes numbers as numbers, dates as date cells, AGS and lists as text, formulas as text', async () => {
    const tricky = buildDataset(
      [
        file(
          'stellen.csv',
          'id;koerperschaft;baustein;traeger_typ;traeger;vzae;status;beginn;foerderung_eur_jahr;einsatzgebiet;anmerkung;Büro\r\nX-1;05970;2;frei;Caritas „Süd“ e.V.;0,5;besetzt;16.11.2022;55.000;05970024 | 05970020;=1+1;R1\r\n',
        ),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    const wb = new Workbook();
    await wb.xlsx.load(datasetXlsx(tricky));
    const s = wb.getWorksheet('stellen')!;
    const header = (s.getRow(1).values as unknown[]).slice(1);
    const row = s.getRow(2);
    const at = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect(at('vzae')).toBe(0.5);
    expect(at('foerderung_eur_jahr')).toBe(55000);
    expect(at('beginn')).toEqual(new Date(Date.UTC(2022, 10, 16)));
    expect(at('koerperschaft')).toBe('05970');
    expect(at('einsatzgebiet')).toBe('05970024 | 05970020');
    expect(at('anmerkung')).toBe('=1+1');
    // The unknown column travels along at the end, as in the CSV.
    expect(header.at(-1)).toBe('Büro');
    expect(at('Büro')).toBe('R1');
    const again = build([xlsx('kim.xlsx', datasetXlsx(tricky))]);
    expect(records(again, 'posts')).toEqual(records(tricky, 'posts'));
  });
});

describe('npm run validate with a workbook', () => {
  const cli = join(ROOT, 'scripts/validate.ts');
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const dir = mkdtempSync(join(tmpdir(), 'kim-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the sheets, names sheet, row and column, points annotations at the workbook, skips Excel’s lock file', () => {
    mkdirSync(join(dir, 'daten'));
    writeFileSync(
      join(dir, 'daten', 'mappe.xlsx'),
      workbookXlsx([
        sheet('stellen', STELLEN, [['A', '05970', 2, 'kommune', 'K', 'viel', 'besetzt']]),
        termine,
      ]),
    );
    writeFileSync(join(dir, 'daten', '~$mappe.xlsx'), 'gesperrt');
    const text = spawnSync(tsx, [cli, 'daten'], { cwd: dir, encoding: 'utf8' });
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(
      'Fehler  mappe.xlsx › Blatt stellen, Zeile 2, Spalte F (vzae) – Wert „viel“',
    );
    expect(text.stdout).toContain('Ergebnis: 1 Fehler, 0 Warnungen, 0 Hinweise.');
    expect(text.stderr).toBe('');
    const gh = spawnSync(tsx, [cli, 'daten', '--format', 'github'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_WORKSPACE: dir },
    });
    expect(gh.stdout.split('\n')[0]).toMatch(
      /^::error file=daten\/mappe\.xlsx,line=2,col=6,title=KIM Fehler%3A mappe\.xlsx › Blatt stellen%2C Zeile 2%2C Spalte F \(vzae\)::/,
    );
  });
});
