import { problemAt, type Problem, type Severity } from './problem.ts';

/** At most this many problems of one kind in one column are listed; all are counted. */
export const ENTRIES_PER_KIND = 1000;

/** Where problems are collected: an array, or a ProblemLog that bounds the list. */
export interface ProblemSink {
  push(problem: Problem): unknown;
}

interface Kind {
  first: Problem;
  listed: number;
  omitted: number;
}

const kindKey = (p: Problem) => `${p.severity}\u0000${p.file}\u0000${p.column}\u0000${p.hint}`;

/**
 * Collects problems with every count exact and the list bounded: of one kind
 * (same severity, file, column and fix) at most ENTRIES_PER_KIND are kept; the
 * rest become one summary entry that carries their `count`. A file with a
 * million bad cells thus reports a million, lists a thousand and stays small.
 */
export class ProblemLog implements ProblemSink {
  readonly #entries: Problem[] = [];
  readonly #kinds = new Map<string, Kind>();
  readonly #limit: number;

  constructor(limit = ENTRIES_PER_KIND) {
    this.#limit = limit;
  }

  push(problem: Problem): void {
    const key = kindKey(problem);
    let kind = this.#kinds.get(key);
    if (!kind) this.#kinds.set(key, (kind = { first: problem, listed: 0, omitted: 0 }));
    if (problem.count !== undefined) kind.omitted += problem.count;
    else if (kind.listed < this.#limit) {
      kind.listed += 1;
      this.#entries.push(problem);
    } else kind.omitted += 1;
  }

  pushAll(problems: Iterable<Problem>): void {
    for (const p of problems) this.push(p);
  }

  /** The listed problems, then one summary per kind with more than the limit. */
  list(): Problem[] {
    const out = this.#entries.slice();
    for (const { first, omitted } of this.#kinds.values())
      if (omitted > 0) out.push(omittedSummary(first, omitted));
    return out;
  }
}

/** The entry that stands for `count` problems of the kind of `first`. */
function omittedSummary(first: Problem, count: number): Problem {
  const where = first.column ? ` in der Spalte „${first.column}“` : '';
  const what: Record<Severity, string> = {
    Fehler: 'Fehler',
    Warnung: 'Warnungen',
    Hinweis: 'Hinweise',
  };
  return {
    ...problemAt(
      { table: first.table, file: first.file },
      first.severity,
      `… und ${count.toLocaleString('de-DE')} weitere ${what[first.severity]} dieser Art${where} (nicht einzeln aufgeführt; die Zählung ist vollständig). Die erste lautete: ${first.message}`,
      first.hint,
      {
        column: first.column,
        text: {
          key: 'log.more',
          params: {
            count,
            severity: first.severity,
            column: first.column ?? '',
            first: first.message,
          },
          of: first.text,
        },
      },
    ),
    count,
  };
}

/** Problems bounded as ProblemLog does it. */
export function boundProblems(problems: Iterable<Problem>, limit = ENTRIES_PER_KIND): Problem[] {
  const log = new ProblemLog(limit);
  log.pushAll(problems);
  return log.list();
}
