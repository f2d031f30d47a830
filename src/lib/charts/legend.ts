import type { Classification } from '../model/classify.ts';

/** Legend rows with formatted ranges (`1,5–4`, or one value when a class holds one). */
export function legendItems(
  c: Classification,
  format: (n: number) => string,
): { color: string; label: string; count: number }[] {
  return c.classes.map((k) => ({
    color: k.color,
    label: k.from === k.to ? format(k.to) : `${format(k.from)}–${format(k.to)}`,
    count: k.count,
  }));
}
