/** Total, largest and smallest of some labelled values: the facts an alt text names. */
export function extremes<T extends { label: string; value: number }>(
  items: readonly T[],
): { total: number; max: T | null; min: T | null } {
  let max: T | null = null;
  let min: T | null = null;
  let total = 0;
  for (const item of items) {
    total += item.value;
    if (!max || item.value > max.value) max = item;
    if (!min || item.value < min.value) min = item;
  }
  return { total, max, min };
}
