import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { datasetDiff, sameValue } from '../../../src/lib/model/dataset-diff.ts';
import { file, gazetteer, fixtureFiles } from '../helpers.ts';

const ds = buildDataset(fixtureFiles(), gazetteer);
const fmt = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).format(n);

describe('datasetDiff', () => {
  it('lists added, removed and changed posts with the changed columns, and the new key figures', () => {
    const text = new TextDecoder().decode(
      fixtureFiles().find((f) => f.name === 'stellen.csv')!.bytes,
    );
    const edited = text
      .replace(
        /^SI-CM-1;05970;2;Case Management;Stadt Siegen;kommune;Stadt Siegen;1;geplant/m,
        'SI-CM-1;05970;2;Case Management;Stadt Siegen;frei;Caritas;1;besetzt',
      )
      .replace(/^AC-CM-6;.*\r\n/m, '')
      .replace(/\r\n$/, '\r\nNEU-1;05970;2;;;frei;Diakonie;0,5;besetzt;;;;;Ist;Test;;\r\n');
    const next = buildDataset(
      [...fixtureFiles().filter((f) => f.name !== 'stellen.csv'), file('stellen.csv', edited)],
      gazetteer,
    );
    expect(next.problems).toEqual([]);
    const d = datasetDiff(ds, next, '2022-11-01', fmt);
    expect(d.posts.added.map((p) => p.id)).toEqual(['NEU-1']);
    expect(d.posts.removed.map((p) => p.id)).toEqual(['AC-CM-6']);
    expect(d.posts.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ['SI-CM-1', ['traeger_typ', 'traeger', 'status']],
    ]);
    // Old → new per column, in the words of the table.
    expect(d.posts.changed[0]!.changes).toEqual([
      { column: 'traeger_typ', before: 'kommune', after: 'frei' },
      { column: 'traeger', before: 'Stadt Siegen', after: 'Caritas' },
      { column: 'status', before: 'geplant', after: 'besetzt' },
    ]);
    expect(d.figures.find((f) => f.key === 'VZÄ insgesamt')).toEqual({
      key: 'VZÄ insgesamt',
      before: '82,9',
      after: '82,4',
    });
    expect(d.counts.find((c) => c.table === 'stellen')).toEqual({
      table: 'stellen',
      before: 64,
      after: 64,
    });
    expect(d.events.added).toEqual([]);
  });

  it('finds nothing when the data is the same', () => {
    const d = datasetDiff(ds, buildDataset(fixtureFiles(), gazetteer), '2022-11-01', fmt);
    expect(
      [
        d.posts.added,
        d.posts.removed,
        d.posts.changed,
        d.events.added,
        d.events.removed,
        d.events.changed,
      ].every((x) => x.length === 0),
    ).toBe(true);
    expect(d.figures.every((f) => f.before === f.after)).toBe(true);
  });
});

describe('sameValue', () => {
  it('compares data as data: numbers, dates, areas and lists; absent equals absent', () => {
    expect(sameValue(1, 1)).toBe(true);
    expect(sameValue(1, 1.5)).toBe(false);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(undefined, '')).toBe(false);
    expect(
      sameValue({ iso: '2022-11-16', precision: 'day' }, { iso: '2022-11-16', precision: 'day' }),
    ).toBe(true);
    expect(
      sameValue({ iso: '2022-11-16', precision: 'day' }, { iso: '2022-11-17', precision: 'day' }),
    ).toBe(false);
    expect(
      sameValue(
        { kind: 'ags', codes: ['05970024', '05970020'] },
        { kind: 'ags', codes: ['05970024'] },
      ),
    ).toBe(false);
    expect(sameValue([1, 2], [1, 2])).toBe(true);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(true);
  });
});
