import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { englishKeys, problemInEnglish } from '../../../src/lib/i18n/problems-en.ts';
import { ROOT } from '../../e2e/browser.ts';
import { file, gazetteer, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

/** Every text key the data layer and the pipeline write (`key: '…'` and the keys passed to fail()). */
function writtenKeys(): string[] {
  const keys = new Set<string>();
  for (const dir of ['src/lib/data', 'src/lib/pipeline'])
    for (const name of readdirSync(join(ROOT, dir))) {
      const source = readFileSync(join(ROOT, dir, name), 'utf8');
      for (const m of source.matchAll(
        /'((?:number|date|ags|baustein|enum|cell|row|table|manifest|region|post|file|csv|upload|log)\.[a-zA-Z]+)'/g,
      ))
        keys.add(m[1]!);
    }
  return [...keys].sort();
}

describe('the English problem report', () => {
  it('has an English text for every key the data layer writes', () => {
    const keys = writtenKeys();
    expect(keys.length).toBeGreaterThan(40);
    const missing = keys.filter(
      (k) => k !== 'log.more' && !/\.(json|csv)$/.test(k) && !englishKeys().includes(k),
    );
    expect(missing).toEqual([]);
  });

  it('reads a file with errors, warnings and notes in English, rows and columns as before', () => {
    const ds = buildDataset(
      [
        file(
          'stellen.csv',
          `${STELLEN_HEADER};beginn;ende;Büro\r\nA;5970;2;kommune;S;viel;besetzt;01.09.2022;01.01.2021;R1\r\nB;05970;4;frei;T;1;offen;32.13.2022;;\r\nB;05970;2;frei;T;1;besetzt;;;\r\n`,
        ),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    const en = ds.problems.map(
      (p) => `${p.line ?? '-'} ${p.column ?? '-'}: ${problemInEnglish(p).message}`,
    );
    expect(en).toEqual(
      expect.arrayContaining([
        '2 koerperschaft: Leading zero added: “5970” was read as 05970.',
        '2 vzae: “viel” is not a number. The row is not used.',
        '3 baustein: “4” is not a Baustein. The row is not used.',
        '3 status: “offen” is not an allowed value. The row is not used.',
        '3 beginn: “32.13.2022” is not a valid date (day or month outside the calendar). The row is not used.',
        '1 Büro: Unknown column “Büro”: it is kept but not evaluated.',
      ]),
    );
    // No German text left where a key exists.
    for (const p of ds.problems)
      expect(problemInEnglish(p).message).not.toMatch(/ist kein|wird nicht|Zeile/);
  });

  it('names the count of a bounded report in English, with the first problem', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `S${i};05970;2;kommune;S;viel;besetzt`);
    const ds = buildDataset(
      [
        file('stellen.csv', `${STELLEN_HEADER}\n${rows.join('\n')}\n`),
        file('termine.csv', TERMINE_OK),
      ],
      gazetteer,
    );
    const summary = ds.problems.find((p) => p.count)!;
    expect(problemInEnglish(summary).message).toBe(
      '… and 500 more errors of this kind in the column “vzae” (not listed one by one; the count is complete). The first was: “viel” is not a number. The row is not used.',
    );
    expect(problemInEnglish(summary).hint).toBe(
      'Please enter a number with a decimal comma, e.g. 0,5 or 1.234,50 – without a unit.',
    );
  });
});
