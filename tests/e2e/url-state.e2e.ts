import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

/** What a reader sees of the controls: value of each select and input named by test id. */
const values = (page: Page, ids: readonly string[]) =>
  Promise.all(ids.map((id) => page.getByTestId(id).inputValue()));

/**
 * Every view is a link: set the controls, then (1) reload and (2) open the
 * address in a fresh browser context (a shared link); both show the same.
 */
async function survives(
  page: Page,
  ids: readonly string[],
  ready: (p: Page) => Promise<void>,
): Promise<string> {
  const before = await values(page, ids);
  const url = page.url();
  await page.reload();
  await ready(page);
  expect(await values(page, ids)).toEqual(before);
  const shared = await h.open('', { width: 1024, height: 768 });
  await shared.page.goto(url);
  await ready(shared.page);
  expect(await values(shared.page, ids)).toEqual(before);
  expect(shared.errors).toEqual([]);
  await shared.page.context().close();
  return url;
}

describe('every view is a link (real Chromium)', () => {
  it('Übersicht: the chosen body and the Verlauf measure', async () => {
    const { page } = await h.open('#/', { width: 1024, height: 768 });
    const ready = (p: Page) => p.getByTestId('total-fte').waitFor();
    await ready(page);
    await page.getByTestId('body-filter').selectOption('05970');
    await page.getByTestId('verlauf-measure').selectOption('vzae');
    const url = await survives(page, ['body-filter', 'verlauf-measure'], async (p) => {
      await ready(p);
      await p.getByTestId('verlauf-measure').waitFor();
    });
    expect(url).toContain('koerperschaft=05970');
    expect(url).toContain('verlauf=vzae');
    await page.context().close();
  });

  it('Karte: measure, level, method and classes', async () => {
    const { page } = await h.open('#/karte', { width: 1024, height: 768 });
    const ready = (p: Page) =>
      p.locator('[data-testid="map"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await ready(page);
    await page.getByTestId('map-measure').selectOption('ausreise');
    await page.getByTestId('map-level').selectOption('kreis');
    await page.getByTestId('map-method').selectOption('equal');
    await page.getByTestId('map-classes').selectOption('4');
    const ids = ['map-measure', 'map-level', 'map-method', 'map-classes'];
    expect(await values(page, ids)).toEqual(['ausreise', 'kreis', 'equal', '4']);
    const url = await survives(page, ids, ready);
    expect(url).toMatch(/mass=ausreise/);
    await page.context().close();
  });

  it('Zeitleiste: range and body', async () => {
    const { page } = await h.open('#/zeitleiste', { width: 1024, height: 768 });
    const ready = (p: Page) => p.getByTestId('timeline-svg').waitFor();
    await ready(page);
    await page.getByTestId('tl-body').selectOption('05970');
    await page.getByTestId('tl-from').fill('2021-01-01');
    await page.getByTestId('tl-to').fill('2023-06-30');
    await page.getByTestId('tl-to').press('Tab');
    const ids = ['tl-body', 'tl-from', 'tl-to'];
    await expect.poll(() => values(page, ids)).toEqual(['05970', '2021-01-01', '2023-06-30']);
    const url = await survives(page, ids, ready);
    expect(url).toContain('von=2021-01-01');
    expect(url).toContain('bis=2023-06-30');
    await page.context().close();
  });

  it('Verteilung: body, scenario, calculator and claim inputs', async () => {
    const { page } = await h.open('#/verteilung', { width: 1024, height: 768 });
    const ready = (p: Page) => p.getByTestId('al-calc').waitFor();
    await ready(page);
    await page.getByTestId('calc-total').fill('10');
    await page.getByTestId('calc-method').selectOption({ index: 1 });
    await page.getByTestId('claim-persons').fill('500');
    await page.getByTestId('claim-persons').press('Tab');
    const ids = [
      'al-body',
      'al-scenario',
      'calc-total',
      'calc-method',
      'calc-key',
      'claim-persons',
    ];
    await expect.poll(async () => (await values(page, ids))[5]).toBe('500');
    await survives(page, ids, ready);
    await page.context().close();
  });
});
