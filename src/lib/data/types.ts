import type { AreaRef } from './cell.ts';
import type { IsoDate } from './dates.ts';

/** Baustein 1 strategisches Management, 2 Case Management, 3 Ausländer- und Einbürgerungsbehörde. */
export type Baustein = 1 | 2 | 3;
/** Trägertyp: the Kommune itself, a freier Träger, or not published (`unbekannt`, never guessed). */
export type CarrierType = 'kommune' | 'frei' | 'unbekannt';
export type PostStatus =
  'geplant' | 'ausgeschrieben' | 'besetzt' | 'vakant' | 'entfallen' | 'unbekannt';
export type EventKind =
  'sitzung' | 'frist' | 'foerderzeitraum' | 'beschluss' | 'antrag' | 'sonstiges';
export type Outcome = 'beschlossen' | 'abgelehnt' | 'vertagt' | 'zur Kenntnis genommen' | 'offen';
/**
 * Kind of evidence (`beleg`): `amtlich` a document of the body or the Land,
 * `presse` a press report, `zitiert` a figure quoted by a party or third
 * person and not confirmed by the body (shown as a claim). `null`: not stated.
 */
export type Evidence = 'amtlich' | 'presse' | 'zitiert';

/** Where a record came from: file and Excel row, so every figure can point back. */
export interface Origin {
  file: string;
  line: number;
  /** Cells of unknown columns, kept for the export. */
  extra: ReadonlyMap<string, string>;
}

/** The scenario name of the status quo. */
export const IST = 'Ist';

/** A KIM post (row of `stellen.csv`). */
export interface Post extends Origin {
  id: string;
  /** AGS of the KIM body (Körperschaft). */
  body: string;
  baustein: Baustein;
  role?: string;
  /** Where it serves; `null` = the whole body. */
  area: AreaRef | null;
  carrierType: CarrierType;
  carrier: string;
  /** Vollzeitäquivalente. */
  fte: number;
  status: PostStatus;
  start?: IsoDate;
  end?: IsoDate;
  fundingPerYear?: number;
  costPerYear?: number;
  scenario: string;
  source?: string;
  asOf?: IsoDate;
  evidence: Evidence | null;
  note?: string;
}

/** A service region (row of `regionen.csv`). */
export interface Region extends Origin {
  name: string;
  body: string;
  municipalities: string[];
  source?: string;
  note?: string;
}

/** A session, deadline, motion or funding period (row of `termine.csv`). */
export interface CalendarEntry extends Origin {
  date: IsoDate;
  until?: IsoDate;
  kind: EventKind;
  body: string;
  committee?: string;
  title: string;
  agendaItem?: string;
  document?: string;
  /** Bausteine the entry concerns (optional column `bausteine`). */
  bausteine?: Baustein[];
  outcome?: Outcome;
  source?: string;
  note?: string;
}

/** Persons obliged to leave in an area at a Stichtag (row of `ausreisepflichtige.csv`). */
export interface ObligedCount extends Origin {
  asOf: IsoDate;
  ags: string;
  /** Ausreisepflichtige; null when the source gives only the number of geduldete. */
  count: number | null;
  tolerated?: number;
  /** Whose count it is (`bezug`): which Ausländerbehörde counted, for which area. */
  reference?: string;
  evidence: Evidence | null;
  source?: string;
  note?: string;
}

/** Population of an area at a Stichtag (row of `bevoelkerung.csv`). */
export interface PopulationCount extends Origin {
  asOf: IsoDate;
  ags: string;
  inhabitants: number;
  protectionSeekers?: number;
  foreigners?: number;
  /** Census basis (`basis`), e.g. „Zensus 2022“: figures on different bases are not compared without a note. */
  basis?: string;
  evidence: Evidence | null;
  source?: string;
  note?: string;
}

/** A source the manifest names for the whole dataset. */
export interface ManifestSource {
  text: string;
  url: string;
}

/** `manifest.json`, with missing fields as `null`/empty. */
export interface Manifest {
  titel: string | null;
  stand: string | null;
  fokus: string[];
  dateien: string[];
  quellen: ManifestSource[];
  lizenz: string | null;
  /** Optional tile style URL for the map (default: none, our own boundaries only). */
  kartenstil: string | null;
}
