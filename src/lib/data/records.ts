import type { AreaRef, CellValue } from './cell.ts';
import type { IsoDate } from './dates.ts';
import { problemAt, type Problem, type ProblemPlace, type TextKey } from './problem.ts';
import { ProblemLog, type ProblemSink } from './problem-log.ts';
import {
  IST,
  type Baustein,
  type CalendarEntry,
  type CarrierType,
  type EventKind,
  type Evidence,
  type ObligedCount,
  type Origin,
  type Outcome,
  type PopulationCount,
  type Post,
  type PostStatus,
  type Region,
} from './types.ts';
import type { ValidRow } from './validate-table.ts';
import { defaultEvidence } from './publishers.ts';
import {
  AUSREISEPFLICHTIGE,
  BEVOELKERUNG,
  REGIONEN,
  STELLEN,
  TERMINE,
  type TableSpec,
} from './schema.ts';

/** `beleg` defaults per source text: a source repeats on many rows, its publisher is looked up once. */
const evidenceOfSource = new Map<string, Evidence | null>();
function sourceEvidence(source: string | undefined): Evidence | null {
  if (source === undefined) return null;
  let e = evidenceOfSource.get(source);
  if (e === undefined) {
    e = defaultEvidence(source);
    if (evidenceOfSource.size < 10_000) evidenceOfSource.set(source, e);
  }
  return e;
}

/** Positions of a table's columns in a ValidRow's values (the order of the spec). */
type Slots = Readonly<Record<string, number>>;

function slotsOf(spec: TableSpec): Slots {
  const out: Record<string, number> = {};
  spec.columns.forEach((c, i) => (out[c.name] = i));
  return out;
}

class RowReader {
  constructor(
    private readonly v: ValidRow['values'],
    private readonly at: Slots,
  ) {}
  #get(k: string) {
    return this.v[this.at[k]!];
  }
  text(k: string) {
    return this.#get(k) as string | undefined;
  }
  num(k: string) {
    return this.#get(k) as number | undefined;
  }
  date(k: string) {
    return this.#get(k) as IsoDate | undefined;
  }
  /** `beleg` as typed, else the default for the row's source (DATA-FORMAT.md). */
  evidence(): Evidence | null {
    return (
      (this.#get('beleg') as Evidence | undefined) ??
      sourceEvidence(this.#get('quelle') as string | undefined)
    );
  }
  list<T = string>(k: string) {
    return this.#get(k) as T[] | undefined;
  }
  req<T extends CellValue>(k: string) {
    return this.#get(k) as T;
  }
}

const REGION_SLOTS = slotsOf(REGIONEN);
const TERMIN_SLOTS = slotsOf(TERMINE);
const OBLIGED_SLOTS = slotsOf(AUSREISEPFLICHTIGE);
const POPULATION_SLOTS = slotsOf(BEVOELKERUNG);
/** Positions of the named columns; a name the spec lacks is a programming error, found at load. */
function pick<const K extends string>(
  spec: TableSpec,
  names: readonly K[],
): Readonly<Record<K, number>> {
  const all = slotsOf(spec);
  const out = {} as Record<K, number>;
  for (const n of names) {
    const at = all[n];
    if (at === undefined) throw new Error(`records.ts: Spalte ${n} fehlt in ${spec.name}`);
    out[n] = at;
  }
  return out;
}

/** stellen's positions by name: each post is built from them directly (a million rows). */
const S = pick(STELLEN, [
  'id',
  'koerperschaft',
  'baustein',
  'funktion',
  'einsatzgebiet',
  'traeger_typ',
  'traeger',
  'vzae',
  'status',
  'beginn',
  'ende',
  'foerderung_eur_jahr',
  'kosten_eur_jahr',
  'szenario',
  'quelle',
  'stand',
  'beleg',
  'anmerkung',
]);

const origin = (file: string, row: ValidRow): Origin => ({
  file,
  line: row.line,
  extra: row.extra,
});

/**
 * Keeps only the keys with a value, so records stay plain and comparable.
 * Copies instead of `delete`: deleting keys turns V8 objects into slow
 * dictionaries (a million posts then cost seconds of garbage collection).
 */
function compact<T extends object>(o: T): T {
  const out = {} as T;
  for (const k in o) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** Result of turning rows into records: the records and rows rejected by row rules. */
export interface Records<T> {
  records: T[];
  problems: Problem[];
}

/**
 * Turns one validated row into its record, or `null` when a row rule (e.g.
 * `ende` before `beginn`) rejects it; the rule's problem goes to `problems`.
 * Called right after a row is validated, so its typed values never pile up.
 */
export type RowConverter<T> = (row: ValidRow, file: string, problems: ProblemSink) => T | null;

/** A converter applied to rows already validated (tests, the bench). */
function over<T>(convert: RowConverter<T>) {
  return (file: string, rows: readonly ValidRow[]): Records<T> => {
    const problems = new ProblemLog();
    const records: T[] = [];
    for (const row of rows) {
      const r = convert(row, file, problems);
      if (r !== null) records.push(r);
    }
    return { records, problems: problems.list() };
  };
}

function orderProblem(
  place: ProblemPlace,
  line: number,
  column: string,
  value: string,
  message: string,
  text: TextKey,
): Problem {
  return problemAt(
    place,
    'Fehler',
    `${message} Die Zeile wird nicht genutzt.`,
    'Bitte die beiden Daten prüfen; vermutlich sind sie vertauscht oder ein Jahr ist falsch.',
    { line, column, value, text },
  );
}

/** A `stellen` row → a post; `ende` before `beginn` is a Fehler. */
export const postOf: RowConverter<Post> = (row, file, problems) => {
  const v = row.values;
  const start = v[S.beginn] as IsoDate | undefined;
  const end = v[S.ende] as IsoDate | undefined;
  if (start && end && end.iso < start.iso.slice(0, end.iso.length)) {
    problems.push(
      orderProblem(
        { table: 'stellen', file },
        row.line,
        'ende',
        end.iso,
        `Das Ende (${end.iso}) liegt vor dem Beginn (${start.iso}).`,
        { key: 'row.endBeforeStart', params: { end: end.iso, start: start.iso } },
      ),
    );
    return null;
  }
  const scenario = v[S.szenario] as string | undefined;
  const source = v[S.quelle] as string | undefined;
  // One literal of one shape for every post (absent values are `undefined`):
  // V8 keeps a single hidden class, so a million posts build in a fraction
  // of the time a per-row copy of only the present keys takes.
  return {
    file,
    line: row.line,
    extra: row.extra,
    id: v[S.id] as string,
    body: v[S.koerperschaft] as string,
    baustein: v[S.baustein] as Baustein,
    role: v[S.funktion] as string | undefined,
    area: (v[S.einsatzgebiet] as AreaRef | undefined) ?? null,
    carrierType: v[S.traeger_typ] as CarrierType,
    carrier: v[S.traeger] as string,
    fte: v[S.vzae] as number,
    status: v[S.status] as PostStatus,
    start,
    end,
    fundingPerYear: v[S.foerderung_eur_jahr] as number | undefined,
    costPerYear: v[S.kosten_eur_jahr] as number | undefined,
    scenario: !scenario || scenario.toLowerCase() === 'ist' ? IST : scenario,
    source,
    asOf: v[S.stand] as IsoDate | undefined,
    evidence: (v[S.beleg] as Evidence | undefined) ?? sourceEvidence(source),
    note: v[S.anmerkung] as string | undefined,
  };
};

/** A `regionen` row → a region. */
export const regionOf: RowConverter<Region> = (row, file) => {
  const r = new RowReader(row.values, REGION_SLOTS);
  return compact<Region>({
    ...origin(file, row),
    name: r.req<string>('region'),
    body: r.req<string>('koerperschaft'),
    municipalities: r.req<string[]>('gemeinden'),
    source: r.text('quelle'),
    note: r.text('anmerkung'),
  });
};

/** A `termine` row → a calendar entry; `bis` before `datum` is a Fehler. */
export const calendarEntryOf: RowConverter<CalendarEntry> = (row, file, problems) => {
  const r = new RowReader(row.values, TERMIN_SLOTS);
  const date = r.req<IsoDate>('datum');
  const until = r.date('bis');
  if (until && until.iso < date.iso) {
    problems.push(
      orderProblem(
        { table: 'termine', file },
        row.line,
        'bis',
        until.iso,
        `„bis“ (${until.iso}) liegt vor dem Datum (${date.iso}).`,
        { key: 'row.untilBeforeDate', params: { until: until.iso, date: date.iso } },
      ),
    );
    return null;
  }
  return compact<CalendarEntry>({
    ...origin(file, row),
    date,
    until,
    kind: r.req<string>('art') as EventKind,
    body: r.req<string>('koerperschaft'),
    committee: r.text('gremium'),
    title: r.req<string>('titel'),
    agendaItem: r.text('top'),
    document: r.text('drucksache'),
    bausteine: r.list<Baustein>('bausteine'),
    outcome: r.text('ergebnis') as Outcome | undefined,
    source: r.text('quelle'),
    note: r.text('anmerkung'),
  });
};

/**
 * An `ausreisepflichtige` row → a count. `davon_geduldet` above `anzahl` is a
 * Fehler; so is a row with neither number. A row with only `davon_geduldet`
 * is kept: some sources publish only the number of geduldete.
 */
export const obligedCountOf: RowConverter<ObligedCount> = (row, file, problems) => {
  const place = { table: 'ausreisepflichtige', file };
  const r = new RowReader(row.values, OBLIGED_SLOTS);
  const count = r.num('anzahl') ?? null;
  const tolerated = r.num('davon_geduldet');
  if (count === null && tolerated === undefined) {
    problems.push(
      problemAt(
        place,
        'Fehler',
        'Weder „anzahl“ noch „davon_geduldet“ ist ausgefüllt; die Zeile wird nicht genutzt.',
        'Bitte die Zahl der Ausreisepflichtigen eintragen (oder, wenn die Quelle nur sie nennt, die Zahl der Geduldeten).',
        { line: row.line, column: 'anzahl', value: '', text: { key: 'row.noCount' } },
      ),
    );
    return null;
  }
  if (tolerated !== undefined && count !== null && tolerated > count) {
    problems.push(
      problemAt(
        place,
        'Fehler',
        `„davon_geduldet“ (${tolerated}) ist größer als „anzahl“ (${count}). Die Zeile wird nicht genutzt.`,
        'Die Geduldeten sind ein Teil der Ausreisepflichtigen; bitte beide Zahlen prüfen.',
        {
          line: row.line,
          column: 'davon_geduldet',
          value: String(tolerated),
          text: { key: 'row.toleratedAboveCount', params: { tolerated, count } },
        },
      ),
    );
    return null;
  }
  return compact<ObligedCount>({
    ...origin(file, row),
    asOf: r.req<IsoDate>('stichtag'),
    ags: r.req<string>('ags'),
    count,
    tolerated,
    reference: r.text('bezug'),
    evidence: r.evidence(),
    source: r.text('quelle'),
    note: r.text('anmerkung'),
  });
};

/** A `bevoelkerung` row → a population count. */
export const populationCountOf: RowConverter<PopulationCount> = (row, file) => {
  const r = new RowReader(row.values, POPULATION_SLOTS);
  return compact<PopulationCount>({
    ...origin(file, row),
    asOf: r.req<IsoDate>('stichtag'),
    ags: r.req<string>('ags'),
    inhabitants: r.req<number>('einwohner'),
    protectionSeekers: r.num('schutzsuchende'),
    foreigners: r.num('auslaendische_bevoelkerung'),
    basis: r.text('basis'),
    evidence: r.evidence(),
    source: r.text('quelle'),
    note: r.text('anmerkung'),
  });
};

/** The converters over validated rows, table by table. */
export const toPosts = over(postOf);
export const toRegions = over(regionOf);
export const toCalendar = over(calendarEntryOf);
export const toObliged = over(obligedCountOf);
export const toPopulation = over(populationCountOf);
