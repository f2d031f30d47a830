/** A box on screen (CSS pixels). */
type Box = { x0: number; y0: number; x1: number; y1: number };

/** A label's box on screen (CSS pixels) and how much it matters. */
export interface LabelBox extends Box {
  id: string;
  /** Larger first: when it is crowded, the smaller units give way. */
  priority: number;
}

/**
 * The labels to show so that no two boxes intersect, nor any of `avoid`
 * (e.g. the locator over the map): the most important first, each kept when
 * it touches none kept before (`gap` px of air), the rest hidden — the table
 * beside the map still names every unit.
 */
export function keptLabels(
  boxes: readonly LabelBox[],
  gap = 2,
  avoid: readonly Box[] = [],
): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || a.y0 - b.y0 || a.x0 - b.x0);
  const taken: Box[] = [...avoid];
  const kept = new Set<string>();
  for (const b of order) {
    const free = taken.every(
      (k) => k.x1 + gap <= b.x0 || b.x1 + gap <= k.x0 || k.y1 + gap <= b.y0 || b.y1 + gap <= k.y0,
    );
    if (!free) continue;
    taken.push(b);
    kept.add(b.id);
  }
  return kept;
}
