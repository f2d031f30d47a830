import { readFileSync } from 'node:fs';
import { newSlide } from '../../../src/lib/data/deck-kinds.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFolder, loadDataset } from '../../../src/lib/data/loader.ts';
import { ROOT, STELLEN_HEADER, TERMINE_OK } from '../helpers.ts';

/** A fake fetch over an in-memory site; records what was requested. */
function site(files: Record<string, string | Uint8Array>) {
  const requested: string[] = [];
  const fetchImpl = async (url: string) => {
    requested.push(url);
    const body = files[url];
    if (body === undefined) return new Response('nicht gefunden', { status: 404 });
    return new Response(typeof body === 'string' ? body : new Blob([body as BlobPart]));
  };
  return { fetchImpl, requested };
}

const geo = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'data/geo', name)));
const GEO = {
  'https://x.test/geo/gebiete-05.json': geo('gebiete-05.json'),
  'https://x.test/geo/gebiete-de.json': geo('gebiete-de.json'),
};

describe('datasetFolder', () => {
  it.each([
    ['https://x.test/data/manifest.json', 'https://x.test/data/'],
    ['https://x.test/data', 'https://x.test/data/'],
    ['https://x.test/data/?a=1', 'https://x.test/data/'],
  ])('%s → %s', (url, folder) => {
    expect(datasetFolder(url)).toBe(folder);
  });
});

describe('loadDataset', () => {
  it('loads the files the manifest lists and only the NRW gazetteer for NRW data', async () => {
    const { fetchImpl, requested } = site({
      ...GEO,
      'https://x.test/d/manifest.json': JSON.stringify({
        titel: 'T',
        dateien: ['stellen.csv', 'termine.csv'],
      }),
      'https://x.test/d/stellen.csv': `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`,
      'https://x.test/d/termine.csv': TERMINE_OK,
    });
    const { dataset, origin } = await loadDataset(
      'https://x.test/d/',
      'https://x.test/geo/',
      fetchImpl,
    );
    expect(dataset.problems).toEqual([]);
    expect(origin).toBe('https://x.test/d/');
    expect(dataset.posts).toHaveLength(1);
    expect(requested).not.toContain('https://x.test/geo/gebiete-de.json');
  });

  it('reads a published presentation (praesentation.json) with the dataset, problems included', async () => {
    const { fetchImpl } = site({
      ...GEO,
      'https://x.test/d/manifest.json': JSON.stringify({
        titel: 'T',
        dateien: ['stellen.csv', 'termine.csv', 'praesentation.json'],
      }),
      'https://x.test/d/stellen.csv': `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`,
      'https://x.test/d/termine.csv': TERMINE_OK,
      'https://x.test/d/praesentation.json': JSON.stringify({
        folien: [
          { titel: 'Karte', ansicht: '#/karte?mass=frei&folie=3' },
          { titel: 'X', ansicht: '#/daten' },
        ],
      }),
    });
    const { dataset } = await loadDataset('https://x.test/d/', 'https://x.test/geo/', fetchImpl);
    expect(dataset.deck).toEqual([newSlide('karte', '#/karte?mass=frei', { title: 'Karte' })]);
    expect(dataset.problems.map((p) => [p.table, p.severity, p.value])).toEqual([
      ['praesentation', 'Warnung', '#/daten'],
    ]);
  });

  it('loads all of Germany when the data reaches beyond NRW', async () => {
    const { fetchImpl, requested } = site({
      ...GEO,
      'https://x.test/d/manifest.json': JSON.stringify({
        titel: 'T',
        dateien: ['stellen.csv', 'termine.csv'],
      }),
      'https://x.test/d/stellen.csv': `${STELLEN_HEADER}\nA;09162;2;kommune;München;1;besetzt\n`,
      'https://x.test/d/termine.csv': TERMINE_OK,
    });
    const { dataset, gazetteer } = await loadDataset(
      'https://x.test/d/manifest.json',
      'https://x.test/geo/',
      fetchImpl,
    );
    expect(dataset.problems).toEqual([]);
    expect(gazetteer.label('09162')).toContain('München');
    expect(requested).toContain('https://x.test/geo/gebiete-de.json');
  });

  it('names the HTTP status of a listed file that is missing', async () => {
    const { fetchImpl } = site({
      ...GEO,
      'https://x.test/d/manifest.json': JSON.stringify({
        titel: 'T',
        dateien: ['stellen.csv', 'termine.csv', 'regionen.csv'],
      }),
      'https://x.test/d/stellen.csv': `${STELLEN_HEADER}\nA;05970;2;kommune;S;1;besetzt\n`,
      'https://x.test/d/termine.csv': TERMINE_OK,
    });
    const { dataset } = await loadDataset('https://x.test/d/', 'https://x.test/geo/', fetchImpl);
    expect(dataset.problems).toHaveLength(1);
    expect(dataset.problems[0]!.message).toBe(
      'Die in manifest.json genannte Datei „regionen.csv“ fehlt (HTTP 404).',
    );
    expect(dataset.posts).toHaveLength(1);
  });

  it('reports an address without any dataset', async () => {
    const { fetchImpl } = site({ ...GEO });
    const { dataset } = await loadDataset('https://x.test/leer/', 'https://x.test/geo/', fetchImpl);
    expect(dataset.problems[0]!.message).toContain('kein Datensatz gefunden (HTTP 404)');
    expect(dataset.problems.map((p) => p.message)).toContain(
      'Die Pflichttabelle „stellen.csv“ fehlt.',
    );
  });

  it('rejects with AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const fetchImpl = async (_url: string, init?: { signal?: AbortSignal }) => {
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return new Response('');
    };
    await expect(
      loadDataset('https://x.test/d/', 'https://x.test/geo/', fetchImpl, controller.signal),
    ).rejects.toThrow('aborted');
  });
});
