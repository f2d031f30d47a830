/**
 * `npx tsx scripts/make-icons.ts`: draws the app icons in public/ from
 * public/favicon.svg with Chromium (the icons are committed; run this only
 * when the SVG changes). Maskable: full-bleed background, symbol in the safe zone.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const pub = join(resolve(fileURLToPath(import.meta.url), '../..'), 'public');
const svg = readFileSync(join(pub, 'favicon.svg'), 'utf8');
const ICONS = [
  [192, 0, 'icon-192.png'],
  [512, 0, 'icon-512.png'],
  [512, 64, 'icon-maskable-512.png'],
  [180, 0, 'apple-touch-icon.png'],
] as const;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [size, pad, name] of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = (pad ? svg.replace('rx="12"', 'rx="0"') : svg).replace(
    '<svg ',
    `<svg width="${size - 2 * pad}" height="${size - 2 * pad}" `,
  );
  await page.setContent(
    `<body style="margin:0;background:${pad ? '#0b4f8a' : 'transparent'}"><div style="padding:${pad}px">${inner}</div></body>`,
  );
  await page.screenshot({ path: join(pub, name), omitBackground: !pad });
  await page.close();
}
await browser.close();
