import type { Dataset } from '../data/dataset.ts';
import { heldCount } from '../data/held-rows.ts';
import type { CalendarEntry, Post } from '../data/types.ts';
import type { IsoDate } from '../data/dates.ts';
import { fieldsOf, STELLEN, TABLES, TERMINE, type TableSpec } from '../data/schema.ts';
import { headlineFigures } from './overview.ts';

/** What changes when a new dataset replaces the one in use. */
export interface DatasetDiff {
  posts: {
    added: Post[];
    removed: Post[];
    changed: Changed<Post>[];
  };
  events: {
    added: CalendarEntry[];
    removed: CalendarEntry[];
    changed: Changed<CalendarEntry>[];
  };
  counts: { table: string; before: number; after: number }[];
  /** Key figures of the Übersicht before and after. */
  figures: { key: string; before: string; after: string }[];
  /** Tables (or the VZÄ total) that would be emptied or lose more than half: needs a second confirmation. */
  losses: Loss[];
}

/** One changed value of a record, as staff read it: column, old → new. */
export interface FieldChange {
  column: string;
  before: string;
  after: string;
}

/** A record in both datasets whose values differ. */
export interface Changed<T> {
  before: T;
  after: T;
  /** The columns that differ, in table order. */
  fields: string[];
  /** The same columns with their values, old → new ("vzae 1 → 1,5"). */
  changes: FieldChange[];
}

/** A table or the VZÄ total that a confirmation would empty or more than halve. */
export interface Loss {
  /** Table name, or `vzae` for the VZÄ total. */
  what: string;
  before: number;
  after: number;
  kind: 'leer' | 'halb';
}

/** Losses between two sizes: to 0, or to less than half. */
export function lossOf(what: string, before: number, after: number): Loss | null {
  if (before <= 0 || after >= before) return null;
  if (after === 0) return { what, before, after, kind: 'leer' };
  return after < before / 2 ? { what, before, after, kind: 'halb' } : null;
}

/** How records of a table are compared, from its spec: the key columns name a record, the others are compared. */
interface DiffPlan<T> {
  key: (record: T) => string;
  fields: [keyof T, string][];
}

function planOf<T>(spec: TableSpec): DiffPlan<T> {
  const keyColumns = spec.key ?? [];
  const keyFields = fieldsOf(spec, keyColumns).map((k) => k.field);
  const part = (v: unknown) =>
    v === undefined || v === null ? '' : typeof v === 'object' ? (v as IsoDate).iso : String(v);
  return {
    key: (record) => {
      const r = record as Record<string, unknown>;
      let k = part(r[keyFields[0]!]);
      for (let i = 1; i < keyFields.length; i++) k += `|${part(r[keyFields[i]!])}`;
      return k;
    },
    fields: spec.columns
      .filter((c) => !keyColumns.includes(c.name))
      .map((c) => [c.field as keyof T, c.name]),
  };
}

const POSTS = planOf<Post>(STELLEN);
const EVENTS = planOf<CalendarEntry>(TERMINE);

/** Equal as data (numbers, texts, dates, areas, lists); absent equals absent. No JSON per field. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined)
    return (a ?? null) === (b ?? null);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((x, i) => sameValue(x, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (!sameValue(x[k], y[k])) return false;
  for (const k in y) if (!(k in x) && y[k] !== undefined) return false;
  return true;
}

/** A value as the preview shows it: German numbers and dates, lists with ` | `, absent as „–“. */
type Show = (value: unknown) => string;

function showWith(fmt: (n: number) => string, fmtDate: (iso: string) => string): Show {
  const show: Show = (v) => {
    if (v === undefined || v === null || v === '') return '–';
    if (typeof v === 'number') return fmt(v);
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map(show).join(' | ');
    const o = v as { iso?: string; time?: string; kind?: string; codes?: string[]; name?: string };
    if (o.iso !== undefined) return `${fmtDate(o.iso)}${o.time ? ` ${o.time}` : ''}`;
    if (o.kind === 'ags') return (o.codes ?? []).join(' | ');
    if (o.kind === 'region') return o.name ?? '–';
    return String(v);
  };
  return show;
}

function diffBy<T>(before: readonly T[], after: readonly T[], plan: DiffPlan<T>, show: Show) {
  const { key, fields } = plan;
  // A table taken over unchanged (a partial upload) is the same list: nothing to compare.
  if (before === after)
    return { added: [] as T[], removed: [] as T[], changed: [] as Changed<T>[] };
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  const changed: Changed<T>[] = [];
  for (const [k, a] of now) {
    const b = old.get(k);
    if (!b) continue;
    const changes: FieldChange[] = [];
    for (const [name, column] of fields)
      if (!sameValue(a[name], b[name]))
        changes.push({ column, before: show(b[name]), after: show(a[name]) });
    if (changes.length)
      changed.push({ before: b, after: a, fields: changes.map((c) => c.column), changes });
  }
  return {
    added: after.filter((x) => !old.has(key(x))),
    removed: before.filter((x) => !now.has(key(x))),
    changed,
  };
}

/**
 * Compares the dataset in use with a candidate: posts by scenario and id,
 * sessions by date, body, TOP and title; table sizes; and the key figures
 * of the Übersicht (so staff see what the committee will see).
 */
export function datasetDiff(
  before: Dataset,
  after: Dataset,
  today: string,
  fmt: (n: number) => string,
  fmtDate: (iso: string) => string = (iso) => iso,
): DatasetDiff {
  const a = headlineFigures(before, today);
  const b = headlineFigures(after, today);
  const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
  const figures = [
    { key: 'VZÄ insgesamt', before: fmt(a.totalFte), after: fmt(b.totalFte) },
    ...[0, 1, 2].map((i) => ({
      key: `Baustein ${i + 1}`,
      before: fmt(a.bausteinFte[i]!),
      after: fmt(b.bausteinFte[i]!),
    })),
    { key: 'Anteil freie Träger', before: pct(a.shareFree), after: pct(b.shareFree) },
    { key: 'Körperschaften', before: String(a.bodies), after: String(b.bodies) },
    {
      key: 'Nächste Frist',
      before: a.nextDeadline ? fmtDate(a.nextDeadline) : '–',
      after: b.nextDeadline ? fmtDate(b.nextDeadline) : '–',
    },
    {
      key: 'Letzte Sitzung',
      before: a.lastSession ? fmtDate(a.lastSession) : '–',
      after: b.lastSession ? fmtDate(b.lastSession) : '–',
    },
  ];
  const size = (d: Dataset): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const t of TABLES) out[t.name] = d[t.records].length;
    out.gebiete = d.boundaries?.length ?? 0;
    out.problemzeilen = heldCount(d.held);
    return out;
  };
  const sa = size(before);
  const sb = size(after);
  const losses: Loss[] = [];
  for (const { name: table } of TABLES) {
    const loss = lossOf(table, sa[table]!, sb[table]!);
    if (loss) losses.push(loss);
  }
  const fteLoss = lossOf('vzae', a.totalFte, b.totalFte);
  if (fteLoss) losses.push(fteLoss);
  const show = showWith(fmt, fmtDate);
  return {
    posts: diffBy(before.posts, after.posts, POSTS, show),
    events: diffBy(before.events, after.events, EVENTS, show),
    counts: Object.keys(sa).map((table) => ({
      table,
      before: sa[table]!,
      after: sb[table]!,
    })),
    figures,
    losses,
  };
}

/** A list cut to its first entries, with the full count. */
export interface Capped<T> {
  first: T[];
  count: number;
}
const cap = <T>(list: readonly T[], n: number): Capped<T> => ({
  first: list.slice(0, n),
  count: list.length,
});

/** A diff small enough to send from the worker to the page: each list cut to `n` entries, counts exact. */
export interface DiffSummary {
  posts: {
    added: Capped<Post>;
    removed: Capped<Post>;
    changed: Capped<Omit<Changed<Post>, 'before'>>;
  };
  events: {
    added: Capped<CalendarEntry>;
    removed: Capped<CalendarEntry>;
    changed: Capped<Omit<Changed<CalendarEntry>, 'before'>>;
  };
  counts: DatasetDiff['counts'];
  figures: DatasetDiff['figures'];
  losses: Loss[];
}

/** Cuts a diff for display (the page shows 20 of each list and says how many there are). */
export function summariseDiff(diff: DatasetDiff, n = 20): DiffSummary {
  const changed = <T>(list: readonly Changed<T>[]) => ({
    first: list.slice(0, n).map((c) => ({ after: c.after, fields: c.fields, changes: c.changes })),
    count: list.length,
  });
  return {
    posts: {
      added: cap(diff.posts.added, n),
      removed: cap(diff.posts.removed, n),
      changed: changed(diff.posts.changed),
    },
    events: {
      added: cap(diff.events.added, n),
      removed: cap(diff.events.removed, n),
      changed: changed(diff.events.changed),
    },
    counts: diff.counts,
    figures: diff.figures,
    losses: diff.losses,
  };
}
