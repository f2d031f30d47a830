import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { reportJson, reportText } from '../../../src/lib/data/report.ts';
import { encodeWindows1252 } from '../../../src/lib/data/windows-1252.ts';
import { file, gazetteer, ROOT, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

const broken = buildDataset(
  [
    file(
      'stellen.csv',
      `${STELLEN_HEADER};Büro\nA;05999;2;kommune;S;1;besetzt;x\nB;5970;2;kommune;S;1;besetzt;y\n`,
    ),
    file('termine.csv', TERMINE_OK),
  ],
  gazetteer,
);

describe('reportJson', () => {
  it('has the documented shape', () => {
    const r = reportJson(broken);
    expect(Object.keys(r)).toEqual(['tables', 'problems', 'summary']);
    expect(r.tables.stellen).toEqual({
      file: 'stellen.csv',
      encoding: 'utf-8',
      delimiter: ';',
      rows: 2,
      records: 1,
    });
    expect(r.summary).toEqual({ Fehler: 1, Warnung: 1, Hinweis: 1 });
    expect(Object.keys(r.problems[0]!)).toEqual([
      'table',
      'file',
      'line',
      'column',
      'value',
      'severity',
      'message',
      'hint',
    ]);
    expect(r.problems.map((p) => p.line)).toEqual([1, 2, 3]);
  });
});

describe('reportText', () => {
  it('lists each problem with row, column, value and fix in German', () => {
    const text = reportText(broken);
    expect(text).toContain('Fehler  stellen.csv, Zeile 2, Spalte koerperschaft – Wert „05999“');
    expect(text).toContain('→ Bitte den AGS prüfen');
    expect(text).toContain('Ergebnis: 1 Fehler, 1 Warnungen, 1 Hinweise.');
  });
});

describe('npm run validate', () => {
  const cli = join(ROOT, 'scripts/validate.ts');
  const tsx = join(ROOT, 'node_modules/.bin/tsx');

  it('reports 0 Fehler on the shipped data and exits 0', () => {
    const out = execFileSync(tsx, [cli, join(ROOT, 'data')], { encoding: 'utf8' });
    // The only warnings are totals above 5 VZÄ per row, which sources publish as one figure.
    expect(out).toMatch(/Ergebnis: 0 Fehler, \d+ Warnungen, 0 Hinweise\./);
    expect(out).toMatch(/stellen\s+stellen\.csv – utf-8, Semikolon, \d+ Zeilen, \d+ genutzt/);
  });

  it('prints GitHub annotations with --format github, paths from the workspace, and exits 1 on a Fehler', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kim-gh-'));
    mkdirSync(join(dir, 'daten'));
    writeFileSync(
      join(dir, 'daten', 'stellen.csv'),
      'id;koerperschaft;baustein;traeger_typ;traeger;vzae;status\r\nA;05970;2;kommune;S;viel;besetzt\r\n',
    );
    writeFileSync(join(dir, 'daten', 'termine.csv'), readFileSync(join(ROOT, 'data/termine.csv')));
    const r = spawnSync(tsx, [cli, 'daten', '--format', 'github'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_WORKSPACE: dir },
    });
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      '::error file=daten/stellen.csv,line=2,col=6,title=KIM Fehler%3A stellen.csv%2C Zeile 2%2C Spalte vzae::„viel“ ist keine Zahl. Die Zeile wird nicht genutzt. Bitte eine Zahl mit Dezimalkomma eintragen, z. B. 0,5 oder 1.234,50 – ohne Einheit.',
    );
    expect(r.stdout).toContain('1 Fehler');
    const wrong = spawnSync(tsx, [cli, 'daten', '--format', 'xml'], { cwd: dir, encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Unbekanntes Format „xml“: möglich sind text, json und github.');
  });

  it('prints the JSON shape with --json', () => {
    const out = execFileSync(tsx, [cli, join(ROOT, 'data'), '--json'], { encoding: 'utf8' });
    const json = JSON.parse(out);
    expect(json.summary).toMatchObject({ Fehler: 0, Hinweis: 0 });
    expect(json.summary.Warnung).toBe(json.problems.length);
    for (const p of json.problems)
      expect(p).toMatchObject({ severity: 'Warnung', table: 'stellen', column: 'vzae' });
    expect(json.tables.stellen).toMatchObject({
      file: 'stellen.csv',
      encoding: 'utf-8',
      delimiter: ';',
    });
    expect(json.tables.stellen.records).toBe(json.tables.stellen.rows);
  });

  it('exits 1 on a Fehler and reads Windows-1252 files given one by one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kim-'));
    writeFileSync(
      join(dir, 'stellen.csv'),
      encodeWindows1252(
        'ID;Körperschaft;Baustein;Trägertyp;Träger;VZÄ;Status\nA;05999;2;kommune;Städtische Kita;0,5;besetzt\n',
      ),
    );
    writeFileSync(join(dir, 'termine.csv'), TERMINE_OK);
    const r = spawnSync(tsx, [cli, join(dir, 'stellen.csv'), join(dir, 'termine.csv'), '--json'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.tables.stellen.encoding).toBe('windows-1252');
    expect(json.problems[0]).toMatchObject({
      severity: 'Fehler',
      line: 2,
      column: 'koerperschaft',
      value: '05999',
    });
  });

  it('reads only regular files: loops, folders, FIFOs and devices are skipped in German, no stack trace, no hang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kim-'));
    writeFileSync(join(dir, 'stellen.csv'), `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`);
    writeFileSync(join(dir, 'termine.csv'), TERMINE_OK);
    symlinkSync('schleife-b.csv', join(dir, 'schleife-a.csv'));
    symlinkSync('schleife-a.csv', join(dir, 'schleife-b.csv'));
    mkdirSync(join(dir, 'regionen.csv'));
    execFileSync('mkfifo', [join(dir, 'bevoelkerung.csv')]);
    const r = spawnSync(tsx, [cli, dir, '/dev/zero'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.error).toBeUndefined(); // no timeout: nothing hung
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'schleife-a.csv“ ist ein Verweis (Symlink), der im Kreis zeigt; übersprungen.',
    );
    expect(r.stderr).toContain('regionen.csv“ ist ein Ordner, keine Datei; übersprungen.');
    expect(r.stderr).toContain(
      'bevoelkerung.csv“ ist eine benannte Pipe (FIFO), keine Datei; übersprungen.',
    );
    expect(r.stderr).toContain('„/dev/zero“ ist ein Gerät, keine Datei; übersprungen.');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at |Error:/);
    expect(r.stdout).toContain('Ergebnis: 0 Fehler');
  });

  it('prints control characters in names and values escaped, so no report line can be forged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kim-'));
    const evil = 'stellen\n  Fehler   gefälscht.csv';
    writeFileSync(join(dir, evil), `${STELLEN_HEADER}\n"A\nB";05999;2;kommune;S;1;besetzt\n`);
    writeFileSync(join(dir, 'termine.csv'), TERMINE_OK);
    const r = spawnSync(tsx, [cli, dir], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('stellen\\n  Fehler   gefälscht.csv');
    expect(r.stdout.split('\n').filter((l) => /^\s+Fehler/.test(l))).toHaveLength(1);
  });

  it('explains its usage and exits 2 without arguments', () => {
    const r = spawnSync(tsx, [cli], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm run validate --');
  });
});
