import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { de } from '../../../src/lib/i18n/de.ts';
import { deMap } from '../../../src/lib/i18n/de-map.ts';
import { deChartTimeline } from '../../../src/lib/i18n/de-chart-timeline.ts';
import { deChartVerlauf } from '../../../src/lib/i18n/de-chart-verlauf.ts';
import { verlaufView } from '../../../src/lib/ui/verlauf-view.ts';
import { formatDate, formatNumber } from '../../../src/lib/i18n/format.ts';
import { DEFAULT_FILTERS, mapModel } from '../../../src/lib/model/map-units.ts';
import { allocationBars } from '../../../src/lib/model/allocation.ts';
import { areaTips } from '../../../src/lib/ui/area-tips.ts';
import { barRowTip } from '../../../src/lib/ui/allocation-labels.ts';
import { entryTip } from '../../../src/lib/ui/entry-tip.ts';
import { sourcedTip } from '../../../src/lib/ui/tip-text.ts';
import { tipHeight, tipPlace } from '../../../src/lib/ui/tip-place.ts';
import { file, gazetteer, STELLEN_HEADER } from '../helpers.ts';

/** German texts as the app shows them, without Svelte. */
const texts = { ...de, ...deMap, ...deChartTimeline, ...deChartVerlauf } as Record<string, string>;
const i18n = {
  t: (key: string, p: Record<string, string | number> = {}) =>
    (texts[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(p[k])),
  date: (iso: string) => formatDate(iso, 'de'),
  num: (n: number, digits = 1) => formatNumber(n, 'de', digits),
};
const fmt = (n: number) => i18n.num(n, 2);

const ds = buildDataset(
  [
    file(
      'stellen.csv',
      [
        `${STELLEN_HEADER};stand;beleg;quelle`,
        'A;05970;2;kommune;Kreis;1,5;besetzt;2024-07;amtlich;https://www.siegen-wittgenstein.de/kim',
        'B;05970;2;frei;Caritas;1;besetzt;2025;presse;https://www.wp.de/artikel',
        'C;05970;1;frei;Diakonie;0,5;besetzt;;;',
      ].join('\n'),
    ),
    file(
      'termine.csv',
      [
        'datum;art;koerperschaft;gremium;titel;top;drucksache;ergebnis;quelle',
        '16.11.2022;sitzung;05970;Kreistag;Antrag B90/Grüne zu KIM;7;DS 2022/123;vertagt;https://www.siegen-wittgenstein.de/ris',
      ].join('\n'),
    ),
    file(
      'ausreisepflichtige.csv',
      [
        'stichtag;ags;anzahl;davon_geduldet;bezug;beleg;quelle',
        '31.07.2024;05970;663;;Kreisgebiet;presse;https://www.wp.de/b',
      ].join('\n'),
    ),
  ],
  gazetteer,
);

describe('tips: every line plain text, with value, Stand or Stichtag, Beleg and publisher', () => {
  it('a bar of several posts: Stand span, Belege with counts, unknown Beleg named, publishers', () => {
    const tip = sourcedTip(i18n, 'Baustein 2: Case Management', '2,5 VZÄ', ds.posts);
    expect(tip.split('\n')).toEqual([
      'Baustein 2: Case Management',
      '2,5 VZÄ',
      'Stand der Angaben 2024–2025',
      'Beleg: amtlich 1 · presse 1 · nicht angegeben 1',
      expect.stringMatching(/^Quelle: .+, .+ und 1 weitere$/),
    ]);
  });

  it('an allocation bar names its total and each Träger segment', () => {
    const [row] = allocationBars(
      ds,
      gazetteer,
      '05970',
      { scenario: 'Ist', baustein: null, status: null },
      'typ',
      'ganz',
    );
    const lines = barRowTip(i18n, fmt, row!).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      row!.label,
      '3 VZÄ',
      'Kommune: 1,5 VZÄ',
      'freie Träger: 1,5 VZÄ',
    ]);
    expect(lines).toContain('Stand der Angaben 2024–2025');
  });

  it('a timeline mark: title, kind and result, date, body and committee, TOP, Drucksache, publisher, no invented Beleg', () => {
    const lines = entryTip(i18n, (a) => gazetteer.label(a), ds.events[0]!).split('\n');
    expect(lines).toEqual([
      'Antrag B90/Grüne zu KIM',
      'Sitzung · Ergebnis: vertagt',
      'Datum: 16.11.2022',
      `${gazetteer.label('05970')}, Kreistag`,
      'TOP 7',
      'Drucksache: DS 2022/123',
      'Quelle: siegen-wittgenstein.de',
    ]);
  });

  it('a map area: its Gemeinde, the unit, value with measure, Stichtag, Bezug, Beleg, publisher', () => {
    const model = mapModel(ds, gazetteer, 'ausreise', 'kreis', DEFAULT_FILTERS, {
      method: 'quantile',
      count: 3,
    });
    const tips = areaTips(
      model,
      {
        gemeinden: {
          features: [{ properties: { ags: '05970040' } }, { properties: { ags: '05111000' } }],
        },
      },
      (a) => gazetteer.name(a),
      'Ausreisepflichtige',
      fmt,
      i18n,
    );
    const siegen = tips.get('05970040')!.split('\n');
    expect(siegen[0]).toBe('Siegen');
    expect(siegen.slice(2)).toEqual([
      'Ausreisepflichtige: 663',
      'Stichtag: 31.07.2024',
      'Bezug: Kreisgebiet',
      'Beleg: presse',
      'Quelle: Westfalenpost',
    ]);
    // A Gemeinde of no unit (Düsseldorf, no figure) still says so, never just its name.
    expect(tips.get('05111000')).toBe('Düsseldorf\nAusreisepflichtige: keine Angaben');
    const before = mapModel(
      ds,
      gazetteer,
      'ausreise',
      'kreis',
      { ...DEFAULT_FILTERS, stichtag: '2019' },
      {
        method: 'quantile',
        count: 3,
      },
    );
    const none = areaTips(before, null, (a) => gazetteer.name(a), 'Ausreisepflichtige', fmt, i18n);
    expect(none.get('05970040')!.split('\n').slice(-1)).toEqual([
      'Ausreisepflichtige: keine Angaben',
    ]);
  });

  it('places a tip inside its host, above the mark when there is room', () => {
    const view = { width: 1000, height: 700 };
    const five = [
      'Stadt Siegen',
      '5 VZÄ',
      'Kommune: 5 VZÄ',
      'Stand der Angaben 2021',
      'Beleg: presse',
    ];
    // Five short lines: 18 + 5 × 19 = 113 px.
    expect(tipHeight(five, 280)).toBe(113);
    expect(tipPlace(10, 200, 220, view, five)).toEqual({
      left: 0,
      top: 192,
      above: true,
      width: 280,
    });
    expect(tipPlace(990, 50, 70, view, five)).toEqual({
      left: 720,
      top: 78,
      above: false,
      width: 280,
    });
    // A long line wraps in a narrow viewport and makes the tip taller.
    expect(tipHeight(['x'.repeat(100)], 240)).toBe(18 + 4 * 19);
    expect(tipPlace(100, 200, 220, { width: 240, height: 700 }, five).width).toBe(240);
    // No room below (the bottom of an embed's iframe): above, even if it has less than it needs.
    expect(tipPlace(100, 90, 110, { width: 375, height: 180 }, five).above).toBe(true);
  });
});

describe('Verlauf of VZÄ', () => {
  it('names a point’s date as the day posts changed, not a Stichtag, in the tip and the CSV', () => {
    const posts = buildDataset(
      [
        file(
          'stellen.csv',
          [
            `${STELLEN_HEADER};beginn;ende`,
            'A;05970;1;kommune;Kreis;1;besetzt;01.09.2021;31.12.2022',
            'C;05970;1;kommune;Kreis;2;besetzt;01.01.2023;',
          ].join('\n'),
        ),
      ],
      gazetteer,
    );
    const view = verlaufView(posts, gazetteer, 'vzae', '05970', i18n);
    const lines = view.tip('b1', 1).split('\n');
    expect(lines).toContain('Änderung am: 01.01.2023');
    expect(lines.some((l) => l.startsWith('Stichtag'))).toBe(false);
    expect(view.table.header[1]).toBe('Datum der Änderung');
  });
});
