import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { serve } from './server.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');

/** Debian's Chromium (apt-get install chromium); Playwright's own download does not work here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The browser, the server of dist/ and a way to open pages that records console errors. */
export interface Harness {
  browser: Browser;
  url: string;
  /**
   * A new browser context at `hash`. Service workers are blocked unless asked
   * for: every other test sees the network as it is, not a worker's cache.
   */
  open(
    hash: string,
    viewport?: { width: number; height: number },
    options?: { serviceWorkers?: 'allow' | 'block'; ignoreHTTPSErrors?: boolean; touch?: boolean },
  ): Promise<{ page: Page; errors: string[] }>;
  /** Stops the web server: from now on the network is really gone for every page. */
  stopServer(): Promise<void>;
  shot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function start(): Promise<Harness> {
  const server = await serve(join(ROOT, 'dist'), join(ROOT, 'tests/fixtures'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  let serverUp = true;
  return {
    browser,
    url: server.url,
    async open(hash, viewport = { width: 1280, height: 720 }, options = {}) {
      const context = await browser.newContext({
        viewport,
        serviceWorkers: options.serviceWorkers ?? 'block',
        // Only the test of a foreign https origin (a self-signed loopback certificate) sets this.
        ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
        // A phone: taps, no hover.
        hasTouch: options.touch ?? false,
        isMobile: options.touch ?? false,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
      });
      // Every CSP violation is a console error: every test that expects no errors checks the CSP too.
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP-Verstoß: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m: ConsoleMessage) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}${hash}`);
      return { page, errors };
    },
    async shot(page, name) {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async stopServer() {
      if (!serverUp) return;
      serverUp = false;
      await server.close();
    },
    async close() {
      await browser.close();
      if (serverUp) await server.close();
    },
  };
}
