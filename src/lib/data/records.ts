import type { AreaRef, CellValue } from './cell.ts';
import type { IsoDate } from './dates.ts';
import { problemAt, type Problem, type ProblemPlace } from './problem.ts';
import { ProblemLog } from './problem-log.ts';
import type { TableName } from './schema.ts';
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

class RowReader {
  constructor(private readonly v: ValidRow['values']) {}
  text(k: string) {
    return this.v[k] as string | undefined;
  }
  num(k: string) {
    return this.v[k] as number | undefined;
  }
  date(k: string) {
    return this.v[k] as IsoDate | undefined;
  }
  /** `beleg` as typed, else the default for the row's source (DATA-FORMAT.md). */
  evidence(): Evidence | null {
    return (
      (this.v['beleg'] as Evidence | undefined) ??
      defaultEvidence(this.v['quelle'] as string | undefined)
    );
  }
  list(k: string) {
    return this.v[k] as string[] | undefined;
  }
  area(k: string) {
    return this.v[k] as AreaRef | undefined;
  }
  req<T extends CellValue>(k: string) {
    return this.v[k] as T;
  }
}

/** Typed access to a validated row (methods on a prototype: no closures per row). */
const reader = (row: ValidRow) => new RowReader(row.values);

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

function orderProblem(
  place: ProblemPlace,
  line: number,
  column: string,
  value: string,
  message: string,
): Problem {
  return problemAt(
    place,
    'Fehler',
    `${message} Die Zeile wird nicht genutzt.`,
    'Bitte die beiden Daten prüfen; vermutlich sind sie vertauscht oder ein Jahr ist falsch.',
    { line, column, value },
  );
}

/** `stellen` rows → posts; `ende` before `beginn` is a Fehler. */
export function toPosts(file: string, rows: readonly ValidRow[]): Records<Post> {
  const place = { table: 'stellen' as TableName, file };
  const records: Post[] = [];
  const problems = new ProblemLog();
  for (const row of rows) {
    const r = reader(row);
    const start = r.date('beginn');
    const end = r.date('ende');
    if (start && end && end.iso < start.iso.slice(0, end.iso.length)) {
      problems.push(
        orderProblem(
          place,
          row.line,
          'ende',
          end.iso,
          `Das Ende (${end.iso}) liegt vor dem Beginn (${start.iso}).`,
        ),
      );
      continue;
    }
    const scenario = r.text('szenario');
    // One literal of one shape for every post (absent values are `undefined`):
    // V8 keeps a single hidden class, so a million posts build in a fraction
    // of the time a per-row copy of only the present keys takes.
    records.push({
      file,
      line: row.line,
      extra: row.extra,
      id: r.req<string>('id'),
      body: r.req<string>('koerperschaft'),
      baustein: r.req<number>('baustein') as Baustein,
      role: r.text('funktion'),
      area: r.area('einsatzgebiet') ?? null,
      carrierType: r.req<string>('traeger_typ') as CarrierType,
      carrier: r.req<string>('traeger'),
      fte: r.req<number>('vzae'),
      status: r.req<string>('status') as PostStatus,
      start,
      end,
      fundingPerYear: r.num('foerderung_eur_jahr'),
      costPerYear: r.num('kosten_eur_jahr'),
      scenario: !scenario || scenario.toLowerCase() === 'ist' ? IST : scenario,
      source: r.text('quelle'),
      asOf: r.date('stand'),
      evidence: r.evidence(),
      note: r.text('anmerkung'),
    });
  }
  return { records, problems: problems.list() };
}

/** `regionen` rows → regions. */
export function toRegions(file: string, rows: readonly ValidRow[]): Records<Region> {
  return {
    problems: [],
    records: rows.map((row) => {
      const r = reader(row);
      return compact<Region>({
        ...origin(file, row),
        name: r.req<string>('region'),
        body: r.req<string>('koerperschaft'),
        municipalities: r.req<string[]>('gemeinden'),
        source: r.text('quelle'),
        note: r.text('anmerkung'),
      });
    }),
  };
}

/** `termine` rows → calendar entries; `bis` before `datum` is a Fehler. */
export function toCalendar(file: string, rows: readonly ValidRow[]): Records<CalendarEntry> {
  const place = { table: 'termine' as TableName, file };
  const records: CalendarEntry[] = [];
  const problems = new ProblemLog();
  for (const row of rows) {
    const r = reader(row);
    const date = r.req<IsoDate>('datum');
    const until = r.date('bis');
    if (until && until.iso < date.iso) {
      problems.push(
        orderProblem(
          place,
          row.line,
          'bis',
          until.iso,
          `„bis“ (${until.iso}) liegt vor dem Datum (${date.iso}).`,
        ),
      );
      continue;
    }
    records.push(
      compact<CalendarEntry>({
        ...origin(file, row),
        date,
        until,
        kind: r.req<string>('art') as EventKind,
        body: r.req<string>('koerperschaft'),
        committee: r.text('gremium'),
        title: r.req<string>('titel'),
        agendaItem: r.text('top'),
        document: r.text('drucksache'),
        bausteine: row.values['bausteine'] as Baustein[] | undefined,
        outcome: r.text('ergebnis') as Outcome | undefined,
        source: r.text('quelle'),
        note: r.text('anmerkung'),
      }),
    );
  }
  return { records, problems: problems.list() };
}

/**
 * `ausreisepflichtige` rows → counts. `davon_geduldet` above `anzahl` is a
 * Fehler; so is a row with neither number. A row with only `davon_geduldet`
 * is kept: some sources publish only the number of geduldete.
 */
export function toObliged(file: string, rows: readonly ValidRow[]): Records<ObligedCount> {
  const place = { table: 'ausreisepflichtige' as TableName, file };
  const records: ObligedCount[] = [];
  const problems = new ProblemLog();
  for (const row of rows) {
    const r = reader(row);
    const count = r.num('anzahl') ?? null;
    const tolerated = r.num('davon_geduldet');
    if (count === null && tolerated === undefined) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          'Weder „anzahl“ noch „davon_geduldet“ ist ausgefüllt; die Zeile wird nicht genutzt.',
          'Bitte die Zahl der Ausreisepflichtigen eintragen (oder, wenn die Quelle nur sie nennt, die Zahl der Geduldeten).',
          { line: row.line, column: 'anzahl', value: '' },
        ),
      );
      continue;
    }
    if (tolerated !== undefined && count !== null && tolerated > count) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          `„davon_geduldet“ (${tolerated}) ist größer als „anzahl“ (${count}). Die Zeile wird nicht genutzt.`,
          'Die Geduldeten sind ein Teil der Ausreisepflichtigen; bitte beide Zahlen prüfen.',
          { line: row.line, column: 'davon_geduldet', value: String(tolerated) },
        ),
      );
      continue;
    }
    records.push(
      compact<ObligedCount>({
        ...origin(file, row),
        asOf: r.req<IsoDate>('stichtag'),
        ags: r.req<string>('ags'),
        count,
        tolerated,
        reference: r.text('bezug'),
        evidence: r.evidence(),
        source: r.text('quelle'),
        note: r.text('anmerkung'),
      }),
    );
  }
  return { records, problems: problems.list() };
}

/** `bevoelkerung` rows → population counts. */
export function toPopulation(file: string, rows: readonly ValidRow[]): Records<PopulationCount> {
  return {
    problems: [],
    records: rows.map((row) => {
      const r = reader(row);
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
    }),
  };
}
