import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { de } from '../../../src/lib/i18n/de.ts';
import { deMap } from '../../../src/lib/i18n/de-map.ts';
import { formatDate } from '../../../src/lib/i18n/format.ts';
import { DEFAULT_FILTERS, mapModel, stichtagChoices } from '../../../src/lib/model/map-units.ts';
import { mapNotes } from '../../../src/lib/ui/map-notes.ts';
import { file, gazetteer, TERMINE_OK } from '../helpers.ts';

/** German texts as the app shows them, without Svelte. */
const i18n = {
  t: (key: string, p: Record<string, string | number> = {}) =>
    (({ ...de, ...deMap }) as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (_, k: string) =>
      String(p[k]),
    ),
  date: (iso: string) => formatDate(iso, 'de'),
};
const ds = buildDataset(
  [
    file(
      'stellen.csv',
      'id;koerperschaft;baustein;traeger_typ;traeger;vzae;status\nA;05970;2;kommune;Kreis;1;besetzt\n',
    ),
    file('termine.csv', TERMINE_OK),
    file(
      'ausreisepflichtige.csv',
      [
        'stichtag;ags;anzahl;davon_geduldet;bezug;beleg;quelle',
        '31.12.2019;05970;300;;Kreis-ABH ohne Stadt Siegen;amtlich;https://www.wp.de/a',
        '31.12.2024;05970;447;;Kreis-ABH ohne Stadt Siegen;presse;https://www.wp.de/b',
        '31.12.2024;05970;663;;Kreisgebiet;presse;https://www.wp.de/b',
        '31.12.2019;05966;150;;Kreis Olpe;presse;https://www.wp.de/c',
        '31.12.2023;05158;1194;;Kreis Mettmann;zitiert;https://afd-mettmann.de/?p=1',
        '2023;05170;;378;Kreis-ABH;presse;https://www.waz.de/d',
      ].join('\n'),
    ),
    file(
      'bevoelkerung.csv',
      [
        'stichtag;ags;einwohner;basis;beleg;quelle',
        '31.12.2019;05970;276944;Zensus 2011;amtlich;https://statistik.nrw/x',
        '31.12.2024;05970;270000;Zensus 2022;amtlich;https://statistik.nrw/x',
        '31.12.2019;05966;134000;Zensus 2011;amtlich;https://statistik.nrw/x',
      ].join('\n'),
    ),
  ],
  gazetteer,
);
const classes = { method: 'quantile' as const, count: 3 };
const model = (stichtag: string, measure: 'ausreise' | 'ausreise1k' = 'ausreise') =>
  mapModel(ds, gazetteer, measure, 'kreis', { ...DEFAULT_FILTERS, stichtag }, classes);
const value = (m: ReturnType<typeof model>, ags: string) =>
  m.units.find((u) => u.id === `kreis:${ags}`)?.value;

describe('Stichtag honesty on the map', () => {
  it('neuester Stand je Gebiet: the newest figure per area, and a note that Stichtage are mixed and how widely', () => {
    const m = model('neueste');
    expect(value(m, '05970')).toBe(663); // of two figures of one Stichtag, the Kreisgebiet's (larger)
    expect(value(m, '05966')).toBe(150);
    expect(value(m, '05170')).toBeUndefined(); // only geduldete published: no area on the Ausreisepflichtige map
    expect(m.asOf).toEqual({ from: '2019-12-31', to: '2024-12-31', count: 3 });
    expect(m.units.find((u) => u.id === 'kreis:05970')!.obliged!.reference).toBe('Kreisgebiet');
    const notes = mapNotes(m, i18n);
    expect(notes.span).toBe('Stichtage 2019–2024');
    expect(notes.mixed).toContain(
      'Stichtage gemischt (31.12.2019 bis 31.12.2024, 5 Jahre auseinander)',
    );
    expect(notes.coverage).toBe('Daten für 3 von 54 KIM-Körperschaften');
    expect(notes.quoted).toBe('Nur zitiert, nicht amtlich bestätigt: Kreis Mettmann');
  });

  it('ein Stichtag: only areas with a figure at that date are coloured, the rest have none', () => {
    const m = model('2019-12-31');
    expect(value(m, '05970')).toBe(300);
    expect(value(m, '05966')).toBe(150);
    expect(value(m, '05158')).toBeNull();
    expect(m.classification.noData).toBe(1);
    const notes = mapNotes(m, i18n);
    expect(notes.span).toBe('Stichtag 31.12.2019');
    expect(notes.mixed).toBeNull();
    expect(notes.coverage).toBe('Daten für 2 von 54 KIM-Körperschaften');
    expect(value(model('2024'), '05970')).toBe(663);
  });

  it('per inhabitant: uses the population nearest the count\u2019s Stichtag and says which and on which basis', () => {
    const m = model('neueste', 'ausreise1k');
    const sw = m.units.find((u) => u.id === 'kreis:05970')!;
    expect(sw.population).toMatchObject({
      inhabitants: 270000,
      asOf: ['2024-12-31'],
      basis: ['Zensus 2022'],
    });
    expect(sw.value).toBeCloseTo((663 / 270000) * 1000, 3);
    const older = model('2019', 'ausreise1k').units.find((u) => u.id === 'kreis:05970')!;
    expect(older.population).toMatchObject({
      inhabitants: 276944,
      asOf: ['2019-12-31'],
      basis: ['Zensus 2011'],
    });
    expect(value(m, '05158')).toBeNull(); // no population for Mettmann: no value, never a guess
    expect(mapNotes(m, i18n).population).toBe(
      'Einwohner je Gebiet zum Stichtag, der der Zahl am nächsten liegt: Stichtage 2019–2024; Basis Zensus 2011, Zensus 2022',
    );
  });

  it('offers each year and each Stichtag with its number of figures', () => {
    expect(stichtagChoices(ds)).toEqual([
      { value: '2024', year: true, count: 2 },
      { value: '2023', year: true, count: 1 },
      { value: '2019', year: true, count: 2 },
      { value: '2024-12-31', year: false, count: 2 },
      { value: '2023-12-31', year: false, count: 1 },
      { value: '2019-12-31', year: false, count: 2 },
    ]);
  });
});
