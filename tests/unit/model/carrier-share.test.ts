import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { carrierShareRows } from '../../../src/lib/model/carrier-share.ts';
import { overview } from '../../../src/lib/model/overview.ts';
import { gazetteer, fixtureFiles } from '../helpers.ts';

const ds = buildDataset(fixtureFiles(), gazetteer);

describe('carrierShareRows', () => {
  it('gives every body of the shipped data one bar, largest first, adding up to the Übersicht', () => {
    const rows = carrierShareRows(ds, gazetteer, 'Ist', null);
    const model = overview(ds, gazetteer, '2026-11-22');
    expect(rows.map((r) => r.key)).toEqual(model.bodies.map((b) => b.ags));
    const sum = (c: string) =>
      rows.reduce((s, r) => s + (r.segments.find((x) => x.carrierType === c)?.fte ?? 0), 0);
    expect(sum('kommune')).toBeCloseTo(model.carriers.value.kommune, 2);
    expect(sum('unbekannt')).toBeCloseTo(model.carriers.value.unbekannt, 2);
    expect(sum('frei')).toBe(0);
    for (const r of rows) expect(r.total).toBeGreaterThan(0);
  });

  it('Siegen-Wittgenstein in Ist: 11.5 VZÄ at the Kommune, 8.5 unknown, no free share known beyond 0', () => {
    const [row] = carrierShareRows(ds, gazetteer, 'Ist', '05970');
    expect(row!.label).toContain('Siegen-Wittgenstein');
    expect(row!.segments.map((s) => [s.carrierType, s.fte])).toEqual([
      ['kommune', 11.5],
      ['unbekannt', 8.5],
    ]);
    expect(row!.shareFree).toBe(0);
    expect(row!.sources.length).toBeGreaterThan(0);
  });

  it('the Grünen proposal moves three posts to freie Träger: share 3 of 4', () => {
    const [row] = carrierShareRows(ds, gazetteer, 'Antrag B90/Grüne 16.11.2022', '05970');
    expect(row!.segments.map((s) => [s.carrierType, s.fte])).toEqual([
      ['kommune', 1],
      ['frei', 3],
    ]);
    expect(row!.shareFree).toBe(0.75);
  });

  it('an unknown body gives no rows (not an empty bar)', () => {
    expect(carrierShareRows(ds, gazetteer, 'Ist', '99999')).toEqual([]);
  });
});
