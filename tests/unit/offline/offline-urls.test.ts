import { describe, expect, it } from 'vitest';
import { dataUrlsToKeep } from '../../../src/lib/offline/offline-urls.ts';

describe('dataUrlsToKeep', () => {
  const page = 'https://kim.example/dashboard/index.html#/karte';

  it('keeps same-origin files under data/, once each, without query, plus the always-list', () => {
    expect(
      dataUrlsToKeep(
        [
          'https://kim.example/dashboard/data/manifest.json',
          'https://kim.example/dashboard/data/stellen.csv?v=2',
          'https://kim.example/dashboard/data/stellen.csv',
          'https://kim.example/dashboard/assets/main-abc.js',
          'https://tiles.example/data/style.json',
        ],
        page,
        ['./data/geo/nrw.topo.json'],
      ),
    ).toEqual([
      'https://kim.example/dashboard/data/manifest.json',
      'https://kim.example/dashboard/data/stellen.csv',
      'https://kim.example/dashboard/data/geo/nrw.topo.json',
    ]);
  });

  it('keeps nothing when the page loaded no data (dataset from browser storage)', () => {
    expect(dataUrlsToKeep(['https://kim.example/dashboard/assets/x.js'], page, [])).toEqual([]);
  });
});
