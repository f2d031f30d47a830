import type { AgsLevels } from './ags.ts';
import type { NumberKind } from './numbers.ts';
import { normaliseName } from './header.ts';

/** What a column holds; the validator reads each kind with its German parser. */
export type ColumnType =
  | { kind: 'text' }
  | {
      kind: 'number';
      number: NumberKind;
      min?: number;
      minExclusive?: boolean;
      max?: number;
      /** Above this the value is used with a Warnung (a total per body is a fact, not an error). */
      warnAbove?: number;
    }
  | { kind: 'date'; partial: boolean }
  | { kind: 'ags'; levels: AgsLevels }
  | { kind: 'ags-list' }
  | { kind: 'ags-list-or-region' }
  | { kind: 'baustein' }
  | { kind: 'baustein-list' }
  | { kind: 'enum'; values: readonly string[]; synonyms: Readonly<Record<string, string>> };

/**
 * What a record holds for an empty cell: nothing (the default), `null`, or
 * the kind of evidence its source implies (`beleg`, DATA-FORMAT.md).
 */
export type WhenEmpty = 'absent' | 'null' | 'evidence-of-source';

/**
 * One column of a table as promised in DATA-FORMAT.md: the single entry from
 * which reading, validation, records, the preview's diff, the export and the
 * templates take the column. Its description for people is in
 * schema-docs.ts (kept out of the embeds; a test holds both complete).
 */
export interface ColumnSpec {
  name: string;
  /** The property of the record (types.ts) the column becomes. */
  field: string;
  aliases: readonly string[];
  type: ColumnType;
  required: boolean;
  /** An example value as staff would type it. */
  example: string;
  empty: WhenEmpty;
}

/** The tables of a dataset. */
export type TableName = 'stellen' | 'regionen' | 'termine' | 'ausreisepflichtige' | 'bevoelkerung';

/** Where a table's records are in a Dataset. */
export type RecordList = 'posts' | 'regions' | 'events' | 'obliged' | 'population';

/** A table: name, whether a dataset needs it, and its columns. */
export interface TableSpec {
  name: TableName;
  required: boolean;
  /** The Dataset list its records go to. */
  records: RecordList;
  /**
   * The columns that name one record across two versions (the preview's
   * diff); absent: the table's records are only counted.
   */
  key?: readonly string[];
  columns: readonly ColumnSpec[];
}

const KREIS_OR_GEMEINDE: AgsLevels = { gemeinde: true, kreis: true, land: false };
const WITH_LAND: AgsLevels = { gemeinde: true, kreis: true, land: true };

const col = (
  name: string,
  field: string,
  type: ColumnType,
  required: boolean,
  example: string,
  aliases: readonly string[] = [],
  empty: WhenEmpty = 'absent',
): ColumnSpec => ({ name, field, aliases, type, required, example, empty });

const text: ColumnType = { kind: 'text' };
const quelle = col('quelle', 'source', text, false, 'Drucksache 199/2021', ['source']);
const anmerkung = col('anmerkung', 'note', text, false, 'davon Kreis-ABH 447', [
  'hinweis',
  'bemerkung',
]);

/** The kinds of evidence (DATA-FORMAT.md `beleg`). */
export const EVIDENCE_VALUES = ['amtlich', 'presse', 'zitiert'] as const;
const beleg = col(
  'beleg',
  'evidence',
  {
    kind: 'enum',
    values: EVIDENCE_VALUES,
    synonyms: {
      amtlich: 'amtlich',
      offiziell: 'amtlich',
      behoerde: 'amtlich',
      verwaltung: 'amtlich',
      presse: 'presse',
      zeitung: 'presse',
      medien: 'presse',
      pressebericht: 'presse',
      zitiert: 'zitiert',
      behauptung: 'zitiert',
      antrag: 'zitiert',
      partei: 'zitiert',
      fraktion: 'zitiert',
    },
  },
  false,
  'amtlich',
  ['einordnung'],
  'evidence-of-source',
);

/** `stellen.csv` — KIM posts. */
export const STELLEN: TableSpec = {
  name: 'stellen',
  required: true,
  records: 'posts',
  key: ['szenario', 'id'],
  columns: [
    col('id', 'id', text, true, 'SI-CM-1', ['stellen_id', 'nr']),
    col('koerperschaft', 'body', { kind: 'ags', levels: KREIS_OR_GEMEINDE }, true, '05970', [
      'körperschaft',
      'kreis',
      'kommune_ags',
    ]),
    col('baustein', 'baustein', { kind: 'baustein' }, true, '2', ['modul']),
    col('funktion', 'role', text, false, 'Case Management', ['bezeichnung']),
    col(
      'einsatzgebiet',
      'area',
      { kind: 'ags-list-or-region' },
      false,
      'Wittgenstein',
      ['gebiet', 'region'],
      'null', // the whole body
    ),
    col(
      'traeger_typ',
      'carrierType',
      {
        kind: 'enum',
        values: ['kommune', 'frei', 'unbekannt'],
        synonyms: {
          unbekannt: 'unbekannt',
          keine_angabe: 'unbekannt',
          offen: 'unbekannt',
          k_a: 'unbekannt',
          kommune: 'kommune',
          kommunal: 'kommune',
          stadt: 'kommune',
          kreis: 'kommune',
          gemeinde: 'kommune',
          staedteregion: 'kommune',
          verwaltung: 'kommune',
          stadtverwaltung: 'kommune',
          kreisverwaltung: 'kommune',
          oeffentlich: 'kommune',
          frei: 'frei',
          freier_traeger: 'frei',
          freie_traeger: 'frei',
          wohlfahrtsverband: 'frei',
          freie_wohlfahrtspflege: 'frei',
          verband: 'frei',
        },
      },
      true,
      'kommune',
      ['trägertyp', 'traegerart'],
    ),
    col('traeger', 'carrier', text, true, 'Stadt Siegen', ['träger', 'anstellungsträger']),
    col(
      'vzae',
      'fte',
      { kind: 'number', number: 'decimal', min: 0, minExclusive: true, warnAbove: 5 },
      true,
      '0,5',
      ['vzä', 'stellenanteil', 'vollzeitäquivalente'],
    ),
    col(
      'status',
      'status',
      {
        kind: 'enum',
        values: ['geplant', 'ausgeschrieben', 'besetzt', 'vakant', 'entfallen', 'unbekannt'],
        synonyms: { keine_angabe: 'unbekannt' },
      },
      true,
      'besetzt',
    ),
    col('beginn', 'start', { kind: 'date', partial: true }, false, '01.09.2021', ['von', 'ab']),
    col('ende', 'end', { kind: 'date', partial: true }, false, '31.12.2022', ['bis']),
    col(
      'foerderung_eur_jahr',
      'fundingPerYear',
      { kind: 'number', number: 'amount', min: 0 },
      false,
      '55.000',
      ['förderung', 'landesförderung'],
    ),
    col(
      'kosten_eur_jahr',
      'costPerYear',
      { kind: 'number', number: 'amount', min: 0 },
      false,
      '68.000',
      ['personalkosten'],
    ),
    col('szenario', 'scenario', text, false, 'Antrag B90/Grüne 16.11.2022', ['variante', 'antrag']),
    quelle,
    col('stand', 'asOf', { kind: 'date', partial: true }, false, '16.11.2022', ['datum']),
    beleg,
    anmerkung,
  ],
};

/** `regionen.csv` — service regions. */
export const REGIONEN: TableSpec = {
  name: 'regionen',
  required: false,
  records: 'regions',
  columns: [
    col('region', 'name', text, true, 'Wittgenstein', ['name']),
    col(
      'koerperschaft',
      'body',
      { kind: 'ags', levels: { gemeinde: false, kreis: true, land: false } },
      true,
      '05970',
      ['körperschaft', 'kreis'],
    ),
    col(
      'gemeinden',
      'municipalities',
      { kind: 'ags-list' },
      true,
      '05970004 | 05970028 | 05970012',
      ['ags'],
    ),
    quelle,
    anmerkung,
  ],
};

/** `termine.csv` — sessions, deadlines, funding periods. */
export const TERMINE: TableSpec = {
  name: 'termine',
  required: true,
  records: 'events',
  key: ['datum', 'koerperschaft', 'top', 'titel'],
  columns: [
    col('datum', 'date', { kind: 'date', partial: false }, true, '16.11.2022', ['von', 'beginn']),
    col('bis', 'until', { kind: 'date', partial: false }, false, '31.12.2022', ['ende']),
    col(
      'art',
      'kind',
      {
        kind: 'enum',
        values: ['sitzung', 'frist', 'foerderzeitraum', 'beschluss', 'antrag', 'sonstiges'],
        synonyms: {
          foerderzeitraum: 'foerderzeitraum',
          foerderperiode: 'foerderzeitraum',
          antragsfrist: 'frist',
          termin: 'sonstiges',
        },
      },
      true,
      'sitzung',
      ['typ'],
    ),
    col('koerperschaft', 'body', { kind: 'ags', levels: WITH_LAND }, true, '05970040', [
      'körperschaft',
    ]),
    col('gremium', 'committee', text, false, 'Ausschuss für Soziales, Familien und Senioren', [
      'ausschuss',
    ]),
    col('titel', 'title', text, true, 'Sachstand zum Kommunalen Integrationsmanagement (KIM)', [
      'betreff',
    ]),
    col('top', 'agendaItem', text, false, '4b', ['tagesordnungspunkt']),
    col('drucksache', 'document', text, false, '199/2021', ['vorlage', 'ds']),
    col('bausteine', 'bausteine', { kind: 'baustein-list' }, false, '2', ['baustein']),
    col(
      'ergebnis',
      'outcome',
      {
        kind: 'enum',
        values: ['beschlossen', 'abgelehnt', 'vertagt', 'zur Kenntnis genommen', 'offen'],
        synonyms: {
          zur_kenntnis_genommen: 'zur Kenntnis genommen',
          zur_kenntnis: 'zur Kenntnis genommen',
          kenntnisnahme: 'zur Kenntnis genommen',
          zustimmend_zur_kenntnis_genommen: 'zur Kenntnis genommen',
          angenommen: 'beschlossen',
        },
      },
      false,
      'vertagt',
      ['beschluss'],
    ),
    quelle,
    anmerkung,
  ],
};

/** `ausreisepflichtige.csv` — persons obliged to leave. */
export const AUSREISEPFLICHTIGE: TableSpec = {
  name: 'ausreisepflichtige',
  required: false,
  records: 'obliged',
  columns: [
    col('stichtag', 'asOf', { kind: 'date', partial: true }, true, '31.07.2024'),
    col('ags', 'ags', { kind: 'ags', levels: WITH_LAND }, true, '05970040'),
    // Not required on its own: a source may publish only the number of geduldete (see README).
    col('anzahl', 'count', { kind: 'number', number: 'integer', min: 0 }, false, '216', [], 'null'),
    col(
      'davon_geduldet',
      'tolerated',
      { kind: 'number', number: 'integer', min: 0 },
      false,
      '180',
      ['geduldet'],
    ),
    col('bezug', 'reference', text, false, 'Ausländerbehörde des Kreises, ohne Stadt Siegen', [
      'zustaendigkeit',
      'auslaenderbehoerde',
    ]),
    beleg,
    quelle,
    anmerkung,
  ],
};

/** `bevoelkerung.csv` — population. */
export const BEVOELKERUNG: TableSpec = {
  name: 'bevoelkerung',
  required: false,
  records: 'population',
  columns: [
    col('stichtag', 'asOf', { kind: 'date', partial: true }, true, '31.12.2019'),
    col('ags', 'ags', { kind: 'ags', levels: WITH_LAND }, true, '05970040'),
    col('einwohner', 'inhabitants', { kind: 'number', number: 'integer', min: 1 }, true, '102.770'),
    col(
      'schutzsuchende',
      'protectionSeekers',
      { kind: 'number', number: 'integer', min: 0 },
      false,
      '',
    ),
    col(
      'auslaendische_bevoelkerung',
      'foreigners',
      { kind: 'number', number: 'integer', min: 0 },
      false,
      '',
    ),
    col('basis', 'basis', text, false, 'Zensus 2022', ['zensus', 'zensusbasis']),
    beleg,
    quelle,
    anmerkung,
  ],
};

/** All table specs, in the order reports list them. */
export const TABLES: readonly TableSpec[] = [
  STELLEN,
  REGIONEN,
  TERMINE,
  AUSREISEPFLICHTIGE,
  BEVOELKERUNG,
];

/** Maps every normalised column name and alias of a table to its canonical column. */
export function columnIndex(spec: TableSpec): Map<string, ColumnSpec> {
  const index = new Map<string, ColumnSpec>();
  for (const c of spec.columns) {
    index.set(normaliseName(c.name), c);
    for (const a of c.aliases) index.set(normaliseName(a), c);
  }
  return index;
}

/** The spec of a table by name. */
export function tableSpec(name: TableName): TableSpec {
  return TABLES.find((t) => t.name === name)!;
}

/** The record properties of the named columns, for code that picks a few (e.g. a comparison). */
export function fieldsOf<const K extends string>(
  spec: TableSpec,
  names: readonly K[],
): { column: K; field: string }[] {
  return names.map((column) => {
    const c = spec.columns.find((x) => x.name === column);
    if (!c) throw new Error(`schema.ts: Spalte ${column} fehlt in ${spec.name}`);
    return { column, field: c.field };
  });
}
