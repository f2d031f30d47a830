/**
 * Annotations of a chart: up to three short notes, each at a date or at a
 * bar, kept in the address as `notiz=<Ziel>~<Text>` (repeated). The chart
 * draws a numbered mark at its target; the numbered text stands under the
 * chart, in the alt text, the PNG and the SVG. Text only, never HTML.
 */
export interface ChartNote {
  /** 1, 2, 3: the number on the mark and in the list. */
  n: number;
  /** Where it goes, as written: a date, or a bar's name („Baustein 2“, „Burbach“). */
  target: string;
  /** The target as an ISO day, on a time chart (null on bars and areas). */
  iso: string | null;
  text: string;
}

export const MAX_NOTES = 3;
export const MAX_NOTE_TEXT = 60;
const SEPARATOR = '~';

/** `16.11.2022` or `2022-11-16` → `2022-11-16`; null for anything else or a day that does not exist. */
export function noteDay(raw: string): string | null {
  const s = raw.trim();
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = de
    ? `${de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}`
    : /^\d{4}-\d{2}-\d{2}$/.test(s)
      ? s
      : null;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Why a `notiz` value was not used (named in the embed's preview, like every ignored parameter). */
export type NoteProblem = 'target' | 'text' | 'many';
const MAX_TARGET = 60;

/** The notes of `notiz=` values: the first three valid ones; the others with their problem. */
export function readNotes(
  values: readonly string[],
  /** A time chart: its targets must be dates. */
  dated = false,
): {
  notes: ChartNote[];
  ignored: { value: string; problem: NoteProblem }[];
} {
  const notes: ChartNote[] = [];
  const ignored: { value: string; problem: NoteProblem }[] = [];
  for (const value of values) {
    const at = value.indexOf(SEPARATOR);
    const target =
      at > 0
        ? value
            .slice(0, at)
            .replace(/\p{Cc}+/gu, ' ')
            .trim()
        : '';
    // Control characters never reach the chart; the text is shortened, not dropped.
    const text = (at > 0 ? value.slice(at + 1) : '').replace(/\p{Cc}+/gu, ' ').trim();
    // Only a time chart reads a date; on a bar or an area „2022“ is a name like any other.
    const iso = dated ? noteDay(target) : null;
    if (!target || target.length > MAX_TARGET || (dated && !iso))
      ignored.push({ value, problem: 'target' });
    else if (!text) ignored.push({ value, problem: 'text' });
    else if (notes.length === MAX_NOTES) ignored.push({ value, problem: 'many' });
    else
      notes.push({
        n: notes.length + 1,
        target,
        iso,
        text: text.length > MAX_NOTE_TEXT ? `${text.slice(0, MAX_NOTE_TEXT - 1)}…` : text,
      });
  }
  return { notes, ignored };
}

/** The `notiz` value of a note as typed in the dashboard (a date becomes ISO); null when incomplete. */
export function noteValue(target: string, text: string): string | null {
  const where = target.trim();
  const t = text.trim();
  return where && t ? `${noteDay(where) ?? where}${SEPARATOR}${t}` : null;
}
