import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';

describe('parseCsv', () => {
  it('keeps leading zeros and text as text (no auto-typing)', () => {
    const { rows } = parseCsv('ags;anzahl\n05970040;0467\n', ';');
    expect(rows[1]!.cells).toEqual(['05970040', '0467']);
  });

  it('reads quoted ;, "" and line breaks and keeps Excel row numbers', () => {
    const text =
      'id;titel;x\r\n1;"a; b";1\r\n2;"er sagte ""KIM""";2\r\n3;"zwei\r\nZeilen";3\r\n4;ende;4\r\n';
    const { rows, issues } = parseCsv(text, ';');
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[1]!.cells[1]).toBe('a; b');
    expect(rows[2]!.cells[1]).toBe('er sagte "KIM"');
    expect(rows[3]!.cells[1]).toBe('zwei\r\nZeilen');
    expect(rows[4]!.cells).toEqual(['4', 'ende', '4']);
  });

  it('drops trailing empty lines and ;;; rows but counts them for row numbers', () => {
    const { rows } = parseCsv('a;b\n1;2\n;\n\n3;4\n\n\n', ';');
    expect(rows.map((r) => [r.line, r.cells.join('|')])).toEqual([
      [1, 'a|b'],
      [2, '1|2'],
      [5, '3|4'],
    ]);
  });

  it('reports an unclosed quote with its row', () => {
    const { issues } = parseCsv('a;b\n1;"offen\n2;3\n', ';');
    expect(issues[0]).toMatchObject({ kind: 'quote', line: 2 });
  });
});

import { tableOf } from '../../../src/lib/data/read-table.ts';

describe('tableOf', () => {
  const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
  it('knows a table by its name, else by its header, else not', () => {
    expect(tableOf(file('Stellen 2023.csv', 'x'))).toBe('stellen');
    expect(tableOf(file('Export (3).csv', 'Stichtag;AGS;Einwohner\n2019;05970;1\n'))).toBe(
      'bevoelkerung',
    );
    expect(tableOf(file('notizen.csv', 'foo;bar\n'))).toBeNull();
    expect(tableOf({ name: 'leer.csv', bytes: new Uint8Array() })).toBeNull();
  });
});

describe('files from two editors (Issue 19)', () => {
  it('reads termine.csv saved with a CRLF header (Excel) and LF rows (another editor) as 26 of 26 rows', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { buildDataset } = await import('../../../src/lib/data/dataset.ts');
    const { fixtureFiles, gazetteer, ROOT, file } = await import('../helpers.ts');
    const original = readFileSync(join(ROOT, 'tests/fixtures/kim-2026-11/termine.csv'), 'utf8');
    const [header, ...rows] = original.split('\r\n');
    // The header as Excel ends it, every appended row with LF only; one row with a lone CR too.
    const mixed = `${header}\r\n${rows.slice(0, 10).join('\n')}\r${rows.slice(10).join('\n')}`;
    expect(rows.filter(Boolean)).toHaveLength(26);
    const others = fixtureFiles().filter((f) => f.name !== 'termine.csv');
    const before = buildDataset([...others, file('termine.csv', original)], gazetteer);
    const after = buildDataset([...others, file('termine.csv', mixed)], gazetteer);
    expect(after.events).toHaveLength(26);
    expect(after.tables.termine?.rows).toBe(26);
    expect(after.problems.filter((p) => p.table === 'termine')).toEqual(
      before.problems.filter((p) => p.table === 'termine'),
    );
    // Row numbers stay Excel's: the last entry is on row 27 in both.
    expect(after.events.map((e) => e.line)).toEqual(before.events.map((e) => e.line));
    expect(after.events.map((e) => e.title)).toEqual(before.events.map((e) => e.title));
  });
});
