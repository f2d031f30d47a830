import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readBundle } from '../../../src/lib/data/bundle-read.ts';
import { readUploads } from '../../../src/lib/pipeline/candidate.ts';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { LIMITS } from '../../../src/lib/data/limits.ts';
import { file, gazetteer, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

describe('zip checks before inflating', () => {
  it('refuses a zip bomb from its directory, without inflating it', () => {
    const zeros = new Uint8Array(64 * 1024 * 1024); // 64 MB of zeros pack to about 64 KB
    const bomb = zipSync(
      { 'stellen.csv': zeros, 'termine.csv': strToU8(TERMINE_OK) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(200_000);
    const r = readBundle(bomb, 'daten.zip');
    expect(r.files.map((f) => f.name)).toEqual(['termine.csv']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      severity: 'Fehler',
      file: 'daten.zip',
      value: 'stellen.csv',
    });
    expect(r.problems[0]!.message).toMatch(/entpacken \(\d{1,3}(\.\d{3})*-fach\); .*Zip-Bombe/);
  });

  it('refuses more entries than a dataset can have', () => {
    const many = Object.fromEntries(
      Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => [`t${i}.csv`, strToU8('a;b\n1;2\n')]),
    );
    const r = readBundle(zipSync(many), 'viele.zip');
    expect(r.files).toEqual([]);
    expect(r.problems[0]!.message).toBe(
      'Die Zip-Datei enthält mehr als 100 Dateien; ein Datensatz hat höchstens acht. Sie wird nicht gelesen.',
    );
  });

  it('names unknown and empty entries, skips folders and zip-tool noise, survives garbage', () => {
    const r = readBundle(
      zipSync({
        'daten/': new Uint8Array(0),
        'daten/stellen.csv': strToU8(`${STELLEN_HEADER}\n`),
        'daten/bild.png': new Uint8Array([1, 2, 3]),
        'daten/leer.csv': new Uint8Array(0),
        '__MACOSX/._stellen.csv': new Uint8Array([0]),
      }),
      'x.zip',
    );
    expect(r.files.map((f) => f.name)).toEqual(['stellen.csv']);
    expect(r.problems.map((p) => [p.severity, p.value])).toEqual([
      ['Hinweis', 'daten/bild.png'],
      ['Warnung', 'daten/leer.csv'],
    ]);
    const broken = readBundle(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'kaputt.zip');
    expect(broken.files).toEqual([]);
    expect(broken.problems[0]!.message).toMatch(/^„kaputt.zip“ ist keine lesbare Zip-Datei/);
  });
});

describe('size limits of an upload', () => {
  it('does not read a file above the limit, and says its table stays', async () => {
    const huge = { size: LIMITS.fileBytes * 1.5 } as Blob; // never read: refused by its size
    const r = await readUploads([{ name: 'stellen.csv', blob: huge }]);
    expect(r.files).toEqual([]);
    expect(r.problems[0]!.message).toBe(
      'Die Datei ist 300 MB groß; höchstens 200 MB sind möglich. Sie wird nicht gelesen, ihre Tabelle bleibt wie bisher.',
    );
  });

  it('a table with 100,000 columns is one Fehler, not 100,000 Hinweise', () => {
    const cols = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(';');
    const ds = buildDataset(
      [
        file('stellen.csv', `${STELLEN_HEADER};${cols}\nA;05970;2;kommune;S;1;besetzt\n`),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    const own = ds.problems.filter((p) => p.file === 'stellen.csv');
    expect(own).toHaveLength(1);
    expect(own[0]!.message).toBe(
      'Die Kopfzeile hat 100.007 Spalten; höchstens 500 sind möglich. Die Datei wird nicht gelesen.',
    );
  });

  it('a cell above 100,000 characters makes its row a Fehler', () => {
    const ds = buildDataset(
      [
        file(
          'stellen.csv',
          `${STELLEN_HEADER};anmerkung\nA;05970;2;kommune;S;1;besetzt;${'x'.repeat(100_001)}\nB;05970;2;kommune;S;1;besetzt;kurz\n`,
        ),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    expect(ds.posts.map((p) => p.id)).toEqual(['B']);
    expect(ds.problems.find((p) => p.severity === 'Fehler')).toMatchObject({
      line: 2,
      column: 'anmerkung',
      message:
        'Die Zelle hat 100.001 Zeichen; höchstens 100.000 sind möglich. Die Zeile wird nicht genutzt.',
    });
  });
});
