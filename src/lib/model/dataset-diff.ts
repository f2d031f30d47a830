import type { Dataset } from '../data/dataset.ts';
import { heldCount } from '../data/held-rows.ts';
import type { Gazetteer } from '../data/gazetteer.ts';
import type { CalendarEntry, Post } from '../data/types.ts';
import { overview } from './overview.ts';

/** What changes when a new dataset replaces the one in use. */
export interface DatasetDiff {
  posts: {
    added: Post[];
    removed: Post[];
    changed: { before: Post; after: Post; fields: string[] }[];
  };
  events: {
    added: CalendarEntry[];
    removed: CalendarEntry[];
    changed: { before: CalendarEntry; after: CalendarEntry; fields: string[] }[];
  };
  counts: { table: string; before: number; after: number }[];
  /** Key figures of the Übersicht before and after. */
  figures: { key: string; before: string; after: string }[];
  /** Tables (or the VZÄ total) that would be emptied or lose more than half: needs a second confirmation. */
  losses: Loss[];
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

const POST_FIELDS: [keyof Post, string][] = [
  ['body', 'koerperschaft'],
  ['baustein', 'baustein'],
  ['role', 'funktion'],
  ['area', 'einsatzgebiet'],
  ['carrierType', 'traeger_typ'],
  ['carrier', 'traeger'],
  ['fte', 'vzae'],
  ['status', 'status'],
  ['start', 'beginn'],
  ['end', 'ende'],
  ['fundingPerYear', 'foerderung_eur_jahr'],
  ['costPerYear', 'kosten_eur_jahr'],
  ['source', 'quelle'],
  ['asOf', 'stand'],
  ['evidence', 'beleg'],
  ['note', 'anmerkung'],
];
const EVENT_FIELDS: [keyof CalendarEntry, string][] = [
  ['until', 'bis'],
  ['kind', 'art'],
  ['committee', 'gremium'],
  ['document', 'drucksache'],
  ['outcome', 'ergebnis'],
  ['bausteine', 'bausteine'],
  ['source', 'quelle'],
  ['note', 'anmerkung'],
];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function diffBy<T>(
  before: readonly T[],
  after: readonly T[],
  key: (x: T) => string,
  fields: [keyof T, string][],
) {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  const changed: { before: T; after: T; fields: string[] }[] = [];
  for (const [k, a] of now) {
    const b = old.get(k);
    if (!b) continue;
    const f = fields.filter(([name]) => !same(a[name], b[name])).map(([, column]) => column);
    if (f.length) changed.push({ before: b, after: a, fields: f });
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
  gazetteer: Gazetteer,
  today: string,
  fmt: (n: number) => string,
  fmtDate: (iso: string) => string = (iso) => iso,
): DatasetDiff {
  const a = overview(before, gazetteer, today);
  const b = overview(after, gazetteer, today);
  const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)} %`);
  const figures = [
    { key: 'VZÄ insgesamt', before: fmt(a.totalFte.value), after: fmt(b.totalFte.value) },
    ...[0, 1, 2].map((i) => ({
      key: `Baustein ${i + 1}`,
      before: fmt(a.byBaustein.value[i]!.fte),
      after: fmt(b.byBaustein.value[i]!.fte),
    })),
    {
      key: 'Anteil freie Träger',
      before: pct(a.carriers.value.shareFree),
      after: pct(b.carriers.value.shareFree),
    },
    { key: 'Körperschaften', before: String(a.bodies.length), after: String(b.bodies.length) },
    {
      key: 'Nächste Frist',
      before: a.nextDeadline ? fmtDate(a.nextDeadline.date) : '–',
      after: b.nextDeadline ? fmtDate(b.nextDeadline.date) : '–',
    },
    {
      key: 'Letzte Sitzung',
      before: a.lastSession ? fmtDate(a.lastSession.date) : '–',
      after: b.lastSession ? fmtDate(b.lastSession.date) : '–',
    },
  ];
  const size = (d: Dataset) => ({
    stellen: d.posts.length,
    regionen: d.regions.length,
    termine: d.events.length,
    ausreisepflichtige: d.obliged.length,
    bevoelkerung: d.population.length,
    gebiete: d.boundaries?.length ?? 0,
    problemzeilen: heldCount(d.held),
  });
  const sa = size(before);
  const sb = size(after);
  const losses: Loss[] = [];
  for (const table of [
    'stellen',
    'regionen',
    'termine',
    'ausreisepflichtige',
    'bevoelkerung',
  ] as const) {
    const loss = lossOf(table, sa[table], sb[table]);
    if (loss) losses.push(loss);
  }
  const fteLoss = lossOf('vzae', a.totalFte.value, b.totalFte.value);
  if (fteLoss) losses.push(fteLoss);
  return {
    posts: diffBy(before.posts, after.posts, (p) => `${p.scenario}|${p.id}`, POST_FIELDS),
    events: diffBy(
      before.events,
      after.events,
      (e) => `${e.date.iso}|${e.body}|${e.agendaItem ?? ''}|${e.title}`,
      EVENT_FIELDS,
    ),
    counts: (Object.keys(sa) as (keyof typeof sa)[]).map((table) => ({
      table,
      before: sa[table],
      after: sb[table],
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
    changed: Capped<{ after: Post; fields: string[] }>;
  };
  events: {
    added: Capped<CalendarEntry>;
    removed: Capped<CalendarEntry>;
    changed: Capped<{ after: CalendarEntry; fields: string[] }>;
  };
  counts: DatasetDiff['counts'];
  figures: DatasetDiff['figures'];
  losses: Loss[];
}

/** Cuts a diff for display (the page shows 20 of each list and says how many there are). */
export function summariseDiff(diff: DatasetDiff, n = 20): DiffSummary {
  const changed = <T>(list: readonly { after: T; fields: string[] }[]) => ({
    first: list.slice(0, n).map((c) => ({ after: c.after, fields: c.fields })),
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
