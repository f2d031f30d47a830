import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

describe('#/verteilung (real Chromium)', () => {
  it("shows Siegen-Wittgenstein's case managers by Einsatzgebiet, at 1280×720 and 1024×768", async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const { page, errors } = await h.open('#/verteilung?baustein=2', { width, height });
      await page.getByTestId('al-bars-svg').waitFor();
      const list = await page.getByTestId('al-bars-list').textContent();
      expect(list).toContain('Stadt Siegen: 4 VZÄ (Kommune 4)');
      expect(list).toContain('Kreuztal: 1,5 VZÄ (Kommune 1,5)');
      expect(list).toContain('ganze Körperschaft: 7,5 VZÄ (Träger nicht veröffentlicht 7,5)');
      expect(await page.getByTestId('al-bars-svg').textContent()).toContain('Kommune 4');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await h.shot(page, `verteilung-${width}x${height}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('comparing Ist with the Siegen motion shows the moved posts', async () => {
    const { page } = await h.open('#/verteilung?b=Antrag+B90%2FGr%C3%BCne+16.11.2022');
    const moved = page.getByTestId('al-moved');
    await moved.waitFor();
    expect(await moved.textContent()).toContain(
      '3 VZÄ wechseln von der Kommune zu freien Trägern.',
    );
    const diff = await page.getByTestId('al-diff').textContent();
    expect(diff).toContain('Stadt Siegen');
    // Published as "4 Stellen" against "1 bei der Stadt, 3 bei freien Trägern": one row each.
    expect(diff).toContain('SI-CM: vzae (Kommune → Kommune) + SI-CM-FREI (3 VZÄ, freie Träger)');
    await page.getByTestId('al-compare').scrollIntoViewIfNeeded();
    await h.shot(page, 'verteilung-vergleich-1280x720');
    await page.context().close();
    // The frozen dataset had one row per post: the same 3 VZÄ move, named by post.
    const frozen = await h.open(
      '#/verteilung?b=Antrag+B90%2FGr%C3%BCne+16.11.2022&quelle=fixtures/kim-2026-11/',
    );
    await frozen.page.getByTestId('al-moved').waitFor();
    expect(await frozen.page.getByTestId('al-moved').textContent()).toContain('3 VZÄ wechseln');
    const old = await frozen.page.getByTestId('al-diff').textContent();
    expect(old).toContain('SI-CM-2: traeger_typ, traeger (Kommune → freie Träger)');
    expect(old).toContain('220.000 € → 220.000 €');
    await frozen.page.context().close();
  });

  it('distributes 6 VZÄ over the five service regions by population and saves it as a scenario', async () => {
    const { page, errors } = await h.open('#/verteilung');
    const calc = page.getByTestId('al-calc');
    await calc.waitFor();
    await page.getByTestId('calc-total').fill('6');
    await page.getByTestId('calc-key').selectOption('einwohner');
    await page.getByTestId('calc-method').selectOption('hare');
    const rows = calc.getByTestId('calc-row');
    await expect.poll(() => rows.count()).toBe(5);
    const results = await calc.getByTestId('calc-result').allTextContents();
    expect(results).toEqual(['1', '1', '1', '1', '2']);
    expect(await rows.nth(4).textContent()).toContain('Stadt Siegen');
    await calc.scrollIntoViewIfNeeded();
    await h.shot(page, 'verteilung-rechner-1280x720');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('calc-csv').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFid;koerperschaft;baustein')).toBe(true);
    expect(csv).toContain(
      'R-05970040-1;05970;2;;Stadt Siegen;unbekannt;offen (berechneter Vorschlag);2;geplant',
    );
    await page.getByTestId('calc-save').click();
    await page.getByTestId('calc-saved').waitFor();
    await expect
      .poll(() => page.getByTestId('al-b').inputValue())
      .toContain('Rechner: 6 VZÄ B2 nach Einwohner');
    const diff = await page.getByTestId('al-diff').textContent();
    expect(diff).toContain('Wittgenstein');
    expect(diff).toContain('+ R-05970004-05970028-05970012-1');
    // Ist's 1,5 VZÄ in Kreuztal count under the proposal's Kreuztal/Hilchenbach.
    expect(diff).toMatch(/Kreuztal\/Hilchenbach1,5 → 0/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the calculator, the filters and the comparison in the URL: a reload or a shared link restores them', async () => {
    const { page, errors } = await h.open('#/verteilung');
    const calc = page.getByTestId('al-calc');
    await calc.waitFor();
    await page.getByTestId('calc-total').fill('10');
    await page.getByTestId('calc-total').press('Enter');
    await page.getByTestId('calc-method').selectOption('dhondt');
    await page.getByTestId('calc-step').selectOption('0.5');
    await expect.poll(() => page.url()).toContain('rechner_vzae=10');
    expect(page.url()).toContain('rechner_verfahren=dhondt');
    expect(page.url()).toContain('rechner_schritt=0.5');
    const before = await calc.getByTestId('calc-result').allTextContents();
    expect(before.reduce((s, r) => s + Number(r.replace(',', '.')), 0)).toBe(10);
    // The comparison (A/B) is in the same address.
    await page.getByTestId('calc-save').click();
    await expect.poll(() => page.url()).toMatch(/[?&]b=Rechner/);
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    const again = other.getByTestId('al-calc');
    await again.waitFor();
    expect(await other.getByTestId('calc-total').inputValue()).toBe('10');
    expect(await other.getByTestId('calc-method').inputValue()).toBe('dhondt');
    expect(await other.getByTestId('calc-step').inputValue()).toBe('0.5');
    expect(await again.getByTestId('calc-result').allTextContents()).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes out the claim arithmetic 467 × 1.000 € × 12 = 5.604.000 €', async () => {
    const { page } = await h.open('#/verteilung');
    const formula = page.getByTestId('claim-formula');
    await formula.waitFor();
    expect(await formula.textContent()).toContain('467 × 1.000 € × 12 = 5.604.000 €');
    expect(await formula.textContent()).toContain('5,6 Mio. €');
    expect(await page.getByTestId('al-claim').textContent()).toContain('zitierte Angabe');
    await page.getByRole('button', { name: 'Kreis Siegen-Wittgenstein: 663' }).click();
    expect(await formula.textContent()).toContain('663 × 1.000 € × 12 = 7.956.000 €');
    await page.context().close();
  });
});
