import { describe, expect, it } from 'vitest';
import { hrefFor, hrefWith, parseHash } from '../../../src/lib/state/route.ts';

describe('parseHash', () => {
  it.each([
    ['', '/', '/'],
    ['#/', '/', '/'],
    ['#/karte', '/karte', '/karte'],
    ['#/karte/', '/karte', '/karte'],
    ['#karte?lang=en', '/karte', '/karte'],
    ['#/gibtsnicht', null, '/gibtsnicht'],
  ])('%s → %s', (hash, path, raw) => {
    const r = parseHash(hash);
    expect(r.path).toBe(path);
    expect(r.raw).toBe(raw);
  });

  it('reads parameters', () => {
    expect(parseHash('#/?heute=2022-11-01&lang=en').params.get('heute')).toBe('2022-11-01');
  });
});

describe('hrefFor / hrefWith', () => {
  it('keeps global parameters and drops page-specific ones', () => {
    const current = new URLSearchParams('lang=en&heute=2022-11-01&mass=vzae');
    expect(hrefFor('/karte', current)).toBe('#/karte?lang=en&heute=2022-11-01');
    expect(hrefFor('/', new URLSearchParams())).toBe('#/');
  });

  it('changes one parameter of the current page', () => {
    expect(hrefWith(parseHash('#/daten?quelle=x'), 'lang', 'en')).toBe('#/daten?quelle=x&lang=en');
  });
});

import {
  centreOn,
  defaultRange,
  filterEntries,
  panRange,
  readTimelineState,
  writeTimelineState,
  zoomRange,
} from '../../../src/lib/state/timeline-params.ts';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { gazetteer, fixtureFiles } from '../helpers.ts';

describe('timeline state', () => {
  it('round-trips through the URL and ignores invalid values', () => {
    const s = readTimelineState(
      new URLSearchParams(
        'von=2021-01-01&bis=kaputt&art=sitzung,unsinn&baustein=4&termin=termine.csv:17&lang=en',
      ),
    );
    expect(s).toEqual({
      from: '2021-01-01',
      to: null,
      body: null,
      kinds: ['sitzung'],
      baustein: null,
      selected: 'termine.csv:17',
    });
    expect(writeTimelineState(s, new URLSearchParams('lang=en')).toString()).toBe(
      'lang=en&von=2021-01-01&art=sitzung&termin=termine.csv%3A17',
    );
  });

  it('zooms, pans and centres', () => {
    expect(zoomRange(['2022-01-01', '2022-12-31'], 0.5)).toEqual(['2022-04-02', '2022-10-01']);
    expect(panRange(['2022-01-01', '2022-01-11'], -0.5)).toEqual(['2021-12-27', '2022-01-06']);
    expect(centreOn(['2022-01-01', '2022-01-11'], '2023-06-15')).toEqual([
      '2023-06-10',
      '2023-06-20',
    ]);
    expect(zoomRange(['2022-01-01', '2022-01-03'], 0.5)).toEqual(['2021-12-26', '2022-01-09']);
  });

  it('covers all entries and today by default; filters by body, kind and Baustein', () => {
    const ds = buildDataset(fixtureFiles(), gazetteer);
    expect(defaultRange(ds.events, '2026-11-22')).toEqual(['2020-05-01', '2027-01-22']);
    const siegen = filterEntries(ds.events, {
      from: null,
      to: null,
      body: '05970',
      kinds: [],
      baustein: null,
      selected: null,
    });
    expect(siegen.some((e) => e.body === '05970040')).toBe(true);
    expect(siegen.every((e) => e.body.startsWith('05970'))).toBe(true);
    const b1 = filterEntries(ds.events, {
      from: null,
      to: null,
      body: null,
      kinds: ['frist'],
      baustein: 1,
      selected: null,
    });
    expect(b1.map((e) => e.date.iso)).toEqual([
      '2020-12-28',
      '2021-10-30',
      '2022-10-30',
      '2024-12-19',
    ]);
  });
});
