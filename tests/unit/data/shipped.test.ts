import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { IST } from '../../../src/lib/data/types.ts';
import { gazetteer, shippedFiles } from '../helpers.ts';

const ds = buildDataset(shippedFiles(), gazetteer);
const ist = ds.posts.filter((p) => p.scenario === IST);
const sum = (xs: readonly { fte: number }[]) => Math.round(xs.reduce((s, x) => s + x.fte, 0) * 100) / 100;

describe('the shipped dataset', () => {
  it('loads without any problem', () => {
    expect(ds.problems).toEqual([]);
    expect(Object.keys(ds.tables)).toEqual(['stellen', 'regionen', 'termine', 'ausreisepflichtige', 'bevoelkerung']);
  });

  it('has a source on every row', () => {
    for (const rows of [ds.posts, ds.regions, ds.events, ds.obliged, ds.population])
      for (const r of rows) expect(r.source, `${r.file} Zeile ${r.line}`).toMatch(/\S/);
  });

  it('covers the bodies the issue names', () => {
    const bodies = new Set(ist.map((p) => p.body));
    for (const b of ['05970', '05334', '05334002', '05382', '05162', '05566']) expect(bodies).toContain(b);
  });

  it('has Siegen-Wittgenstein: Bausteine 1–3, 14 VZÄ Case Management, six case managers by region in the 2021 plan', () => {
    const sw = ist.filter((p) => p.body === '05970');
    expect(new Set(sw.map((p) => p.baustein))).toEqual(new Set([1, 2, 3]));
    expect(sum(sw.filter((p) => p.baustein === 2))).toBe(14);
    const plan = ds.posts.filter((p) => p.scenario === 'Plan 2021 (Drucksache 199/2021)' && p.baustein === 2);
    expect(plan).toHaveLength(6);
    const regions = plan.map((p) => (p.area?.kind === 'region' ? p.area.name : '?'));
    expect(regions.sort()).toEqual(['Kreuztal/Hilchenbach', 'Netphen/Freudenberg', 'Stadt Siegen', 'Stadt Siegen', 'Südliches Siegerland', 'Wittgenstein']);
  });

  it('has the four Siegen case-management posts and the 16.11.2022 motion as a scenario', () => {
    const siegen = (scenario: string) => ds.posts.filter((p) => p.scenario === scenario && p.id.startsWith('SI-CM-'));
    expect(siegen(IST)).toHaveLength(4);
    const motion = siegen('Antrag B90/Grüne 16.11.2022');
    expect(motion.map((p) => p.carrierType).sort()).toEqual(['frei', 'frei', 'frei', 'kommune']);
    const session = ds.events.find((e) => e.date.iso === '2022-11-16');
    expect(session).toMatchObject({ kind: 'sitzung', body: '05970040', agendaItem: '4b', outcome: 'vertagt' });
  });

  it('marks the seed\u2019s 467 as a quoted claim and has the 2024 figures', () => {
    const claim = ds.obliged.find((o) => o.count === 467);
    expect(claim).toMatchObject({ ags: '05970', classification: 'zitiert' });
    expect(ds.obliged.find((o) => o.ags === '05970040' && o.asOf.iso === '2024-07-31')?.count).toBe(216);
    expect(ds.obliged.find((o) => o.ags === '05970' && o.asOf.iso === '2024-07-31')?.count).toBe(663);
  });

  it('has population for all 11 Siegen-Wittgenstein municipalities summing to the Kreis total', () => {
    const towns = ds.population.filter((p) => p.ags.startsWith('05970') && p.ags.length === 8 && p.asOf.iso === '2019-12-31');
    expect(towns).toHaveLength(11);
    expect(towns.reduce((s, p) => s + p.inhabitants, 0)).toBe(276944);
    expect(ds.population.find((p) => p.ags === '05970' && p.asOf.iso === '2019-12-31')?.inhabitants).toBe(276944);
  });

  it('has the five Siegen-Wittgenstein service regions covering each municipality exactly once', () => {
    const members = ds.regions.filter((r) => r.body === '05970').flatMap((r) => r.municipalities);
    expect(members).toHaveLength(11);
    expect(new Set(members).size).toBe(11);
  });

  it('has funding periods, application windows and sessions', () => {
    const kinds = new Set(ds.events.map((e) => e.kind));
    for (const k of ['sitzung', 'frist', 'foerderzeitraum', 'antrag', 'beschluss']) expect(kinds).toContain(k);
    expect(ds.events.find((e) => e.kind === 'frist' && e.until?.iso === '2025-01-16')?.date.iso).toBe('2024-12-19');
  });
});
