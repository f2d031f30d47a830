import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { fteVerlauf, obligedVerlauf, runsOf } from '../../../src/lib/model/verlauf.ts';
import { file, gazetteer, STELLEN_HEADER } from '../helpers.ts';

const obliged = [
  'stichtag;ags;anzahl;davon_geduldet;bezug;beleg;quelle',
  '31.07.2024;05970;663;;Kreisgebiet;presse;https://www.wp.de/a',
  '31.07.2024;05970;447;;ohne Stadt Siegen;presse;https://www.wp.de/a',
  '2015;05970;172;;Kreisgebiet;presse;https://www.derwesten.de/b',
  '2016;05970;;90;Kreisgebiet;amtlich;Kreistag',
  '2021;05970;467;300;Kreisgebiet;zitiert;Fraktion',
  '2021;05970040;216;;Stadt Siegen;presse;x',
].join('\n');
const ds = buildDataset([file('ausreisepflichtige.csv', obliged)], gazetteer);

describe('Verlauf of ausreisepflichtige', () => {
  it('has one point per Stichtag of the area, in time order, the widest count on the line', () => {
    const v = obligedVerlauf(ds, '05970');
    const count = v.series.find((s) => s.key === 'anzahl')!;
    expect(count.points.map((p) => [p.iso, p.value])).toEqual([
      ['2015', 172],
      ['2021', 467],
      ['2024-07-31', 663],
    ]);
    expect(count.points[2]!.evidence).toBe('presse');
    expect(count.points[2]!.rows).toEqual([
      {
        file: 'ausreisepflichtige.csv',
        line: 2,
        source: 'https://www.wp.de/a',
        evidence: 'presse',
      },
    ]);
    // The narrower count on the same day is kept beside the line, never dropped.
    expect(v.asides.map((a) => [a.series, a.point.value, a.point.reference])).toEqual([
      ['anzahl', 447, 'ohne Stadt Siegen'],
    ]);
    const tolerated = v.series.find((s) => s.key === 'geduldet')!;
    expect(tolerated.points.map((p) => [p.iso, p.value])).toEqual([
      ['2016', 90],
      ['2021', 300],
    ]);
    expect(v.references).toEqual(['Kreisgebiet']);
  });

  it('joins points only across consecutive years: a missing year leaves a gap', () => {
    expect(
      runsOf([{ iso: '2015' }, { iso: '2016-03' }, { iso: '2018' }, { iso: '2019-12-31' }]),
    ).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(obligedVerlauf(ds, '05970').series[0]!.runs).toEqual([[0], [1], [2]]);
    expect(runsOf([])).toEqual([]);
  });

  it('has no series for an area without counts', () => {
    expect(obligedVerlauf(ds, '05966').series).toEqual([]);
  });
});

describe('Verlauf of VZÄ per Baustein', () => {
  const stellen = [
    `${STELLEN_HEADER};beginn;ende`,
    'A;05970;1;kommune;Kreis;1;besetzt;01.09.2021;31.12.2022',
    'B;05970;2;frei;Caritas;0,5;besetzt;09.2021;',
    'C;05970;2;kommune;Kreis;2;besetzt;01.01.2023;',
    'D;05970;2;kommune;Kreis;1;entfallen;01.01.2022;',
    'E;05970;3;kommune;Kreis;1;besetzt;;',
  ].join('\n');
  const posts = buildDataset([file('stellen.csv', stellen)], gazetteer);

  it('steps at each published start and the day after each end, without posts lacking a start', () => {
    const v = fteVerlauf(posts, gazetteer, '05970');
    expect(v.series.map((s) => s.key)).toEqual(['b1', 'b2']);
    expect(v.series[0]!.points.map((p) => [p.iso, p.value])).toEqual([
      ['2021-09-01', 1],
      ['2023-01-01', 0],
    ]);
    // A start given as a month counts from its last day.
    expect(v.series[1]!.points.map((p) => [p.iso, p.value])).toEqual([
      ['2021-09-30', 0.5],
      ['2023-01-01', 2.5],
    ]);
    expect(v.series[1]!.points[1]!.changes).toEqual({ begun: ['C'], ended: [] });
    expect(v.withoutStart).toBe(1);
    expect(v.series.every((s) => s.step)).toBe(true);
  });
});
