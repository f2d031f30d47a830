import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, start, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await start();
});
afterAll(async () => {
  await h?.close();
});

const SIEGEN = '[data-testid="timeline-svg"] [aria-label^="16.11.2022, Sitzung, Stadt Siegen"]';
/** The frozen dataset of 22.11.2026, for assertions on its figures. */
const FIXTURE = 'quelle=fixtures/kim-2026-11/';

describe('#/zeitleiste (real Chromium)', () => {
  it('shows the 16.11.2022 Siegen session as "vertagt" with its TOP, fits 1024×768 without horizontal scroll', async () => {
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      const { page, errors } = await h.open(`#/zeitleiste?heute=2022-11-01&${FIXTURE}`, {
        width,
        height,
      });
      await page.getByTestId('timeline-svg').waitFor();
      const mark = page.locator(SIEGEN);
      expect(await mark.getAttribute('aria-label')).toBe(
        '16.11.2022, Sitzung, Stadt Siegen, Ausschuss für Soziales, Familien und Senioren, TOP 4b, Sachstand zum Kommunalen Integrationsmanagement (KIM) – Antrag B90/Grüne, vertagt',
      );
      // A funding period is not a deadline: the countdown goes to the next application window.
      expect(await page.getByTestId('countdown').textContent()).toContain(
        'noch 807 Tage bis Antragsfenster KIM 2025',
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      const svgWidth = await page
        .getByTestId('timeline-svg')
        .evaluate((el) => el.getBoundingClientRect().width);
      expect(svgWidth).toBeLessThanOrEqual(width);
      expect(
        await page
          .locator('[data-testid="timeline-svg"] text', { hasText: 'heute 01.11.2022' })
          .count(),
      ).toBe(1);
      await h.shot(page, `zeitleiste-${width}x${height}`);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it('opens the detail by keyboard (Tab to the mark, Enter)', async () => {
    const { page } = await h.open(
      `#/zeitleiste?heute=2022-11-01&koerperschaft=05970040&${FIXTURE}`,
      {
        width: 1024,
        height: 768,
      },
    );
    await page.getByTestId('timeline-svg').waitFor();
    // Tab from the last control into the chart until the Siegen session has focus.
    await page.getByTestId('tl-baustein').focus();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (
        await page.evaluate((sel) => document.activeElement === document.querySelector(sel), SIEGEN)
      )
        break;
    }
    expect(
      await page.evaluate((sel) => document.activeElement === document.querySelector(sel), SIEGEN),
    ).toBe(true);
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('tl-detail');
    await page.getByTestId('tl-detail-top').waitFor();
    expect(await page.getByTestId('tl-detail-top').textContent()).toBe('4b');
    expect(await page.getByTestId('tl-detail-outcome').textContent()).toBe('vertagt');
    expect(await detail.textContent()).toContain('Ausschuss für Soziales, Familien und Senioren');
    // No post of Stadt Siegen has a published start: none is counted, all are listed apart.
    expect(await page.getByTestId('tl-posts-at-none').count()).toBe(1);
    expect(await page.getByTestId('tl-posts-unsure').locator('li').count()).toBe(5);
    expect(await detail.textContent()).toContain('Beginn nicht veröffentlicht');
    expect(page.url()).toMatch(/termin=termine\.csv%3A\d+/);
    await h.shot(page, 'zeitleiste-detail-1024x768');
    await page.context().close();
  });

  it('the Kreistag of 25.06.2021 (Siegen-Wittgenstein, shipped data) shows only posts that existed then, and no internal note', async () => {
    const { page, errors } = await h.open(
      '#/zeitleiste?von=2021-01-01&bis=2021-12-31&koerperschaft=05970',
      {
        width: 1280,
        height: 720,
      },
    );
    await page.getByTestId('timeline-svg').waitFor();
    await page.locator('[data-testid="timeline-svg"] [aria-label^="25.06.2021, Sitzung"]').click();
    const detail = page.getByTestId('tl-detail');
    await page.getByTestId('tl-detail-date').waitFor();
    expect(await page.getByTestId('tl-detail-date').textContent()).toBe('25.06.2021');
    // Nothing of the Kreis had a published start by then: no "20 VZÄ" on that day.
    expect(await page.getByTestId('tl-posts-at').count()).toBe(0);
    expect(await page.getByTestId('tl-posts-at-none').textContent()).toBe(
      'keine Stelle mit veröffentlichtem Beginn an diesem Tag',
    );
    const unsure = await page.getByTestId('tl-posts-unsure').textContent();
    expect(unsure).toContain('Beginn nicht veröffentlicht');
    expect(unsure).toContain('Angabe vom');
    expect(await detail.textContent()).not.toMatch(/seeds\//);
    expect(await page.getByTestId('tl-detail-source').textContent()).toBe('Westfalenpost');
    await h.shot(page, 'zeitleiste-25-06-2021-1280x720');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('zooms and pans with buttons; the range is in the URL', async () => {
    const { page } = await h.open(`#/zeitleiste?von=2022-01-01&bis=2022-12-31&${FIXTURE}`);
    await page.getByTestId('timeline-svg').waitFor();
    await page.getByTestId('tl-zoom-in').click();
    await expect.poll(() => page.url()).toContain('von=2022-04-02&bis=2022-10-01');
    await page.getByTestId('tl-later').click();
    await expect.poll(() => page.url()).toMatch(/von=2022-07-0\d&bis=2022-12-3\d/);
    // The URL is written before the axis is drawn again: wait for the drawing, not for a fixed time.
    await expect.poll(() => page.locator(SIEGEN).count()).toBe(1);
    await page.context().close();
  });

  it('adds the meetings of an OParl fixture loaded through the UI', async () => {
    const { page, errors } = await h.open(`#/zeitleiste?heute=2022-11-01&${FIXTURE}`);
    await page.getByTestId('timeline-svg').waitFor();
    const before = await page.locator('[data-testid="timeline-svg"] [data-key]').count();
    await page.getByTestId('oparl').locator('summary').click();
    const dir = join(ROOT, 'tests/fixtures/oparl');
    await page.getByTestId('oparl-files').setInputFiles(readdirSync(dir).map((n) => join(dir, n)));
    await page.getByTestId('oparl-run').click();
    const result = page.getByTestId('oparl-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('4 Termine aus 4 Sitzungen übernommen');
    expect(await result.textContent()).toContain('Sondersitzung (Fixture): abgesagt');
    await page.locator('[data-key="OParl-Import:2"]').waitFor();
    expect(await page.locator('[data-testid="timeline-svg"] [data-key]').count()).toBe(before + 4);
    expect(await page.locator('[data-key="OParl-Import:2"]').getAttribute('aria-label')).toContain(
      'TOP Ö 4',
    );
    await page.locator('[data-key="OParl-Import:2"]').click();
    expect(await page.getByTestId('tl-detail').textContent()).toContain('123/2023');
    await h.shot(page, 'zeitleiste-oparl-1280x720');

    // Imported again after the council decided the postponed TOP: that entry is updated, none added.
    const again = mkdtempSync(join(tmpdir(), 'kim-oparl-'));
    for (const n of readdirSync(dir))
      writeFileSync(
        join(again, n),
        readFileSync(join(dir, n), 'utf8').replace(
          '"result": "Vertagt"',
          '"result": "nicht beschlossen"',
        ),
      );
    await page
      .getByTestId('oparl-files')
      .setInputFiles(readdirSync(again).map((n) => join(again, n)));
    await page.getByTestId('oparl-run').click();
    await expect.poll(() => page.getByTestId('oparl-updated').count()).toBe(1);
    expect(await page.getByTestId('oparl-updated').textContent()).toBe('aktualisiert: 1');
    expect(await result.textContent()).toContain('0 Termine aus 4 Sitzungen übernommen');
    expect(await result.textContent()).toContain('vertagt → abgelehnt');
    expect(await page.locator('[data-testid="timeline-svg"] [data-key]').count()).toBe(before + 4);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads an iCalendar file', async () => {
    const { page } = await h.open(`#/zeitleiste?koerperschaft=05970040&${FIXTURE}`);
    await page.getByTestId('timeline-svg').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ics-all').click(),
    ]);
    expect(download.suggestedFilename()).toBe('kim-termine-05970040.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text).toContain('DTSTART;VALUE=DATE:20221116');
    await page.context().close();
  });
});
