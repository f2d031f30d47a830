/**
 * Array helpers that never spread an array into a call. `f(...xs)` puts every
 * item on the call stack: from about 60,000 items (fewer in deep calls) the
 * engine throws "Maximum call stack size exceeded". Staff files and published
 * datasets decide how long our arrays are, so every such call goes through
 * here; ESLint forbids the spread elsewhere (eslint.config.js).
 */

/** Appends every item of `items` to `target`, one by one. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` and `floor` (`floor` when there are none). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `values` and `ceiling` (`ceiling` when there are none). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

const CHUNK = 8192;

/** `String.fromCharCode` over any number of UTF-16 code units, in bounded chunks. */
export function fromCharCodes(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK)
    // eslint-disable-next-line no-restricted-syntax -- at most CHUNK items
    parts.push(String.fromCharCode(...units.subarray(i, i + CHUNK)));
  return parts.join('');
}
