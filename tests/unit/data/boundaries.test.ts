import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { isBoundaryFile, readBoundaries } from '../../../src/lib/data/boundaries.ts';
import { bundleZip, complementFiles } from '../../../src/lib/data/export-tables.ts';
import { readBundle } from '../../../src/lib/data/bundle-read.ts';
import { buildChecked } from '../../../src/lib/data/loader.ts';
import { file, ROOT, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

const square = (x: number, y: number, d = 0.05) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feat = (properties: Record<string, unknown>, geometry: unknown = square(8, 50.9)) => ({
  type: 'Feature',
  properties,
  geometry,
});

const geoFetch = async (url: string) =>
  new Response(readFileSync(join(ROOT, 'data/geo', url.replace(/^.*\//, ''))));

describe('isBoundaryFile', () => {
  it('recognises GeoJSON and TopoJSON by name or content, never the manifest or a CSV', () => {
    expect(isBoundaryFile(file('grenzen.geojson', '{}'))).toBe(true);
    expect(isBoundaryFile(file('grenzen.topojson', '{}'))).toBe(true);
    expect(isBoundaryFile(file('gemeinden.json', fc([])))).toBe(true);
    expect(isBoundaryFile(file('k.json', '{"type": "Topology", "objects": {}}'))).toBe(true);
    expect(isBoundaryFile(file('manifest.json', fc([])))).toBe(false);
    expect(isBoundaryFile(file('stellen.csv', 'id;x'))).toBe(false);
  });
});

describe('readBoundaries', () => {
  it('reads AGS, RS (converted) and numbers without the leading zero, with names from GEN', () => {
    const { areas, problems } = readBoundaries(
      file(
        'g.geojson',
        fc([
          feat({ AGS: '05970040', GEN: 'Siegen neu' }),
          feat({ RS: '059700004004' }),
          feat({ ags: 5970036 }),
        ]),
      ),
    );
    expect(areas.map((a) => [a.ags, a.name])).toEqual([
      ['05970040', 'Siegen neu'],
      ['05970004', null],
      ['05970036', null],
    ]);
    expect(problems.map((p) => p.severity)).toEqual(['Hinweis']);
    expect(problems[0]!.message).toContain('2 Schlüssel wurden umgewandelt');
  });

  it('reads TopoJSON', () => {
    const topo = topology({ g: JSON.parse(fc([feat({ AGS: '05970040', name: 'Siegen' })])) });
    const { areas, problems } = readBoundaries(file('g.topojson', JSON.stringify(topo)));
    expect(problems).toEqual([]);
    expect(areas).toHaveLength(1);
    expect(areas[0]!.geometry.type).toBe('Polygon');
  });

  it('names every unusable feature with a fix and keeps the usable ones', () => {
    const { areas, problems } = readBoundaries(
      file(
        'g.geojson',
        fc([
          feat({ GEN: 'ohne Schlüssel' }),
          feat({ AGS: 'Siegen' }),
          feat({ AGS: '05970040' }, { type: 'Point', coordinates: [8, 50] }),
          feat({ AGS: '05970040' }, square(430000, 5640000, 1000)),
          feat({ AGS: '05970004' }),
          feat({ AGS: '05970004' }),
        ]),
      ),
    );
    expect(areas.map((a) => a.ags)).toEqual(['05970004']);
    const text = problems.map((p) => `${p.severity}: ${p.message} | ${p.hint}`);
    expect(text[0]).toMatch(
      /^Fehler: Fläche Nr. 1 hat keine Eigenschaft „ags“, „AGS“, „RS“ oder „ARS“/,
    );
    expect(text[1]).toMatch(/^Fehler: Fläche Nr. 2: „Siegen“ ist kein Gemeindeschlüssel/);
    expect(text[2]).toMatch(/^Fehler: Fläche 05970040 \(Nr. 3\) ist keine Fläche, sondern Point/);
    expect(text[3]).toMatch(/Koordinaten in Metern.*\| In QGIS: .*EPSG:4326/);
    expect(text[4]).toMatch(/^Warnung: Die Fläche 05970004 kommt mehrfach vor/);
  });

  it('reports broken JSON and JSON that is not geodata', () => {
    expect(
      readBoundaries(file('g.geojson', '{"type": "FeatureCollection", ')).problems[0]!.message,
    ).toMatch(/^Die Gebietsdatei ist kein gültiges JSON/);
    expect(readBoundaries(file('g.geojson', '{"type": "Point"}')).problems[0]!.message).toMatch(
      /weder GeoJSON \(FeatureCollection\) noch TopoJSON/,
    );
  });
});

describe('boundaries in a dataset', () => {
  const stellen = `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`;
  const withNewArea = (extra = '') =>
    `${STELLEN_HEADER.replace('status', 'status;einsatzgebiet')}\nA;05970;2;kommune;S;1;besetzt;05970999${extra}\n`;

  it('an uploaded area makes its AGS known to the check and carries its name', async () => {
    const without = await buildChecked(
      [file('stellen.csv', withNewArea()), file('termine.csv', TERMINE_OK)],
      'https://x.test/geo/',
      geoFetch,
    );
    expect(
      without.dataset.problems.some((p) => p.value === '05970999' && p.severity === 'Fehler'),
    ).toBe(true);
    const boundaries = file('gebiete.geojson', fc([feat({ AGS: '05970999', GEN: 'Neustadt' })]));
    const { dataset, gazetteer } = await buildChecked(
      [file('stellen.csv', withNewArea()), file('termine.csv', TERMINE_OK), boundaries],
      'https://x.test/geo/',
      geoFetch,
    );
    expect(dataset.problems).toEqual([]);
    expect(dataset.boundaries?.map((a) => a.ags)).toEqual(['05970999']);
    expect(gazetteer.name('05970999')).toBe('Neustadt');
    expect(gazetteer.name('05970040')).toBe('Siegen');
  });

  it('is kept by a partial upload and travels in the bundle', async () => {
    const boundaries = file('gebiete.geojson', fc([feat({ AGS: '05970040', GEN: 'Siegen' })]));
    const { dataset } = await buildChecked(
      [file('stellen.csv', stellen), file('termine.csv', TERMINE_OK), boundaries],
      'https://x.test/geo/',
      geoFetch,
    );
    const { files } = complementFiles(
      dataset,
      [file('stellen.csv', stellen)],
      new Set(['stellen']),
    );
    expect(files.map((f) => f.name)).toContain('gebiete.geojson');
    const again = await buildChecked(
      readBundle(bundleZip(dataset)).files,
      'https://x.test/geo/',
      geoFetch,
    );
    expect(again.dataset.boundaries).toEqual(dataset.boundaries);
    expect(again.dataset.problems).toEqual([]);
  });
});

describe('readBoundaries on hostile shapes', () => {
  // Built as text: JSON.stringify itself recurses and cannot write it.
  const deep = `${'['.repeat(10_000)}8,50.9${']'.repeat(10_000)}`;

  it('one German Fehler per bad feature, the good ones load, nothing throws', () => {
    const r = readBoundaries(
      file(
        'gebiete.geojson',
        fc([
          feat({ AGS: '05970004' }, { type: 'Polygon', coordinates: 'DEEP' }),
          feat({ AGS: '05970008' }, { type: 'Polygon', coordinates: 5 }),
          feat({ AGS: '05970012' }, { type: 'MultiPolygon', coordinates: [[[[8, 'x']]]] }),
          null,
          7,
          feat({ AGS: '05970016' }, 'Polygon'),
          feat({ AGS: '05970020' }),
        ]).replace('"DEEP"', deep),
      ),
    );
    expect(r.areas.map((a) => a.ags)).toEqual(['05970020']);
    const fehler = r.problems.filter((p) => p.severity === 'Fehler');
    expect(fehler).toHaveLength(6);
    expect(fehler.map((p) => p.message)).toEqual([
      'Fläche 05970004 (Nr. 1) hat einen Ring mit weniger als vier Punkten; sie wird nicht genutzt.',
      'Fläche 05970008 (Nr. 2) hat keine Liste von Ringen als Koordinaten; sie wird nicht genutzt.',
      'Fläche 05970012 (Nr. 3) hat einen Ring mit weniger als vier Punkten; sie wird nicht genutzt.',
      'Objekt Nr. 4 der Gebietsdatei ist kein GeoJSON-Feature und wird nicht genutzt.',
      'Objekt Nr. 5 der Gebietsdatei ist kein GeoJSON-Feature und wird nicht genutzt.',
      'Fläche 05970016 (Nr. 6) ist keine Fläche, sondern leer; sie wird nicht genutzt.',
    ]);
    for (const p of r.problems) expect(p.message).not.toMatch(/TypeError|RangeError|undefined/);
  });

  it('broken JSON is reported in German with the position, not the engine text', () => {
    const r = readBoundaries(file('gebiete.geojson', '{"type":"FeatureCollection","features":[}'));
    expect(r.problems[0]!.message).toBe(
      'Die Gebietsdatei ist kein gültiges JSON (Fehler bei „…eatures":[}“).',
    );
  });
});
