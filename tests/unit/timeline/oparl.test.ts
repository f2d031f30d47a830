import { GermanError } from '../../../src/lib/data/german-error.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { berlinDateTime, importOparl, mapResult } from '../../../src/lib/oparl/oparl-import.ts';
import { ROOT } from '../helpers.ts';

const dir = join(ROOT, 'tests/fixtures/oparl');
const docs = Object.fromEntries(
  readdirSync(dir).map((n) => [n, JSON.parse(readFileSync(join(dir, n), 'utf8'))]),
);
const B = 'https://oparl.example.org/oparl/v1';

/** The fixture server: Body links to meeting pages, organization and paper by URL. */
const byUrl: Record<string, unknown> = {
  [`${B}/body/1`]: docs['body.json'],
  [`${B}/body/1/meeting`]: docs['meetings-1.json'],
  [`${B}/body/1/meeting?page=2`]: docs['meetings-2.json'],
  [`${B}/organization/7`]: docs['organization.json'],
  [`${B}/paper/99`]: docs['paper.json'],
  [`${B}/consultation/501`]: docs['paper.json'].consultation[0],
};
const fetched: string[] = [];
const fetchJson = async (url: string) => {
  fetched.push(url);
  if (!(url in byUrl)) throw new GermanError('HTTP 404');
  return byUrl[url];
};

describe('importOparl', () => {
  it('follows links.next from the Body and maps Gremium, TOP, Drucksache, Ergebnis', async () => {
    const r = await importOparl([await fetchJson(`${B}/body/1`)], { fetchJson });
    expect(r.pages).toBe(2);
    expect(r.meetings).toBe(4);
    expect(fetched).toContain(`${B}/body/1/meeting?page=2`);
    const kim = r.entries.find((e) => e.agendaItem === 'Ö 4')!;
    expect(kim).toMatchObject({
      kind: 'sitzung',
      body: '05970040',
      committee: 'Testausschuss für Soziales (Fixture)',
      title: 'Kommunales Integrationsmanagement: Zuordnung der Case-Management-Stellen',
      document: '123/2023',
      outcome: 'vertagt',
      date: { iso: '2023-01-25', precision: 'day', time: '17:00' },
      source: 'https://ratsinfo.example.org/to020?TOLFDNR=301',
    });
    // An unknown result text is kept as a note, not guessed.
    expect(r.entries.find((e) => e.agendaItem === 'Ö 1')).toMatchObject({
      note: 'Ergebnis laut OParl: genehmigt',
    });
    expect(r.entries.find((e) => e.agendaItem === 'Ö 1')!.outcome).toBeUndefined();
    // A meeting without agenda items becomes one session entry (summer time: 16:30).
    expect(
      r.entries.find((e) => e.title === '4. Sitzung des Testausschusses (Fixture)')?.date,
    ).toEqual({ iso: '2023-06-14', precision: 'day', time: '16:30' });
    expect(r.skipped).toEqual([
      { what: 'Sondersitzung (Fixture)', reason: 'abgesagt' },
      { what: 'Sitzung ohne Datum (Fixture)', reason: 'ohne gültigen Beginn (start)' },
    ]);
  });

  it('works from files alone when they hold every object', async () => {
    const r = await importOparl(Object.values(docs));
    expect(r.entries).toHaveLength(4);
    expect(r.entries.find((e) => e.agendaItem === 'Ö 4')?.document).toBe('123/2023');
  });

  it('filters agenda items by keyword and explains what was left out', async () => {
    const r = await importOparl(Object.values(docs), { keyword: 'Integrationsmanagement' });
    expect(r.entries.map((e) => e.agendaItem)).toEqual(['Ö 4']);
    expect(r.skipped).toContainEqual({
      what: '4. Sitzung des Testausschusses (Fixture)',
      reason: 'kein Tagesordnungspunkt mit „Integrationsmanagement“',
    });
  });

  it('handles missing optional fields and a missing AGS', async () => {
    const bare = { id: 'x:1', type: 'https://schema.oparl.org/1.0/Meeting', start: '2023-02-01' };
    const noAgs = await importOparl([bare]);
    expect(noAgs.entries).toEqual([]);
    expect(noAgs.skipped[0]!.reason).toContain('AGS');
    const withAgs = await importOparl([bare], { body: '05970' });
    expect(withAgs.entries[0]).toMatchObject({
      body: '05970',
      title: 'x:1',
      committee: 'x:1',
      date: { iso: '2023-02-01', precision: 'day' },
    });
  });

  it('does not add a session twice and reports unreachable pages', async () => {
    const first = await importOparl(Object.values(docs));
    const again = await importOparl(Object.values(docs), { existing: first.entries });
    expect(again.entries).toEqual([]);
    expect(again.skipped.filter((s) => s.reason === 'schon im Datensatz')).toHaveLength(4);
    const broken = await importOparl(
      [{ data: [], links: { next: 'https://nowhere.example/p2' } }],
      { fetchJson },
    );
    expect(broken.skipped.map((s) => s.reason)).toContain('nicht ladbar: HTTP 404');
  });

  it('stops a server that pages and references without end: capped, counted, cancellable', async () => {
    let served = 0;
    // Every page lists 200 meetings by reference and links to a new next page.
    const endless = async (url: string) => {
      served++;
      const n = Number(/(\d+)$/.exec(url)?.[1] ?? 0);
      if (url.includes('/meeting/'))
        return { id: url, type: 'https://schema.oparl.org/1.1/Meeting' };
      return {
        id: url,
        data: Array.from({ length: 200 }, (_, i) => `https://oparl.example/meeting/${n}-${i}`),
        links: { next: `https://oparl.example/page/${n + 1}` },
      };
    };
    const seen: number[] = [];
    const r = await importOparl([await endless('https://oparl.example/page/0')], {
      fetchJson: endless,
      onProgress: (p) => seen.push(p.requests),
    });
    expect(r.requests).toBe(2000);
    expect(served).toBe(2001);
    expect(r.skipped).toContainEqual({
      what: 'Import',
      reason: 'nach 2.000 Abrufen beendet (Obergrenze)',
    });
    expect(r.skipped.length).toBeLessThanOrEqual(200);
    expect(r.skippedCount).toBeGreaterThanOrEqual(r.skipped.length);
    expect(seen.at(-1)).toBe(2000);

    const controller = new AbortController();
    const cancelled = importOparl([await endless('https://oparl.example/page/0')], {
      fetchJson: async (u) => {
        if (served > 2100) controller.abort();
        return endless(u);
      },
      signal: controller.signal,
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads a document nested 10,000 levels deep without recursion', async () => {
    let deep: unknown = { id: 'm1', type: 'Meeting', start: '2026-01-01' };
    for (let i = 0; i < 10_000; i++) deep = { inner: [deep] };
    const r = await importOparl([deep], { body: '05970040' });
    expect(r.meetings).toBe(1);
  });

  it('stops on a page loop', async () => {
    const loop = { id: 'p1', data: [], links: { next: 'p1' } };
    const r = await importOparl([loop], { fetchJson: async () => loop, maxPages: 5 });
    expect(r.pages).toBeLessThanOrEqual(5);
  });
});

describe('mapResult / berlinDateTime', () => {
  it.each([
    ['Vertagt', 'vertagt'],
    ['einstimmig beschlossen', 'beschlossen'],
    ['Abgelehnt', 'abgelehnt'],
    ['zur Kenntnis genommen', 'zur Kenntnis genommen'],
    ['genehmigt', undefined],
    [undefined, undefined],
  ])('%s → %s', (text, outcome) => {
    expect(mapResult(text)).toBe(outcome);
  });

  it('converts to Berlin wall time across midnight', () => {
    expect(berlinDateTime('2022-12-31T23:30:00Z')).toEqual({ date: '2023-01-01', time: '00:30' });
    expect(berlinDateTime('kaputt')).toBeNull();
  });
});
