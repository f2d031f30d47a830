import type { AreaRef } from './cell.ts';
import type { IsoDate } from './dates.ts';
import { problemAt, type Problem, type ProblemPlace, type TextKey } from './problem.ts';
import { ProblemLog, type ProblemSink } from './problem-log.ts';
import {
  IST,
  type Baustein,
  type CalendarEntry,
  type CarrierType,
  type Evidence,
  type ObligedCount,
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

/** Positions of the named columns; a name the spec lacks is a programming error, found at load. */
function pick<const K extends string>(
  spec: TableSpec,
  names: readonly K[],
): Readonly<Record<K, number>> {
  const out = {} as Record<K, number>;
  for (const n of names) {
    const at = spec.columns.findIndex((c) => c.name === n);
    if (at < 0) throw new Error(`records.ts: Spalte ${n} fehlt in ${spec.name}`);
    out[n] = at;
  }
  return out;
}

/**
 * The record of a row, built from the table's spec alone: each column's value
 * under its `field`, empty cells as the column's `empty` says (absent, null,
 * or the evidence of the row's source). For the small tables; stellen builds
 * its posts with one literal (postOf), which a test holds to the same fields.
 */
function recordFrom<T>(spec: TableSpec): (row: ValidRow, file: string) => T {
  const columns = spec.columns;
  const source = columns.findIndex((c) => c.name === 'quelle');
  return (row, file) => {
    const v = row.values;
    const out: Record<string, unknown> = { file, line: row.line, extra: row.extra };
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      const value = v[i];
      if (value !== undefined) out[c.field] = value;
      else if (c.empty === 'null') out[c.field] = null;
      else if (c.empty === 'evidence-of-source')
        out[c.field] = sourceEvidence(source < 0 ? undefined : (v[source] as string | undefined));
    }
    return out as T;
  };
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
export const regionOf: RowConverter<Region> = recordFrom<Region>(REGIONEN);

/** A `termine` row → a calendar entry; `bis` before `datum` is a Fehler. */
const calendarEntry = recordFrom<CalendarEntry>(TERMINE);
const T = pick(TERMINE, ['datum', 'bis']);
export const calendarEntryOf: RowConverter<CalendarEntry> = (row, file, problems) => {
  const date = row.values[T.datum] as IsoDate;
  const until = row.values[T.bis] as IsoDate | undefined;
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
  return calendarEntry(row, file);
};

/**
 * An `ausreisepflichtige` row → a count. `davon_geduldet` above `anzahl` is a
 * Fehler; so is a row with neither number. A row with only `davon_geduldet`
 * is kept: some sources publish only the number of geduldete.
 */
const obligedCount = recordFrom<ObligedCount>(AUSREISEPFLICHTIGE);
const O = pick(AUSREISEPFLICHTIGE, ['anzahl', 'davon_geduldet']);
export const obligedCountOf: RowConverter<ObligedCount> = (row, file, problems) => {
  const place = { table: 'ausreisepflichtige', file };
  const count = (row.values[O.anzahl] as number | undefined) ?? null;
  const tolerated = row.values[O.davon_geduldet] as number | undefined;
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
  return obligedCount(row, file);
};

/** A `bevoelkerung` row → a population count. */
export const populationCountOf: RowConverter<PopulationCount> =
  recordFrom<PopulationCount>(BEVOELKERUNG);

/** The converters over validated rows, table by table. */
export const toPosts = over(postOf);
export const toRegions = over(regionOf);
export const toCalendar = over(calendarEntryOf);
export const toObliged = over(obligedCountOf);
export const toPopulation = over(populationCountOf);
