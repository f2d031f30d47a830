import { describe, expect, it } from 'vitest';
import { parseCell } from '../../../src/lib/data/cell.ts';
import { problemAt } from '../../../src/lib/data/problem.ts';
import { STELLEN } from '../../../src/lib/data/schema.ts';
import { nearAgs, withAgsSuggestions } from '../../../src/lib/pipeline/near-ags.ts';
import { gazetteer } from '../helpers.ts';

const body = STELLEN.columns.find((c) => c.name === 'koerperschaft')!;
/** The problem the validation really writes for a cell. */
const problemOf = (raw: string) => {
  const r = parseCell(raw, body, gazetteer);
  if (r.ok) throw new Error(`${raw} is valid`);
  return problemAt(
    { table: 'stellen', file: 'stellen.csv' },
    'Fehler',
    `${r.message} Die Zeile wird nicht genutzt.`,
    r.hint,
    { line: 14, column: 'koerperschaft', value: raw, text: r.text },
  );
};

describe('an unknown AGS gets a suggestion where one is close', () => {
  it('two swapped digits: 05907 → 05970, Kreis Siegen-Wittgenstein', () => {
    expect(nearAgs('05907', gazetteer)).toEqual(['05970']);
    const [p] = withAgsSuggestions([problemOf('05907')], gazetteer);
    expect(p!.message).toBe(
      'Den Gemeindeschlüssel 05907 gibt es in den Gebietsdaten (BKG VG250) nicht – meinten Sie 05970, Kreis Siegen-Wittgenstein? Die Zeile wird nicht genutzt.',
    );
    expect(p!.text).toMatchObject({
      key: 'ags.unknown',
      params: { code: '05907', guess: '05970, Kreis Siegen-Wittgenstein' },
    });
    expect(p).toMatchObject({ line: 14, column: 'koerperschaft', value: '05907' });
  });
  it('one mistyped digit of a Gemeinde: 05970049 → 05970040 (Siegen) among at most three', () => {
    const near = nearAgs('05970049', gazetteer);
    expect(near).toContain('05970040');
    expect(near.length).toBeLessThanOrEqual(3);
  });
  it('no guess where none is close; other problems stay as they are', () => {
    const none = problemOf('99999');
    const other = problemAt({ table: 'stellen', file: 'stellen.csv' }, 'Warnung', 'x', 'y');
    expect(withAgsSuggestions([none, other], gazetteer)).toEqual([none, other]);
    expect(none.message).toBe(
      'Den Gemeindeschlüssel 99999 gibt es in den Gebietsdaten (BKG VG250) nicht. Die Zeile wird nicht genutzt.',
    );
  });
});
