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

/** The tails of a name from each word on: „Kreis Siegen-Wittgenstein“ → „Siegen-Wittgenstein“, „Wittgenstein“. */
const wordsOf = (label: string): string[] =>
  [...label.matchAll(/(?<=[\s\-(/])\p{L}/gu)].map((m) => label.slice(m.index));

/** A name as a note's target matches it: case and spacing aside, whole or as its beginning. */
export function matchesTarget(label: string, target: string): boolean {
  const norm = (s: string) => s.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();
  return norm(label).startsWith(norm(target));
}

/**
 * The marks of notes at a bar: at the first row whose key is the target or
 * whose name begins with it, at that row's (x, y). Several notes on one row
 * stand side by side, never past `right`. Notes without such a row are not
 * drawn (the list under the chart says so).
 */
export function rowNoteMarks(
  notes: readonly { n: number; target: string }[],
  rows: readonly { key: string; label: string; x: number; y: number }[],
  right = Infinity,
): { n: number; x: number; y: number }[] {
  const marks = notedRows(notes, rows).map(({ n, row }) => ({ n, x: row.x, y: row.y }));
  for (const y of new Set(marks.map((m) => m.y))) {
    const row = marks.filter((m) => m.y === y);
    const xs = noteNumberX(
      row.map((m) => m.x),
      right,
    );
    row.forEach((m, i) => (m.x = xs[i]!));
  }
  return marks;
}

/** The numbers of the notes that have a row (key or name) among these. */
export function notesAtRows(
  notes: readonly { n: number; target: string }[],
  rows: readonly { key: string; label: string }[],
): number[] {
  return notedRows(notes, rows).map((m) => m.n);
}

/** Each note that names one of these rows (by key, by the name's beginning, else by a word of it), with that row. */
export function notedRows<R extends { key: string; label: string }>(
  notes: readonly { n: number; target: string }[],
  rows: readonly R[],
): { n: number; row: R }[] {
  return notes.flatMap((note) => {
    // The key or the name's beginning first; else a word of the name („Siegen“ in „Kreis Siegen-Wittgenstein“).
    const row =
      rows.find((r) => r.key === note.target || matchesTarget(r.label, note.target)) ??
      rows.find((r) => wordsOf(r.label).some((w) => matchesTarget(w, note.target)));
    return row ? [{ n: note.n, row }] : [];
  });
}

/**
 * Notes on a comparison, where A and B carry the same names: „B: Burbach“
 * goes at B's bar only, „Burbach“ at both (one number, twice).
 */
export function sidedNotes<N extends { target: string }>(notes: readonly N[]): N[] {
  return notes.flatMap((note) =>
    /^[ab]\s*:/i.test(note.target)
      ? [note]
      : [
          { ...note, target: `A: ${note.target}` },
          { ...note, target: `B: ${note.target}` },
        ],
  );
}
