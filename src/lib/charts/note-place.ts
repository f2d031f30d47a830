/** Smallest distance between the centres of two note numbers (circle of r = 9 and a gap). */
export const NOTE_GAP = 21;

/**
 * Where each note's number goes: at its line, moved right just as far as
 * needed so no two numbers overlap (left to right, by x); never past `right`
 * (then the row is moved back left as a whole).
 */
export function noteNumberX(xs: readonly number[], right: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const placed: number[] = [];
  for (const { x } of order) placed.push(Math.max(x, (placed.at(-1) ?? -Infinity) + NOTE_GAP));
  const over = Math.max(0, (placed.at(-1) ?? 0) - right);
  const out: number[] = new Array<number>(xs.length);
  order.forEach(({ i }, k) => (out[i] = placed[k]! - over));
  return out;
}
