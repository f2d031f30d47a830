import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { newSlide } from '../../../src/lib/data/deck-kinds.ts';
import { slideContent } from '../../../src/lib/slides/content.ts';
import { fixtureFiles, gazetteer } from '../helpers.ts';
import { german } from './german.ts';

const loaded = { dataset: buildDataset(fixtureFiles(), gazetteer), gazetteer, origin: 'test' };
const TODAY = '2024-06-01';
const content = (kind: Parameters<typeof newSlide>[0], view: string) =>
  slideContent(newSlide(kind, view), loaded, TODAY, german);

describe('slide content (frozen dataset of 22.11.2026)', () => {
  it('Kennzahlen of one Körperschaft: a takeaway headline, 4 figures, a table and its sources', () => {
    const c = content('kennzahlen', '#/?koerperschaft=05970');
    expect(c.headline).toBe(
      'Kreis Siegen-Wittgenstein: 20 VZÄ, alle veröffentlichten bei der Kommune',
    );
    expect(c.subtitle).toBe(
      'Kreis Siegen-Wittgenstein · Szenario Ist · Stand der Angaben 2021–2023',
    );
    if (c.data.kind !== 'kennzahlen') throw new Error(c.data.kind);
    expect(c.data.figures.map((f) => [f.key, f.value, f.unit])).toEqual([
      ['vzae', '20', 'VZÄ'],
      ['frei', '0\u00a0%', ''],
      ['bausteine', '3', ''],
      ['besetzt', '4', 'von 14'],
    ]);
    expect(c.table!.rows).toHaveLength(4);
    expect(c.sources.length).toBeGreaterThan(0);
    expect(c.targets.map((t) => t.key)).toEqual(['vzae', 'frei', 'bausteine', 'besetzt']);
  });

  it('Karte: the highest unit in the headline, every valued unit in the table, nothing invented', () => {
    const c = content('karte', '#/karte?mass=vzae10k');
    expect(c.headline).toBe(
      'VZÄ je 10.000 Einwohner: am höchsten in Kreis Siegen-Wittgenstein (0,73)',
    );
    if (c.data.kind !== 'karte') throw new Error(c.data.kind);
    const valued = c.data.model.units.filter((u) => u.value !== null);
    expect(c.table!.rows).toHaveLength(valued.length);
    expect(c.subtitle).toContain(`Angaben für ${valued.length} Gebiete`);
    expect(c.table!.rows[0]![0]).toBe('Kreis Siegen-Wittgenstein');
  });

  it('Zeitleiste: the countdown to the next deadline as the headline, the range in the subtitle', () => {
    const c = content('zeitleiste', '#/zeitleiste?von=2021-01-01&bis=2023-12-31');
    expect(c.headline).toMatch(/^Noch 229 Tage bis .+ \(16\.01\.2025\)$/);
    expect(c.subtitle).toBe('NRW · 01.01.2021–31.12.2023 · heute 01.06.2024');
    if (c.data.kind !== 'zeitleiste') throw new Error(c.data.kind);
    expect(c.table!.rows).toHaveLength(c.data.entries.length);
    expect(c.data.entries.every((e) => (e.until ?? e.date).iso >= '2021-01-01')).toBe(true);
  });

  it('Vorschlag gegen Ist: the sentence of what moves as the headline, A and B bars per area', () => {
    const c = content(
      'vorschlag',
      '#/verteilung?koerperschaft=05970&b=Antrag+B90%2FGr%C3%BCne+16.11.2022',
    );
    expect(c.headline).toBe('3 VZÄ wechseln von der Kommune zu freien Trägern.');
    if (c.data.kind !== 'vorschlag') throw new Error(c.data.kind);
    expect(c.data.bars.map((b) => [b.group, b.label, b.total])).toEqual([
      ['Stadt Siegen', 'Ist', 4],
      ['Stadt Siegen', 'Antrag B90/Grüne 16.11.2022', 4],
    ]);
  });

  it('Verteilung: VZÄ per area with the Träger in the headline', () => {
    const c = content('verteilung', '#/verteilung?koerperschaft=05970');
    expect(c.headline).toMatch(/^Kreis Siegen-Wittgenstein: 20 VZÄ, /);
    if (c.data.kind !== 'verteilung') throw new Error(c.data.kind);
    expect(c.data.bars.reduce((s, b) => s + b.total, 0)).toBeCloseTo(20, 6);
  });

  it('Rechnung: the claim as a claim, its quoted source, the arithmetic, and documented figures beside it', () => {
    const c = content('rechnung', '#/verteilung?koerperschaft=05970');
    expect(c.headline).toBe('Behauptung: 467 Personen × 1.000 € × 12 Monate ≈ 5,6 Mio. € im Jahr');
    expect(c.subtitle).toMatch(/^Zahl zitiert: .+ – keine amtliche Angabe$/);
    if (c.data.kind !== 'rechnung') throw new Error(c.data.kind);
    expect(c.data.total).toBe(5_604_000);
    expect(c.data.official[0]!.label).toBe('Kreis Siegen-Wittgenstein');
    expect(c.sources.some((s) => s.evidence === 'zitiert')).toBe(true);
    const own = content('rechnung', '#/verteilung?personen=100&betrag=900&monate=6');
    expect(own.headline).toBe('Behauptung: 100 Personen × 900 € × 6 Monate ≈ 0,5 Mio. € im Jahr');
    expect(own.subtitle).toBe('Eingaben des Rechners – keine Quelle');
  });

  it('a text slide says what it was given, no more', () => {
    const c = slideContent(
      newSlide('text', '#/', { title: 'Fazit', bullets: ['a', 'b'] }),
      loaded,
      TODAY,
      german,
    );
    expect(c.headline).toBe('Fazit');
    expect(c.sources).toEqual([]);
    expect(c.data).toEqual({ kind: 'text', bullets: ['a', 'b'] });
  });
});
