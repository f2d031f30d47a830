import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { tableRows } from '../../../src/lib/data/csv-export.ts';
import { tableCsv, templateCsv } from '../../../src/lib/data/export-tables.ts';
import { SCHEMA_DOCS } from '../../../src/lib/data/schema-docs.ts';
import { TABLES, type ColumnSpec, type TableSpec } from '../../../src/lib/data/schema.ts';
import { datasetDiff } from '../../../src/lib/model/dataset-diff.ts';
import { fixtureFiles, gazetteer } from '../helpers.ts';

/**
 * The column registry (schema.ts) is the one place a column is written down:
 * these tests fail when a module keeps its own list of columns again, or when
 * a new column lacks what people read about it.
 */
const ds = buildDataset(fixtureFiles(), gazetteer);
const ORIGIN = new Set(['file', 'line', 'extra']);

describe('the column registry', () => {
  it('names each column once per table, each field once, and every key column exists', () => {
    for (const t of TABLES) {
      const names = t.columns.map((c) => c.name);
      const fields = t.columns.map((c) => c.field);
      expect(new Set(names).size, t.name).toBe(names.length);
      expect(new Set(fields).size, t.name).toBe(fields.length);
      for (const k of t.key ?? []) expect(names, t.name).toContain(k);
    }
  });

  it('has a German and an English description for every column, and none for a column it lacks', () => {
    for (const lang of ['de', 'en'] as const)
      for (const t of TABLES) {
        const docs = SCHEMA_DOCS[lang][t.name].columns;
        expect(Object.keys(docs).sort(), `${lang} ${t.name}`).toEqual(
          t.columns.map((c) => c.name).sort(),
        );
        for (const c of t.columns) expect(docs[c.name]!.length, c.name).toBeGreaterThan(5);
      }
  });

  it('builds every record with exactly the fields the registry names (stellen’s literal included)', () => {
    for (const t of TABLES) {
      const records = ds[t.records] as readonly object[];
      expect(records.length, t.name).toBeGreaterThan(0);
      const allowed = new Set(t.columns.map((c) => c.field));
      const seen = new Set<string>();
      for (const r of records)
        for (const k of Object.keys(r)) {
          if (ORIGIN.has(k)) continue;
          expect(allowed, `${t.name}.${k}`).toContain(k);
          seen.add(k);
        }
      // stellen's posts carry every field (one shape for a million rows); the others what has a value.
      if (t.name === 'stellen') expect([...seen].sort()).toEqual([...allowed].sort());
    }
  });

  it('writes every table with the registry’s columns, in its order, and a template from its examples', () => {
    for (const t of TABLES) {
      const header = tableCsv(ds, t.name).replace('\uFEFF', '').split('\r\n')[0]!.split(';');
      expect(header.slice(0, t.columns.length), t.name).toEqual(t.columns.map((c) => c.name));
      const template = templateCsv(t.name).replace('\uFEFF', '').split('\r\n');
      expect(template[1]!.split(';').length, t.name).toBe(t.columns.length);
    }
  });

  it('takes a new column everywhere from one entry: export and the preview’s comparison', () => {
    // A column added to the registry (here to a copy of stellen) is written and compared
    // without any other module knowing its name.
    const stellen = TABLES[0]!;
    const extra: ColumnSpec = {
      name: 'raum',
      field: 'room',
      aliases: [],
      type: { kind: 'text' },
      required: false,
      example: 'B 204',
      empty: 'absent',
    };
    const spec: TableSpec = { ...stellen, columns: [...stellen.columns, extra] };
    const post = { ...ds.posts[0]!, room: 'B 204' };
    const [header, rows] = tableRows(spec, [post]);
    expect(header.at(-1)).toBe('raum');
    expect(rows[0]!.at(-1)).toBe('B 204');
  });

  it('compares every non-key column of stellen and termine in the preview', () => {
    const stellen = TABLES.find((t) => t.name === 'stellen')!;
    const termine = TABLES.find((t) => t.name === 'termine')!;
    const p = ds.posts[0]!;
    const e = ds.events[0]!;
    const other: Record<string, unknown> = {
      text: 'anders',
      number: 4.5,
      date: { iso: '2031-01-01' },
      baustein: 3,
      'baustein-list': [3],
      'ags-list-or-region': { kind: 'region', name: 'Anderswo' },
    };
    /** The record with every non-key column set to another value of its type. */
    const changeAll = (record: object, t: TableSpec) => {
      const r = record as Record<string, unknown>;
      const out: Record<string, unknown> = { ...r };
      for (const c of t.columns)
        if (!t.key!.includes(c.name))
          out[c.field] =
            c.type.kind === 'enum'
              ? c.type.values.find((v) => v !== r[c.field])
              : (other[c.type.kind] ?? 'anders');
      return out;
    };
    const changedPost = changeAll(p, stellen);
    const changedEvent = changeAll(e, termine);
    const after = {
      ...ds,
      posts: [changedPost as unknown as typeof p, ...ds.posts.slice(1)],
      events: [changedEvent as unknown as typeof e, ...ds.events.slice(1)],
    };
    const diff = datasetDiff(ds, after, '2026-11-22', String);
    const nonKey = (t: TableSpec) =>
      t.columns.filter((c) => !t.key!.includes(c.name)).map((c) => c.name);
    expect(diff.posts.changed[0]!.fields).toEqual(nonKey(stellen));
    expect(diff.events.changed[0]!.fields).toEqual(nonKey(termine));
  });
});
