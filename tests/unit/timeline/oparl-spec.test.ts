import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GermanError } from '../../../src/lib/data/german-error.ts';
import type { CalendarEntry } from '../../../src/lib/data/types.ts';
import { agsFromRgs, importOparl, mapResult } from '../../../src/lib/oparl/oparl-import.ts';
import { ROOT } from '../helpers.ts';

/** OParl 1.1 as its spec says (Issue 19, point 4), with the spec's own example objects. */
const S = 'https://ris.example.org/oparl/1.1';
const T = 'https://schema.oparl.org/1.1/';
const serve = (objects: Record<string, unknown>) => {
  const asked: string[] = [];
  const fetchJson = async (url: string) => {
    asked.push(url);
    if (!(url in objects)) throw new GermanError('HTTP 404');
    return structuredClone(objects[url]);
  };
  return { asked, fetchJson };
};
const meeting = (id: string, more: Record<string, unknown> = {}) => ({
  id: `${S}/meeting/${id}`,
  type: `${T}Meeting`,
  name: `Sitzung ${id}`,
  start: '2024-05-14T17:00:00+02:00',
  organization: [`${S}/organization/1`],
  ...more,
});
const organization = {
  id: `${S}/organization/1`,
  type: `${T}Organization`,
  name: 'Integrationsrat',
  body: `${S}/body/1`,
  meeting: `${S}/organization/1/meetings`,
};
const body = {
  id: `${S}/body/1`,
  type: `${T}Body`,
  name: 'Stadt Siegen',
  rgs: '059700040040',
  meeting: `${S}/body/1/meetings`,
};

describe('OParl 1.1 results', () => {
  it.each([
    ['nicht beschlossen', 'abgelehnt'],
    ['Nicht zugestimmt', 'abgelehnt'],
    ['nicht angenommen', 'abgelehnt'],
    ['Kein Beschluss', 'abgelehnt'],
    ['mehrheitlich abgelehnt', 'abgelehnt'],
    ['Geändert beschlossen', 'beschlossen'],
    ['einstimmig angenommen', 'beschlossen'],
    ['zugestimmt', 'beschlossen'],
    ['vertagt', 'vertagt'],
    ['zur Kenntnis genommen', 'zur Kenntnis genommen'],
  ])('%s → %s', (text, outcome) => {
    expect(mapResult(text)).toBe(outcome);
  });

  it('takes the AGS from rgs (rgs[0:5] + rgs[9:12]; a Kreis is its five digits)', () => {
    expect(agsFromRgs('059700040040')).toBe('05970040');
    expect(agsFromRgs('053150000000')).toBe('05315');
    expect(agsFromRgs('0597')).toBeUndefined();
  });
});

describe('importOparl as OParl 1.1 says', () => {
  it('an embedded Consultation never replaces the fetched one and gets its parent Paper', async () => {
    const m = meeting('1', {
      body: body.id,
      agendaItem: [
        {
          id: `${S}/ai/1`,
          type: `${T}AgendaItem`,
          number: '1',
          name: 'KIM',
          consultation: `${S}/c/1`,
        },
        {
          id: `${S}/ai/2`,
          type: `${T}AgendaItem`,
          number: '2',
          name: 'KIM II',
          consultation: `${S}/c/2`,
        },
      ],
    });
    const paper = {
      id: `${S}/paper/7`,
      type: `${T}Paper`,
      name: 'Kommunales Integrationsmanagement',
      reference: '199/2024',
      // Embedded, as the spec has them: without `paper`.
      consultation: [
        { id: `${S}/c/1`, type: `${T}Consultation`, agendaItem: `${S}/ai/1` },
        { id: `${S}/c/2`, type: `${T}Consultation`, agendaItem: `${S}/ai/2` },
      ],
    };
    const { fetchJson } = serve({
      [`${S}/c/1`]: { id: `${S}/c/1`, type: `${T}Consultation`, paper: paper.id },
      [paper.id]: paper,
      [body.id]: body,
      [organization.id]: organization,
    });
    const r = await importOparl([m], { fetchJson });
    expect(r.entries.map((e) => [e.agendaItem, e.document, e.body])).toEqual([
      ['1', '199/2024', '05970040'],
      ['2', '199/2024', '05970040'],
    ]);
  });

  it('a fetched Consultation keeps its Paper when another Paper embeds it later', async () => {
    const ai = (id: string, c: string) => ({
      id: `${S}/ai/${id}`,
      type: `${T}AgendaItem`,
      number: id,
      name: `TOP ${id}`,
      consultation: `${S}/c/${c}`,
    });
    const p1 = { id: `${S}/paper/1`, type: `${T}Paper`, reference: '199/2024' };
    // P2 lists C1 among its consultations as well (embedded, without `paper`).
    const p2 = {
      id: `${S}/paper/2`,
      type: `${T}Paper`,
      reference: '200/2024',
      consultation: [
        { id: `${S}/c/3`, type: `${T}Consultation` },
        { id: `${S}/c/1`, type: `${T}Consultation` },
      ],
    };
    const { fetchJson } = serve({
      [`${S}/c/1`]: { id: `${S}/c/1`, type: `${T}Consultation`, paper: p1.id },
      [`${S}/c/3`]: { id: `${S}/c/3`, type: `${T}Consultation`, paper: p2.id },
      [p1.id]: p1,
      [p2.id]: p2,
      [body.id]: body,
      [organization.id]: organization,
    });
    const r = await importOparl(
      [
        meeting('A', { body: body.id, agendaItem: [ai('1', '1'), ai('2', '3')] }),
        meeting('B', {
          body: body.id,
          start: '2024-06-04T17:00:00+02:00',
          agendaItem: [ai('9', '1')],
        }),
      ],
      { fetchJson },
    );
    expect(r.entries.map((e) => `${e.agendaItem}: ${e.document}`)).toEqual([
      '1: 199/2024',
      '2: 200/2024',
      '9: 199/2024',
    ]);
  });

  it('skips deleted objects with the reason, and reports each failed look-up once', async () => {
    const m = meeting('2', {
      body: body.id,
      agendaItem: [
        {
          id: `${S}/ai/3`,
          type: `${T}AgendaItem`,
          number: '1',
          name: 'A',
          consultation: `${S}/c/9`,
        },
        {
          id: `${S}/ai/4`,
          type: `${T}AgendaItem`,
          number: '2',
          name: 'B',
          consultation: `${S}/c/9`,
        },
        { id: `${S}/ai/5`, type: `${T}AgendaItem`, number: '3', name: 'C', deleted: true },
      ],
    });
    const gone = meeting('3', { deleted: true });
    const { asked, fetchJson } = serve({ [body.id]: body, [organization.id]: organization });
    const r = await importOparl([{ data: [m, gone] }], { fetchJson });
    expect(r.entries.map((e) => e.title)).toEqual(['A', 'B']);
    expect(r.skipped).toEqual(
      expect.arrayContaining([
        { what: 'Sitzung 2, TOP 3', reason: 'gelöscht (deleted)' },
        { what: 'Sitzung 3', reason: 'gelöscht (deleted)' },
      ]),
    );
    expect(asked.filter((u) => u === `${S}/c/9`)).toHaveLength(1);
    expect(r.skipped.filter((s) => s.what === `${S}/c/9`)).toHaveLength(1);
  });

  it('a System address lists its bodies to pick from; an Organization address imports its meetings', async () => {
    const system = { id: `${S}/`, type: `${T}System`, name: 'RIS', body: `${S}/bodies` };
    const { fetchJson } = serve({
      [`${S}/bodies`]: {
        data: [body, { id: `${S}/body/2`, type: `${T}Body`, name: 'Kreis', ags: '05970' }],
      },
      [`${S}/organization/1/meetings`]: { data: [meeting('5'), meeting('6')] },
      [body.id]: body,
    });
    const picked = await importOparl([system], { fetchJson });
    expect(picked.entries).toEqual([]);
    expect(picked.bodies).toEqual([
      { id: body.id, name: 'Stadt Siegen', ags: '05970040' },
      { id: `${S}/body/2`, name: 'Kreis', ags: '05970' },
    ]);
    const org = await importOparl([organization], { fetchJson });
    expect(org.entries.map((e) => [e.title, e.committee, e.body])).toEqual([
      ['Sitzung 5', 'Integrationsrat', '05970040'],
      ['Sitzung 6', 'Integrationsrat', '05970040'],
    ]);
  });

  it('a re-import updates results, dates and cancellations of entries it imported before', async () => {
    const item = (result?: string) => ({
      id: `${S}/ai/10`,
      type: `${T}AgendaItem`,
      number: '4',
      name: 'KIM-Stellen',
      web: `${S}/web/ai/10`,
      ...(result ? { result } : {}),
    });
    const first = await importOparl([
      body,
      organization,
      meeting('7', { body: body.id, agendaItem: [item()] }),
    ]);
    expect(first.entries).toHaveLength(1);
    expect(first.entries[0]!.outcome).toBeUndefined();
    const existing: CalendarEntry[] = first.entries;
    // The result was added and the session moved a week.
    const later = meeting('7', {
      body: body.id,
      start: '2024-05-21T17:00:00+02:00',
      agendaItem: [item('nicht beschlossen')],
    });
    const again = await importOparl([body, organization, later], { existing });
    expect(again.entries).toEqual([]);
    expect(again.updated).toHaveLength(1);
    expect(again.updated[0]!.before).toBe(existing[0]);
    expect(again.updated[0]!.after).toMatchObject({
      date: { iso: '2024-05-21', time: '17:00' },
      outcome: 'abgelehnt',
      agendaItem: '4',
    });
    // Then the session is cancelled.
    const cancelled = await importOparl([body, organization, { ...later, cancelled: true }], {
      existing: [again.updated[0]!.after],
    });
    expect(cancelled.updated[0]!.after.note).toBe('Sitzung abgesagt (laut OParl)');
    expect(cancelled.updated[0]!.after.outcome).toBeUndefined();
    // Unchanged: nothing to update, said once.
    const same = await importOparl([body, organization, later], {
      existing: [again.updated[0]!.after],
    });
    expect(same.updated).toEqual([]);
    expect(same.skipped.map((s) => s.reason)).toEqual(['schon im Datensatz']);
  });

  it('reads the spec’s example objects without an unexplained skip', async () => {
    const dir = join(ROOT, 'tests/fixtures/oparl-spec');
    const examples = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as unknown);
    expect(examples).toHaveLength(8); // System, Body, Organization, Meeting, Paper, File, Location, Person
    const r = await importOparl(examples);
    expect(r.skipped).toEqual([]);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({
      date: { iso: '2013-01-04', time: '08:00' },
      body: '05315000', // Body-01 (Köln)
      committee: 'Ausschuss für Haushalt und Finanzen', // Organization-01
      agendaItem: '10.1',
      title: 'Satzungsänderung für Ausschreibungen',
      outcome: 'beschlossen', // „Geändert beschlossen“
    });
  });
});

describe('importOparl against a local OParl server (list pages over links.next)', () => {
  let server: Server;
  let base = '';
  const pages = 3;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', base);
      const at = url.pathname;
      let body: unknown = null;
      if (at === '/body/1') body = { ...bodyAt(base), meeting: `${base}/body/1/meetings?page=1` };
      else if (at === '/body/1/meetings') {
        const page = Number(url.searchParams.get('page'));
        body = {
          data: [1, 2].map((n) => ({
            id: `${base}/meeting/${page}-${n}`,
            type: `${T}Meeting`,
            name: `Sitzung ${page}-${n}`,
            start: `2024-0${page}-1${n}T17:00:00+01:00`,
          })),
          links: page < pages ? { next: `${base}/body/1/meetings?page=${page + 1}` } : {},
        };
      }
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { error: 'not found' }));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const a = server.address();
    base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
  const bodyAt = (b: string) => ({
    id: `${b}/body/1`,
    type: `${T}Body`,
    name: 'Kreis',
    ags: '05970',
  });

  it('follows every page and stops at the last', async () => {
    const fetchJson = async (url: string) => {
      const res = await fetch(url);
      if (!res.ok) throw new GermanError(`HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    };
    const start = await fetchJson(`${base}/body/1`);
    const r = await importOparl([start], { fetchJson });
    expect(r.pages).toBe(pages);
    expect(r.entries.map((e) => e.title)).toEqual([
      'Sitzung 1-1',
      'Sitzung 1-2',
      'Sitzung 2-1',
      'Sitzung 2-2',
      'Sitzung 3-1',
      'Sitzung 3-2',
    ]);
    expect(r.entries.every((e) => e.body === '05970')).toBe(true);
    expect(r.skipped).toEqual([]);
  });
});
