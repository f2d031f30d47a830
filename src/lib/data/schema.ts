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

/** One column of a table as promised in DATA-FORMAT.md. */
export interface ColumnSpec {
  name: string;
  aliases: readonly string[];
  type: ColumnType;
  required: boolean;
  /** An example value as staff would type it. */
  example: string;
}

/** The tables of a dataset. */
export type TableName = 'stellen' | 'regionen' | 'termine' | 'ausreisepflichtige' | 'bevoelkerung';

/** A table: name, whether a dataset needs it, and its columns. */
export interface TableSpec {
  name: TableName;
  required: boolean;
  columns: readonly ColumnSpec[];
}

const KREIS_OR_GEMEINDE: AgsLevels = { gemeinde: true, kreis: true, land: false };
const WITH_LAND: AgsLevels = { gemeinde: true, kreis: true, land: true };

const col = (
  name: string,
  type: ColumnType,
  required: boolean,
  example: string,
  aliases: readonly string[] = [],
): ColumnSpec => ({ name, aliases, type, required, example });

const text: ColumnType = { kind: 'text' };
const quelle = col('quelle', text, false, 'Drucksache 199/2021', ['source']);
const anmerkung = col('anmerkung', text, false, 'davon Kreis-ABH 447', ['hinweis', 'bemerkung']);

/** The kinds of evidence (DATA-FORMAT.md `beleg`). */
export const EVIDENCE_VALUES = ['amtlich', 'presse', 'zitiert'] as const;
const beleg = col(
  'beleg',
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
);

/** `stellen.csv` — KIM posts. */
export const STELLEN: TableSpec = {
  name: 'stellen',
  required: true,
  columns: [
    col('id', text, true, 'SI-CM-1', ['stellen_id', 'nr']),
    col('koerperschaft', { kind: 'ags', levels: KREIS_OR_GEMEINDE }, true, '05970', [
      'körperschaft',
      'kreis',
      'kommune_ags',
    ]),
    col('baustein', { kind: 'baustein' }, true, '2', ['modul']),
    col('funktion', text, false, 'Case Management', ['bezeichnung']),
    col('einsatzgebiet', { kind: 'ags-list-or-region' }, false, 'Wittgenstein', [
      'gebiet',
      'region',
    ]),
    col(
      'traeger_typ',
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
    col('traeger', text, true, 'Stadt Siegen', ['träger', 'anstellungsträger']),
    col(
      'vzae',
      { kind: 'number', number: 'decimal', min: 0, minExclusive: true, warnAbove: 5 },
      true,
      '0,5',
      ['vzä', 'stellenanteil', 'vollzeitäquivalente'],
    ),
    col(
      'status',
      {
        kind: 'enum',
        values: ['geplant', 'ausgeschrieben', 'besetzt', 'vakant', 'entfallen', 'unbekannt'],
        synonyms: { keine_angabe: 'unbekannt' },
      },
      true,
      'besetzt',
    ),
    col('beginn', { kind: 'date', partial: true }, false, '01.09.2021', ['von', 'ab']),
    col('ende', { kind: 'date', partial: true }, false, '31.12.2022', ['bis']),
    col('foerderung_eur_jahr', { kind: 'number', number: 'amount', min: 0 }, false, '55.000', [
      'förderung',
      'landesförderung',
    ]),
    col('kosten_eur_jahr', { kind: 'number', number: 'amount', min: 0 }, false, '68.000', [
      'personalkosten',
    ]),
    col('szenario', text, false, 'Antrag B90/Grüne 16.11.2022', ['variante', 'antrag']),
    quelle,
    col('stand', { kind: 'date', partial: true }, false, '16.11.2022', ['datum']),
    beleg,
    anmerkung,
  ],
};

/** `regionen.csv` — service regions. */
export const REGIONEN: TableSpec = {
  name: 'regionen',
  required: false,
  columns: [
    col('region', text, true, 'Wittgenstein', ['name']),
    col(
      'koerperschaft',
      { kind: 'ags', levels: { gemeinde: false, kreis: true, land: false } },
      true,
      '05970',
      ['körperschaft', 'kreis'],
    ),
    col('gemeinden', { kind: 'ags-list' }, true, '05970004,05970028,05970012', ['ags']),
    quelle,
    anmerkung,
  ],
};

/** `termine.csv` — sessions, deadlines, funding periods. */
export const TERMINE: TableSpec = {
  name: 'termine',
  required: true,
  columns: [
    col('datum', { kind: 'date', partial: false }, true, '16.11.2022', ['von', 'beginn']),
    col('bis', { kind: 'date', partial: false }, false, '31.12.2022', ['ende']),
    col(
      'art',
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
    col('koerperschaft', { kind: 'ags', levels: WITH_LAND }, true, '05970040', ['körperschaft']),
    col('gremium', text, false, 'Ausschuss für Soziales, Familien und Senioren', ['ausschuss']),
    col('titel', text, true, 'Sachstand zum Kommunalen Integrationsmanagement (KIM)', ['betreff']),
    col('top', text, false, '4b', ['tagesordnungspunkt']),
    col('drucksache', text, false, '199/2021', ['vorlage', 'ds']),
    col('bausteine', { kind: 'baustein-list' }, false, '2', ['baustein']),
    col(
      'ergebnis',
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
  columns: [
    col('stichtag', { kind: 'date', partial: true }, true, '31.07.2024'),
    col('ags', { kind: 'ags', levels: WITH_LAND }, true, '05970040'),
    // Not required on its own: a source may publish only the number of geduldete (see README).
    col('anzahl', { kind: 'number', number: 'integer', min: 0 }, false, '216'),
    col('davon_geduldet', { kind: 'number', number: 'integer', min: 0 }, false, '180', [
      'geduldet',
    ]),
    col('bezug', text, false, 'Ausländerbehörde des Kreises, ohne Stadt Siegen', [
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
  columns: [
    col('stichtag', { kind: 'date', partial: true }, true, '31.12.2019'),
    col('ags', { kind: 'ags', levels: WITH_LAND }, true, '05970040'),
    col('einwohner', { kind: 'number', number: 'integer', min: 1 }, true, '102.770'),
    col('schutzsuchende', { kind: 'number', number: 'integer', min: 0 }, false, ''),
    col('auslaendische_bevoelkerung', { kind: 'number', number: 'integer', min: 0 }, false, ''),
    col('basis', text, false, 'Zensus 2022', ['zensus', 'zensusbasis']),
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
