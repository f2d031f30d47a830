import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readBoundaries } from '../../../src/lib/data/boundaries.ts';
import { readBundle } from '../../../src/lib/data/bundle-read.ts';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { readDeck } from '../../../src/lib/data/deck.ts';
import { loadDataset } from '../../../src/lib/data/loader.ts';
import { parseManifest } from '../../../src/lib/data/manifest.ts';
import type { Problem } from '../../../src/lib/data/problem.ts';
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
        /'((?:number|date|ags|baustein|enum|cell|row|table|manifest|region|post|file|csv|upload|log|boundaries|deck|bundle|xlsx)\.[a-zA-Z]+)'/g,
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
      (k) => k !== 'log.more' && !/\.(json|csv|zip)$/.test(k) && !englishKeys().includes(k),
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

  it('reads a broken manifest, boundary file, presentation and bundle in English, values included', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const manifest = parseManifest(
      'manifest.json',
      bytes(
        JSON.stringify({
          titel: ' ',
          stand: '32.13.2022',
          fokus: ['12x', '05999'],
          dateien: 'stellen.csv',
          quellen: [7],
          farbe: 'rot',
        }),
      ),
      gazetteer,
    ).problems;
    const list = parseManifest(
      'manifest.json',
      bytes('{"dateien": ["../geheim.csv"]}'),
      gazetteer,
    ).problems;
    const brokenJson = parseManifest('manifest.json', bytes('{"titel": "T",}'), gazetteer).problems;
    const ring = [
      [8, 50.9],
      [8.1, 50.9],
      [8, 50.9],
    ];
    const square = (x: number, y: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 0.05, y],
          [x + 0.05, y + 0.05],
          [x, y],
        ],
      ],
    });
    const feature = (properties: Record<string, unknown>, geometry: unknown) => ({
      type: 'Feature',
      properties,
      geometry,
    });
    const boundaries = readBoundaries(
      file(
        'gebiete.geojson',
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            7,
            feature({ name: 'ohne' }, square(8, 50.9)),
            feature({ AGS: 'abc' }, square(8, 50.9)),
            feature({ AGS: '05970040' }, { type: 'Point', coordinates: [8, 50.9] }),
            feature({ AGS: '05970036' }, { type: 'Polygon', coordinates: [ring] }),
            feature({ AGS: '05970032' }, square(420000, 5640000)),
            feature({ AGS: '5970028' }, square(8, 50.9)),
            feature({ AGS: '05970028' }, square(8, 50.9)),
          ],
        }),
      ),
    ).problems;
    const noBoundaries = [
      ...readBoundaries(file('gebiete.geojson', '{"type": "FeatureCollection", "features": [}'))
        .problems,
      ...readBoundaries(
        file(
          'gebiete.geojson',
          '{"type": "Feature", "properties": {"AGS": "05970040"}, "geometry": null}',
        ),
      ).problems,
      ...readBoundaries(file('gebiete.json', '{"type": "Thing"}')).problems,
    ];
    const deck = readDeck(
      file(
        'praesentation.json',
        JSON.stringify({
          folien: [
            'Karte',
            { ansicht: '#/daten' },
            { art: 'rechnung', ansicht: '#/karte' },
            { art: 'torte', ansicht: '#/zeitleiste' },
            { art: 'text', punkte: [1, 'a', 'b', 'c', 'd', 'e', 'f'], anmerkung: 'x'.repeat(81) },
          ],
        }),
      ),
    ).problems;
    const noDeck = [
      ...readDeck(file('praesentation.json', '{"folien": [}')).problems,
      ...readDeck(file('praesentation.json', '{"slides": []}')).problems,
    ];
    const bundle = [
      ...readBundle(new Uint8Array([1, 2, 3, 4]), 'daten.zip').problems,
      ...readBundle(
        zipSync({ 'logo.png': new Uint8Array([1]), 'stellen.csv': new Uint8Array(0) }),
        'daten.zip',
      ).problems,
    ];
    const { fetchImpl } = {
      fetchImpl: async (url: string) =>
        url.endsWith('manifest.json')
          ? new Response(JSON.stringify({ titel: 'T', dateien: ['stellen.csv', 'termine.csv'] }))
          : url.endsWith('termine.csv')
            ? new Response(TERMINE_OK)
            : url.includes('/geo/')
              ? new Response(readFileSync(join(ROOT, 'data/geo', url.replace(/^.*\//, ''))))
              : new Response('nicht gefunden', { status: 404 }),
    };
    const loaded = (await loadDataset('https://x.test/d/', 'https://x.test/geo/', fetchImpl))
      .dataset.problems;
    const nothing = (
      await loadDataset('https://x.test/leer/', 'https://x.test/geo/', async (url) =>
        url.includes('/geo/')
          ? new Response(readFileSync(join(ROOT, 'data/geo', url.replace(/^.*\//, ''))))
          : Promise.reject(new TypeError('offline')),
      )
    ).dataset.problems;

    const all: Problem[] = [
      ...manifest,
      ...list,
      ...brokenJson,
      ...boundaries,
      ...noBoundaries,
      ...deck,
      ...noDeck,
      ...bundle,
      ...loaded.filter((p) => p.column === 'dateien'),
      ...nothing.filter((p) => p.table === 'manifest'),
    ];
    const en = all.map((p) => problemInEnglish(p).message);
    expect(en).toEqual([
      'Unknown field “farbe” in manifest.json: it is not evaluated.',
      'manifest.json names no title (“titel”).',
      '“stand”: “32.13.2022” is not a valid date (day or month outside the calendar).',
      '“fokus”: “12x” is not a municipality key (AGS).',
      '“fokus”: the AGS 05999 does not exist in the boundary data.',
      '“dateien” must be a list of file names.',
      'An entry in “quellen” has no text.',
      'manifest.json names no title (“titel”).',
      '“dateien”: “../geheim.csv” is not the name of a file beside manifest.json and is not loaded.',
      'manifest.json is not valid JSON (error at character 14).',
      'Object no. 1 of the boundary file is not a GeoJSON feature and is not used.',
      'Area no. 2 has no property “ags”, “AGS”, “RS” or “ARS” and is not used.',
      'Area no. 3: “abc” is not a municipality key (AGS). It is not used.',
      'Area 05970040 (no. 4) is not an area but of type “Point”; it is not used.',
      'Area 05970036 (no. 5) has a ring with fewer than four points; it is not used.',
      'Area 05970032 has coordinates in metres (e.g. UTM or Gauß-Krüger), not in degrees; it is not used.',
      'The area 05970028 appears more than once; only the first is used.',
      '1 key was converted (Regionalschlüssel or a missing leading zero), e.g. 059700040040 → 05970040.',
      'The boundary file is not valid JSON (error near “…atures": [}”).',
      'Area 05970040 (no. 1) is not an area but empty; it is not used.',
      'No area in the file is usable; the map keeps showing the built-in areas.',
      'The file is JSON, but neither GeoJSON (FeatureCollection) nor TopoJSON.',
      'Slide 1: the entry is not an object; the slide is not shown.',
      'Slide 2: the view “#/daten” is not a page of the dashboard; the slide is not shown.',
      'Slide 3: the kind (“art”) “rechnung” does not match the view /karte; the slide is shown as “karte”.',
      'Slide 4: there is no kind (“art”) “torte”; the slide is shown as “zeitleiste”.',
      'Slide 5: a bullet point is not text and is not shown.',
      'Slide 5: the slide has 6 bullet points; the first 5 are shown, the others stay in the file and in the notes.',
      'Slide 5: the annotation has 81 characters; on the slide it wraps.',
      'praesentation.json is not valid JSON (error near “{"folien": [}”); the presentation is not loaded.',
      'praesentation.json contains no list “folien”.',
      '“daten.zip” is not a readable zip file (damaged, encrypted or packed in another format).',
      '“logo.png” in the zip file is not read (not a CSV, JSON or GeoJSON file).',
      '“stellen.csv” in the zip file is empty and is not read.',
      'The file “stellen.csv” named in manifest.json is missing (HTTP 404).',
      'No dataset was found at https://x.test/leer/ (server not reachable).',
    ]);
    for (const message of en) expect(message).not.toMatch(/ist kein|wird nicht|Zeile|Bitte/);
    for (const p of all) expect(problemInEnglish(p).hint).not.toMatch(/Bitte|Erwartet|Exportieren/);
    // The German texts stay as they were.
    expect(loaded.find((p) => p.column === 'dateien')!.message).toBe(
      'Die in manifest.json genannte Datei „stellen.csv“ fehlt (HTTP 404).',
    );
    expect(nothing[0]!.message).toBe(
      'Unter https://x.test/leer/ wurde kein Datensatz gefunden (Server nicht erreichbar).',
    );
    expect(problemInEnglish(manifest[2]!).hint).toBe(
      'Please enter as DD.MM.YYYY (e.g. 16.11.2022); if only the month or year is known, as MM.YYYY (09.2021) or YYYY.',
    );
  });
});
