import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { daysBetween, parseToday, todayInBerlin } from '../../../src/lib/util/days.ts';
import { headlineFigures, overview } from '../../../src/lib/model/overview.ts';
import { file, gazetteer, fixtureFiles, STELLEN_HEADER } from '../helpers.ts';

const termine = [
  'datum;bis;art;koerperschaft;titel;top;ergebnis',
  '01.07.2020;31.12.2022;foerderzeitraum;NRW;Förderung bis Ende 2022;;',
  '19.12.2024;16.01.2025;frist;NRW;Antragsfenster 2025;;',
  '16.11.2022;;sitzung;05970040;Sachstand KIM;4b;vertagt',
  '08.09.2021;;sitzung;05970;Sozialausschuss;;',
].join('\n');
const stellen = [
  `${STELLEN_HEADER};szenario`,
  'A;05970;1;kommune;Kreis;1;besetzt;',
  'B;05970;2;frei;Caritas;0,5;besetzt;',
  'C;05970;2;unbekannt;?;2;geplant;',
  'D;05970;2;kommune;Stadt;1;entfallen;',
  'E;05970;2;frei;Diakonie;3;geplant;Antrag X',
].join('\n');
const ds = buildDataset([file('stellen.csv', stellen), file('termine.csv', termine)], gazetteer);

describe('overview', () => {
  it('counts VZÄ of the Ist without dropped posts, per Baustein', () => {
    const m = overview(ds, gazetteer, '2022-11-01');
    expect(m.totalFte.value).toBe(3.5);
    expect(m.byBaustein.value).toEqual([
      { baustein: 1, fte: 1, posts: 1 },
      { baustein: 2, fte: 2.5, posts: 2 },
      { baustein: 3, fte: 0, posts: 0 },
    ]);
    expect(m.totalFte.sources.map((s) => s.rows.length)).toEqual([3]);
  });

  it('computes the share at freie Träger over known carriers only', () => {
    const c = overview(ds, gazetteer, '2022-11-01').carriers.value;
    expect(c).toEqual({ kommune: 1, frei: 0.5, unbekannt: 2, shareFree: 0.5 / 1.5 });
  });

  it('lists posts by status including dropped ones', () => {
    expect(overview(ds, gazetteer, '2022-11-01').byStatus.value).toEqual([
      { status: 'besetzt', posts: 2, fte: 1.5 },
      { status: 'geplant', posts: 1, fte: 2 },
      { status: 'entfallen', posts: 1, fte: 1 },
    ]);
  });

  it('counts down to the next deadline across a year end, using the end of a window', () => {
    const m = overview(ds, gazetteer, '2024-12-20');
    expect(m.nextDeadline).toMatchObject({ date: '2025-01-16', days: 27 });
    expect(m.nextDeadline!.entry.title).toBe('Antragsfenster 2025');
    // A funding period is not a deadline: it is the running period.
    expect(overview(ds, gazetteer, '2022-11-01').nextDeadline!.date).toBe('2025-01-16');
  });

  it('has no next deadline after the last one, and names the last one', () => {
    const m = overview(ds, gazetteer, '2026-11-22');
    expect(m.nextDeadline).toBeNull();
    expect(m.lastDeadline).toMatchObject({ date: '2025-01-16', days: -675 });
  });

  it('names the running funding period, or the last one when none runs', () => {
    const during = overview(ds, gazetteer, '2022-11-01');
    expect(during.runningPeriod).toMatchObject({ date: '2022-12-31', days: 60 });
    expect(during.runningPeriod!.entry.title).toBe('Förderung bis Ende 2022');
    expect(during.lastPeriod).toBeNull();
    const after = overview(ds, gazetteer, '2026-12-01');
    expect(after.runningPeriod).toBeNull();
    expect(after.lastPeriod).toMatchObject({ date: '2022-12-31' });
    expect(overview(ds, gazetteer, '2020-07-01').runningPeriod?.entry.title).toBe(
      'Förderung bis Ende 2022',
    );
  });

  it('says when the data was last updated: the newest stand, Stichtag or past entry', () => {
    expect(overview(ds, gazetteer, '2026-12-01').lastUpdate).toBe('2024-12-19');
    expect(overview(ds, gazetteer, '2022-11-01').lastUpdate).toBe('2021-09-08');
  });

  it('finds the last and next session; a session today is next', () => {
    const m = overview(ds, gazetteer, '2022-11-16');
    expect(m.nextSession).toMatchObject({ date: '2022-11-16', days: 0 });
    expect(m.lastSession).toMatchObject({ date: '2021-09-08' });
    expect(overview(ds, gazetteer, '2023-01-01').nextSession).toBeNull();
  });

  it('computes another scenario on request', () => {
    expect(overview(ds, gazetteer, '2022-11-01', 'Antrag X').totalFte.value).toBe(3);
  });

  it('counts coverage of the 54 KIM bodies and the bodies behind the share of freie Träger', () => {
    const m = overview(ds, gazetteer, '2022-11-01');
    expect(m.coverage).toEqual({ bodies: 1, total: 54 });
    expect(m.carrierBodies).toBe(1);
  });

  it('marks a body whose newest figure is older than 18 months as stale', () => {
    const dated = buildDataset(
      [
        file(
          'stellen.csv',
          [
            `${STELLEN_HEADER};stand`,
            'A;05970;1;kommune;Kreis;1;besetzt;05.2023',
            'B;05334;2;kommune;StädteRegion;1;besetzt;15.07.2025',
          ].join('\n'),
        ),
        file('termine.csv', termine),
      ],
      gazetteer,
    );
    const m = overview(dated, gazetteer, '2026-12-01');
    expect(m.bodies.find((b) => b.ags === '05970')).toMatchObject({
      newestAsOf: '2023-05',
      stale: true,
    });
    expect(m.bodies.find((b) => b.ags === '05334')).toMatchObject({
      newestAsOf: '2025-07-15',
      stale: false,
    });
  });

  it('filters to one body: its posts and entries plus the Land\u2019s', () => {
    const m = overview(ds, gazetteer, '2022-11-01', undefined, '05970');
    expect(m.body).toBe('05970');
    expect(m.totalFte.value).toBe(3.5);
    // Stadt Siegen's committee counts for the Kreis: Siegen takes part in KIM through it.
    expect(m.nextSession).toMatchObject({ date: '2022-11-16' });
    expect(overview(ds, gazetteer, '2022-11-01', undefined, '05334').nextSession).toBeNull();
    expect(overview(ds, gazetteer, '2022-11-01', undefined, '05334').totalFte.value).toBe(0);
    expect(overview(ds, gazetteer, '2022-11-01', undefined, '05334').runningPeriod).not.toBeNull();
  });

  it('gives the shipped data\u2019s bodies sorted by VZÄ, with labels', () => {
    const m = overview(buildDataset(fixtureFiles(), gazetteer), gazetteer, '2022-11-01');
    expect(m.bodies[0]).toMatchObject({ ags: '05970', name: 'Kreis Siegen-Wittgenstein', fte: 20 });
    expect(m.bodies.find((b) => b.ags === '05334002')?.name).toBe('Stadt Aachen');
  });
});

describe('days', () => {
  it.each([
    ['2022-12-31', '2023-01-01', 1],
    ['2023-01-01', '2022-12-31', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2022-03-26', '2022-03-28', 2],
  ])('daysBetween(%s, %s) = %s', (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it('gives Berlin\u2019s date whatever the machine time zone', () => {
    expect(todayInBerlin(new Date('2022-12-31T23:30:00Z'))).toBe('2023-01-01');
  });

  it('accepts only real ISO dates for heute=', () => {
    expect(parseToday('2022-11-01')).toBe('2022-11-01');
    expect(parseToday('01.11.2022')).toBeNull();
    expect(parseToday(null)).toBeNull();
  });
});

describe('headlineFigures', () => {
  it('equals the Übersicht’s figures (the preview compares these), on small and shipped data', () => {
    for (const [data, today] of [
      [ds, '2024-12-01'],
      [buildDataset(fixtureFiles(), gazetteer), '2022-11-01'],
    ] as const) {
      const m = overview(data, gazetteer, today);
      expect(headlineFigures(data, today)).toEqual({
        totalFte: m.totalFte.value,
        bausteinFte: m.byBaustein.value.map((b) => b.fte),
        shareFree: m.carriers.value.shareFree,
        bodies: m.bodies.length,
        nextDeadline: m.nextDeadline?.date ?? null,
        lastSession: m.lastSession?.date ?? null,
      });
    }
  });
});
