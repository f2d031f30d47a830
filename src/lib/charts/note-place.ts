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

/** A name as a note's target matches it: case and spacing aside, whole or as its beginning. */
export function matchesTarget(label: string, target: string): boolean {
  const norm = (s: string) => s.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();
  return norm(label).startsWith(norm(target));
}

/**
 * The marks of notes at a bar: at the first row whose key is the target or
 * whose name begins with it, at that row's (x, y). Notes without such a row
 * are not drawn (the list under the chart says so).
 */
export function rowNoteMarks(
  notes: readonly { n: number; target: string }[],
  rows: readonly { key: string; label: string; x: number; y: number }[],
): { n: number; x: number; y: number }[] {
  return notes.flatMap((note) => {
    const row = rowOf(note.target, rows);
    return row ? [{ n: note.n, x: row.x, y: row.y }] : [];
  });
}

/** The numbers of the notes that have a row (key or name) among these. */
export function notesAtRows(
  notes: readonly { n: number; target: string }[],
  rows: readonly { key: string; label: string }[],
): number[] {
  return notes.filter((note) => rowOf(note.target, rows)).map((note) => note.n);
}

function rowOf<R extends { key: string; label: string }>(
  target: string,
  rows: readonly R[],
): R | undefined {
  return rows.find((r) => r.key === target || matchesTarget(r.label, target));
}
