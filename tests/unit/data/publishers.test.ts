import { describe, expect, it } from 'vitest';
import {
  COPY_HOSTS,
  defaultEvidence,
  hostOf,
  publisherOf,
  registrableDomain,
} from '../../../src/lib/data/publishers.ts';

describe('publisherOf', () => {
  it.each([
    [
      'https://app-webview.sparknews.funkemedien.de/nrw-wp/lokales/siegen/article1.html?paid=true',
      'Westfalenpost',
      'presse',
    ],
    [
      'https://app-webview.sparknews.funkemedien.de/nrw-waz/lokales/bochum/article2.html',
      'WAZ',
      'presse',
    ],
    [
      'https://www.kreis-coesfeld.de/sessionnet/sessionnetbi/vo0050.php?__kvonr=5924',
      'Kreis Coesfeld (Sitzungsdienst)',
      'ris',
    ],
    ['https://www.kreis-coesfeld.de/aktuelles', 'Kreis Coesfeld', 'amtlich'],
    ['https://recht.nrw.de/lmi/owa/br_vbl_detail_text?anw_nr=7', 'Landesrecht NRW', 'amtlich'],
    ['https://www2.haan.de/bi/vo0050.php?__kvonr=4334', 'Stadt Haan (Ratsinformation)', 'ris'],
    ['https://wz.de./nrw/rhein-kreis-neuss/neuss/x', 'Westdeutsche Zeitung', 'presse'],
    ['https://cdn.stadt-koeln.de/politik/x', 'Stadt Köln', 'amtlich'],
    ['https://afd-mettmann.de/?p=16424', 'AfD Kreis Mettmann', 'partei'],
    ['https://ufaauto24.com/7pAr9dyY.html', 'ufaauto24.com (Kopie)', 'kopie'],
  ])('%s → %s', (url, name, kind) => {
    expect(publisherOf(url)).toMatchObject({ name, kind });
  });

  it('falls back to the registrable domain of an unknown host, never the full host name', () => {
    expect(publisherOf('https://app-webview.sparknews.funkemedien.de/nrw-xyz/a')).toMatchObject({
      name: 'funkemedien.de',
      kind: null,
    });
    expect(publisherOf('http://news.example.co.uk/x')).toMatchObject({
      name: 'example.co.uk',
      kind: null,
      host: 'news.example.co.uk',
    });
    expect(publisherOf('Drucksache 199/2021')).toBeNull();
  });

  it('reads hosts and registrable domains', () => {
    expect(hostOf('HTTPS://WWW.Bonn.DE:443/x')).toBe('bonn.de');
    expect(hostOf('kein Link')).toBeNull();
    expect(registrableDomain('a.b.c.example.org')).toBe('example.org');
    expect(registrableDomain('localhost')).toBe('localhost');
  });

  it('lists the copy and aggregator hosts', () => {
    expect(COPY_HOSTS).toEqual(
      expect.arrayContaining([
        'ufaauto24.com',
        'expydoc.com',
        'citypopulation.de',
        'raw.githubusercontent.com',
      ]),
    );
  });
});

describe('defaultEvidence', () => {
  it('is amtlich for a council information system, else unknown', () => {
    expect(
      defaultEvidence('https://session.rhein-kreis-neuss.de/bi/to0050.asp?__ktonr=24106'),
    ).toBe('amtlich');
    expect(defaultEvidence('https://www.wp.de/x')).toBeNull();
    expect(defaultEvidence('https://www.bonn.de/x')).toBeNull();
    expect(defaultEvidence(undefined)).toBeNull();
  });
});
