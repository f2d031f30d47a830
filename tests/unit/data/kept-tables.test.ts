import { describe, expect, it } from 'vitest';
import { buildDataset, keepableTables } from '../../../src/lib/data/dataset.ts';
import { complementFiles } from '../../../src/lib/data/export-tables.ts';
import type { TableName } from '../../../src/lib/data/schema.ts';
import { file, fixtureFiles, gazetteer, TERMINE_OK } from '../helpers.ts';

const current = buildDataset(fixtureFiles(), gazetteer);
const present = (...names: TableName[]) => new Set<TableName>(names);

describe('a partial upload takes the other tables over validated', () => {
  it('keeps what the upload cannot change: not stellen when regionen is new, nothing with new boundaries', () => {
    const termine = [file('termine.csv', TERMINE_OK)];
    expect([...keepableTables(current, termine, present('termine'))].sort()).toEqual(
      ['ausreisepflichtige', 'bevoelkerung', 'regionen', 'stellen'].filter(
        (t) => current.tables[t as TableName],
      ),
    );
    const regionen = [file('regionen.csv', 'region;koerperschaft;gemeinden\n')];
    expect(keepableTables(current, regionen, present('regionen')).has('stellen')).toBe(false);
    const held = [file('problemzeilen-stellen.csv', 'id\n')];
    expect(keepableTables(current, held, present()).has('stellen')).toBe(false);
    const boundaries = [file('gebiete.geojson', '{"type":"FeatureCollection","features":[]}')];
    expect(keepableTables(current, boundaries, present()).size).toBe(0);
  });

  it('gives the dataset that writing the kept tables out and reading them again gives, without doing it', () => {
    const uploads = [file('termine.csv', TERMINE_OK)];
    const keep = keepableTables(current, uploads, present('termine'));
    const again = buildDataset(
      complementFiles(current, uploads, present('termine')).files,
      gazetteer,
    );
    const { files } = complementFiles(current, uploads, present('termine'), keep);
    // Only the upload and the manifest are read; no table of the dataset in use is written out.
    expect(files.map((f) => f.name).sort()).toEqual(['manifest.json', 'termine.csv']);
    const merged = buildDataset(files, gazetteer, undefined, { from: current, tables: keep });
    expect(merged.posts).toBe(current.posts);
    expect(merged.regions).toBe(current.regions);
    const key = (d: typeof current) =>
      d.posts.map((p) => [p.scenario, p.id, p.body, p.fte, p.carrierType, p.area, p.start?.iso]);
    expect(key(merged)).toEqual(key(again));
    expect(merged.events).toEqual(again.events);
    expect(merged.tables.stellen?.records).toBe(again.tables.stellen?.records);
    expect(merged.tables.termine).toEqual(again.tables.termine);
    expect(merged.manifest.dateien).toEqual(again.manifest.dateien);
    expect(merged.problems.filter((p) => p.severity === 'Fehler')).toEqual(
      again.problems.filter((p) => p.severity === 'Fehler'),
    );
  });
});
