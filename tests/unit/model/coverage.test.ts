import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { bodyOfArea, kimBodies } from '../../../src/lib/model/coverage.ts';
import { coverage, coveredBodies, isStale } from '../../../src/lib/model/body-coverage.ts';
import { file, gazetteer, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

describe('kimBodies / bodyOfArea', () => {
  it('knows the 54 KIM bodies: 53 Kreise and kreisfreie Städte plus Stadt Aachen', () => {
    const all = kimBodies(gazetteer);
    expect(all).toHaveLength(54);
    expect(all).toContain('05334002');
    expect(all).toContain('05334');
    expect(all.every((a) => a.startsWith('05'))).toBe(true);
  });

  it.each([
    ['05970040', '05970'],
    ['05970', '05970'],
    ['05334002', '05334002'],
    ['05334004', '05334'],
    ['NRW', null],
    ['09162000', null],
  ])('%s belongs to %s', (ags, body) => expect(bodyOfArea(ags)).toBe(body));
});

describe('isStale', () => {
  it.each([
    ['2025-05-31', '2026-12-01', true],
    ['2025-06-15', '2026-12-01', false],
    ['2024', '2026-12-01', true],
    ['2025-06', '2026-12-01', false],
    [null, '2026-12-01', false],
  ])('%s at %s → %s', (iso, today, stale) => expect(isStale(iso, today)).toBe(stale));
});

describe('coverage', () => {
  const ds = buildDataset(
    [
      file(
        'stellen.csv',
        `${STELLEN_HEADER};stand;beleg\nA;05970;2;kommune;Kreis;1;besetzt;05.2023;presse\nB;05334002;2;kommune;Stadt;2;besetzt;2025-07-01;amtlich\nC;05334002;2;kommune;Stadt;2;entfallen;2026;amtlich\n`,
      ),
      file(
        'ausreisepflichtige.csv',
        'stichtag;ags;anzahl;davon_geduldet;bezug;beleg\n31.07.2024;05970040;216;;Stadt Siegen;presse\n2023;05170;;378;Kreis-ABH;presse\n',
      ),
      file('termine.csv', TERMINE_OK),
    ],
    gazetteer,
  );
  const rows = coverage(ds, gazetteer, '2026-12-01');
  const row = (ags: string) => rows.find((r) => r.ags === ags)!;

  it('lists all 54 bodies, also those without any data', () => {
    expect(rows).toHaveLength(54);
    expect(row('05111')).toMatchObject({
      posts: 0,
      obliged: 0,
      population: 0,
      newest: null,
      stale: false,
    });
  });

  it('counts a town\u2019s rows for its body, Stadt Aachen for itself, without dropped posts', () => {
    expect(row('05970')).toMatchObject({
      posts: 1,
      fte: 1,
      obliged: 1,
      newestObliged: '2024-07-31',
      newestPost: '2023-05',
      stale: true,
      events: 1,
    });
    expect(row('05970').evidence).toEqual({ amtlich: 0, presse: 2, zitiert: 0, unbekannt: 0 });
    expect(row('05334002')).toMatchObject({ posts: 1, fte: 2, stale: false });
    expect(row('05334')).toMatchObject({ posts: 0 });
    expect(row('05170')).toMatchObject({ obliged: 1, newestObliged: '2023' });
  });

  it('counts covered bodies per table', () => {
    expect(coveredBodies(rows, 'posts')).toBe(2);
    expect(coveredBodies(rows, 'obliged')).toBe(2);
    expect(coveredBodies(rows, 'population')).toBe(0);
  });
});
