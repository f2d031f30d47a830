/** A label's box on screen (CSS pixels) and how much it matters. */
export interface LabelBox {
  id: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Larger first: when it is crowded, the smaller units give way. */
  priority: number;
}

/**
 * The labels to show so that no two boxes intersect: the most important
 * first, each kept when it touches none kept before (`gap` px of air), the
 * rest hidden — the table beside the map still names every unit.
 */
export function keptLabels(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || a.y0 - b.y0 || a.x0 - b.x0);
  const kept: LabelBox[] = [];
  for (const b of order) {
    const free = kept.every(
      (k) => k.x1 + gap <= b.x0 || b.x1 + gap <= k.x0 || k.y1 + gap <= b.y0 || b.y1 + gap <= k.y0,
    );
    if (free) kept.push(b);
  }
  return new Set(kept.map((k) => k.id));
}
