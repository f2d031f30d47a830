import type { Problem } from '../data/problem.ts';

/** Identical problems (same severity, file, column, message and fix) as one line of the report. */
export interface ProblemGroup {
  first: Problem;
  /** How many problems the line stands for (a bounded report's summary counts many). */
  count: number;
  /** Their Excel rows, ascending; empty for file-level problems. */
  lines: number[];
  /** Their distinct values, in order of appearance (at most VALUES_SHOWN). */
  values: string[];
}

const VALUES_SHOWN = 3;

/**
 * Groups identical problems, keeping the order of their first appearance:
 * 71 times „Führende Null ergänzt“ in the column `koerperschaft` become one
 * line with the count and the rows, not 71 lines. A summary entry of a
 * bounded report (with `count`) stays a line of its own.
 */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  const byKey = new Map<string, ProblemGroup>();
  for (const p of problems) {
    if (p.count !== undefined) {
      groups.push({ first: p, count: p.count, lines: [], values: [] });
      continue;
    }
    const key = [p.severity, p.file, p.column ?? '', p.message, p.hint].join('\u0000');
    let g = byKey.get(key);
    if (!g) {
      g = { first: p, count: 0, lines: [], values: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.count += 1;
    if (p.line !== null) g.lines.push(p.line);
    if (p.value && g.values.length < VALUES_SHOWN && !g.values.includes(p.value))
      g.values.push(p.value);
  }
  for (const g of groups) g.lines.sort((a, b) => a - b);
  return groups;
}

/** Rows as ranges: „2–5, 7, 9–12“; after `max` ranges „…“. */
export function lineRanges(lines: readonly number[], max = 8): string {
  const parts: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1]! <= lines[j]! + 1) j++;
    if (parts.length === max) {
      parts.push('…');
      break;
    }
    parts.push(lines[i] === lines[j] ? String(lines[i]) : `${lines[i]}–${lines[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
