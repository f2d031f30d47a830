import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Normalises an SVG for snapshots (as Observable Plot does): numbers rounded
 * to one decimal, Svelte's hydration comments removed, one element per line.
 */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/<!--[^>]*-->/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<')
    .trim();
}

/**
 * Compares with `__snapshots__/<name>.svg`; writes the file on first run, and
 * `<name>-changed.svg` on mismatch for review (then fails).
 */
export function expectSvgSnapshot(dir: string, name: string, svg: string): void {
  const path = `${dir}/__snapshots__/${name}.svg`;
  const actual = normaliseSvg(svg);
  if (!existsSync(path)) {
    // In CI a missing snapshot is a failure, not a silent pass.
    expect(
      process.env.CI ? null : 'new',
      `snapshot ${name}.svg missing; run the tests locally and commit it`,
    ).toBe('new');
    writeFileSync(path, actual);
    return;
  }
  const expected = readFileSync(path, 'utf8');
  if (expected !== actual) writeFileSync(`${dir}/__snapshots__/${name}-changed.svg`, actual);
  expect(actual, `SVG differs; see __snapshots__/${name}-changed.svg`).toBe(expected);
}
