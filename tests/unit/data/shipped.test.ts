import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { publisherOf } from '../../../src/lib/data/publishers.ts';
import { IST } from '../../../src/lib/data/types.ts';
import { bodyOfArea } from '../../../src/lib/model/coverage.ts';
import { coverage, coveredBodies } from '../../../src/lib/model/body-coverage.ts';
import { gazetteer, shippedFiles } from '../helpers.ts';

const ds = buildDataset(shippedFiles(), gazetteer);
const ist = ds.posts.filter((p) => p.scenario === IST);
const sum = (xs: readonly { fte: number }[]) =>
  Math.round(xs.reduce((s, x) => s + x.fte, 0) * 100) / 100;
const rows = () => [...ds.posts, ...ds.regions, ...ds.events, ...ds.obliged, ...ds.population];

/**
 * Hosts treated as copies or aggregators: never the source of an official fact
 * (DESIGN.md, honesty rules). The registry marks the same hosts as `kopie`.
 */
const COPY_HOSTS = [
  'ufaauto24.com',
  'expydoc.com',
  'zxc.wiki',
  'citypopulation.de',
  'githubusercontent.com',
  'github.com',
  'n-ag.de',
  'kleineanfragen.org',
  'statista.com',
  'yumpu.com',
  'blogspot.com',
  'wordpress.com',
  'leverkusen.com',
  'web.de',
  'classicistranieri.com',
  'courage-lounge.de',
];

describe('the shipped dataset', () => {
  it('has no Fehler; its only warnings are published totals above 5 VZÄ in one row', () => {
    expect(ds.problems.filter((p) => p.severity !== 'Warnung')).toEqual([]);
    for (const p of ds.problems) expect(p).toMatchObject({ table: 'stellen', column: 'vzae' });
    expect(Object.keys(ds.tables)).toEqual([
      'stellen',
      'regionen',
      'termine',
      'ausreisepflichtige',
      'bevoelkerung',
    ]);
  });

  it('counts what it covers of the 54 KIM bodies (numbers in the README and the issue note)', () => {
    const c = coverage(ds, gazetteer, '2026-12-01');
    expect(c).toHaveLength(54);
    expect(new Set(ist.map((p) => p.body)).size).toBe(33);
    expect(coveredBodies(c, 'posts')).toBe(33);
    expect(coveredBodies(c, 'population')).toBe(35);
    const withCount = new Set(
      ds.obliged
        .filter((o) => o.count !== null)
        .map((o) => bodyOfArea(o.ags))
        .filter(Boolean),
    );
    expect(withCount.size).toBe(21);
    expect(coveredBodies(c, 'obliged')).toBe(33); // incl. bodies with only a number of geduldete
  });

  it('has a source on every row, and the source of every figure is no copy or aggregator site', () => {
    for (const r of rows()) {
      expect(r.source, `${r.file} Zeile ${r.line}`).toMatch(/\S/);
      const host = publisherOf(r.source!)?.host ?? '';
      for (const copy of COPY_HOSTS)
        expect(host.endsWith(copy), `${r.file} Zeile ${r.line}: ${host}`).toBe(false);
      if (host)
        expect(
          publisherOf(r.source!)?.kind,
          `${r.file} Zeile ${r.line}: ${host} fehlt im Register`,
        ).not.toBeNull();
    }
  });

  it('states the evidence of every figure, whose count it is, and the census basis', () => {
    for (const r of [...ist, ...ds.obliged, ...ds.population])
      expect(r.evidence, `${r.file} Zeile ${r.line}`).not.toBeNull();
    for (const o of ds.obliged) expect(o.reference, `${o.file} Zeile ${o.line}`).toMatch(/\S/);
    for (const p of ds.population)
      expect(p.basis, `${p.file} Zeile ${p.line}`).toMatch(
        /^(Zensus 2011|Zensus 2022|Melderegister)$/,
      );
  });

  it('keeps internal notes off the screen: no cell names a seed file or a log', () => {
    for (const r of rows())
      expect(JSON.stringify(r), `${r.file} Zeile ${r.line}`).not.toMatch(/seeds\/|\blog\b|TODO/i);
  });

  it('has one row per published figure: no totals split into rows of the same post', () => {
    const key = (p: (typeof ds.posts)[number]) =>
      [
        p.scenario,
        p.body,
        p.baustein,
        p.role,
        p.carrierType,
        p.carrier,
        JSON.stringify(p.area),
        p.source,
        p.asOf?.iso,
        p.status,
        p.start?.iso,
      ].join('|');
    const seen = new Map<string, string>();
    for (const p of ds.posts) {
      expect(seen.get(key(p)), `${p.id} wiederholt ${seen.get(key(p))}`).toBeUndefined();
      seen.set(key(p), p.id);
    }
    expect(ist.find((p) => p.body === '05158' && p.start?.iso === '2021')).toMatchObject({
      fte: 9,
    });
  });

  it('has Siegen-Wittgenstein: Bausteine 1–3, 14 VZÄ Case Management, six case managers by region in the 2021 plan', () => {
    const sw = ist.filter((p) => p.body === '05970');
    expect(new Set(sw.map((p) => p.baustein))).toEqual(new Set([1, 2, 3]));
    expect(sum(sw.filter((p) => p.baustein === 2))).toBe(14);
    const plan = ds.posts.filter(
      (p) => p.scenario === 'Plan 2021 (Drucksache 199/2021)' && p.baustein === 2,
    );
    expect(sum(plan)).toBe(6);
    const regions = plan.map((p) => `${p.area?.kind === 'region' ? p.area.name : '?'} ${p.fte}`);
    expect(regions.sort()).toEqual([
      'Kreuztal/Hilchenbach 1',
      'Netphen/Freudenberg 1',
      'Stadt Siegen 2',
      'Südliches Siegerland 1',
      'Wittgenstein 1',
    ]);
  });

  it('has the four Siegen case-management posts and the 16.11.2022 motion as a scenario', () => {
    const siegen = (scenario: string) =>
      ds.posts.filter((p) => p.scenario === scenario && p.id.startsWith('SI-CM'));
    expect(sum(siegen(IST))).toBe(4);
    const motion = siegen('Antrag B90/Grüne 16.11.2022');
    expect(motion.map((p) => `${p.carrierType} ${p.fte}`).sort()).toEqual(['frei 3', 'kommune 1']);
    const session = ds.events.find((e) => e.date.iso === '2022-11-16');
    expect(session).toMatchObject({
      kind: 'sitzung',
      body: '05970040',
      agendaItem: '4b',
      outcome: 'vertagt',
    });
  });

  it('marks the seed\u2019s 467 as a quoted claim and has the 2024 figures with whose count they are', () => {
    const claim = ds.obliged.find((o) => o.count === 467);
    expect(claim).toMatchObject({ ags: '05970', evidence: 'zitiert' });
    expect(
      ds.obliged.find((o) => o.ags === '05970040' && o.asOf.iso === '2024-07-31'),
    ).toMatchObject({ count: 216, evidence: 'presse' });
    const kreis = ds.obliged.filter((o) => o.ags === '05970' && o.asOf.iso === '2024-07-31');
    expect(kreis.map((o) => o.count).sort()).toEqual([447, 663]);
    expect(kreis.find((o) => o.count === 447)!.reference).toMatch(/ohne Stadt Siegen/);
  });

  it('has population for all 11 Siegen-Wittgenstein municipalities summing to the Kreis total', () => {
    const towns = ds.population.filter(
      (p) => p.ags.startsWith('05970') && p.ags.length === 8 && p.asOf.iso === '2019-12-31',
    );
    expect(towns).toHaveLength(11);
    expect(towns.reduce((s, p) => s + p.inhabitants, 0)).toBe(276944);
    expect(
      ds.population.find((p) => p.ags === '05970' && p.asOf.iso === '2019-12-31')?.inhabitants,
    ).toBe(276944);
  });

  it('has population of 13 bodies and NRW at one Stichtag and basis: 31.12.2023, Zensus 2011, IT.NRW', () => {
    const at = ds.population.filter(
      (p) => p.asOf.iso === '2023-12-31' && p.basis === 'Zensus 2011',
    );
    expect(at.find((p) => p.ags === 'NRW')?.inhabitants).toBe(18190422);
    expect(at.filter((p) => p.ags !== 'NRW')).toHaveLength(13);
    for (const p of at) expect(p.evidence).toBe('amtlich');
  });

  it('has the five Siegen-Wittgenstein service regions covering each municipality exactly once', () => {
    const members = ds.regions.filter((r) => r.body === '05970').flatMap((r) => r.municipalities);
    expect(members).toHaveLength(11);
    expect(new Set(members).size).toBe(11);
  });

  it('has funding periods, application windows and sessions from 2020 to 2024', () => {
    const kinds = new Set(ds.events.map((e) => e.kind));
    for (const k of ['sitzung', 'frist', 'foerderzeitraum', 'antrag', 'beschluss'])
      expect(kinds).toContain(k);
    expect(
      ds.events.find((e) => e.kind === 'frist' && e.until?.iso === '2025-01-16')?.date.iso,
    ).toBe('2024-12-19');
    expect(ds.events.find((e) => e.date.iso === '2024-12-12')?.source).toMatch(
      /^https:\/\/recht\.nrw\.de\//,
    );
  });
});
