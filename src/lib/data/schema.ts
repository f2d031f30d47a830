import type { AgsLevels } from './ags.ts';
import type { NumberKind } from './numbers.ts';
import { normaliseName } from './header.ts';

/** What a column holds; the validator reads each kind with its German parser. */
export type ColumnType =
  | { kind: 'text' }
  | { kind: 'number'; number: NumberKind; min?: number; minExclusive?: boolean; max?: number }
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
  /** German description for the in-app column reference and templates. */
  description: string;
  /** An example value as staff would type it. */
  example: string;
}

/** The tables of a dataset. */
export type TableName = 'stellen' | 'regionen' | 'termine' | 'ausreisepflichtige' | 'bevoelkerung';

/** A table: name, whether a dataset needs it, and its columns. */
export interface TableSpec {
  name: TableName;
  required: boolean;
  description: string;
  columns: readonly ColumnSpec[];
}

const KREIS_OR_GEMEINDE: AgsLevels = { gemeinde: true, kreis: true, land: false };
const WITH_LAND: AgsLevels = { gemeinde: true, kreis: true, land: true };

const col = (
  name: string,
  type: ColumnType,
  required: boolean,
  description: string,
  example: string,
  aliases: readonly string[] = [],
): ColumnSpec => ({ name, aliases, type, required, description, example });

const text: ColumnType = { kind: 'text' };
const quelle = col('quelle', text, false, 'Quelle: Drucksache, Zeitungsartikel oder URL.', 'Drucksache 199/2021', ['source']);
const anmerkung = col(
  'anmerkung',
  text,
  false,
  'Freitext zur Einordnung, z. B. was eine Zahl umfasst (Ergänzung zu DATA-FORMAT.md).',
  'davon Kreis-ABH 447',
  ['hinweis', 'bemerkung'],
);

/** `stellen.csv` — KIM posts. */
export const STELLEN: TableSpec = {
  name: 'stellen',
  required: true,
  description: 'KIM-Stellen: eine Zeile je Stelle oder Stellenanteil, je Szenario.',
  columns: [
    col('id', text, true, 'Kennung der Stelle, eindeutig innerhalb eines Szenarios.', 'SI-CM-1', ['stellen_id', 'nr']),
    col('koerperschaft', { kind: 'ags', levels: KREIS_OR_GEMEINDE }, true, 'AGS der KIM-Körperschaft: Kreis, kreisfreie Stadt oder Stadt Aachen (05334002).', '05970', ['körperschaft', 'kreis', 'kommune_ags']),
    col('baustein', { kind: 'baustein' }, true, 'Baustein 1 (strategisches Management), 2 (Case Management) oder 3 (Ausländer- und Einbürgerungsbehörde).', '2', ['modul']),
    col('funktion', text, false, 'Funktion der Stelle.', 'Case Management', ['bezeichnung']),
    col('einsatzgebiet', { kind: 'ags-list-or-region' }, false, 'Wo die Stelle wirkt: AGS-Liste (mit , oder | getrennt) oder ein Regionsname aus regionen.csv. Leer: die ganze Körperschaft.', 'Wittgenstein', ['gebiet', 'region']),
    col('traeger_typ', { kind: 'enum', values: ['kommune', 'frei', 'unbekannt'], synonyms: {
      unbekannt: 'unbekannt', keine_angabe: 'unbekannt', offen: 'unbekannt', k_a: 'unbekannt',
      kommune: 'kommune', kommunal: 'kommune', stadt: 'kommune', kreis: 'kommune', gemeinde: 'kommune', staedteregion: 'kommune', verwaltung: 'kommune', stadtverwaltung: 'kommune', kreisverwaltung: 'kommune', oeffentlich: 'kommune',
      frei: 'frei', freier_traeger: 'frei', freie_traeger: 'frei', wohlfahrtsverband: 'frei', freie_wohlfahrtspflege: 'frei', verband: 'frei',
    } }, true, 'Trägertyp: kommune (Stadt, Kreis, Gemeinde), frei (freier Träger, Wohlfahrtsverband) oder unbekannt (nicht veröffentlicht; Ergänzung zu DATA-FORMAT.md).', 'kommune', ['trägertyp', 'traegerart']),
    col('traeger', text, true, 'Anstellungsträger der Stelle.', 'Stadt Siegen', ['träger', 'anstellungsträger']),
    col('vzae', { kind: 'number', number: 'decimal', min: 0, minExclusive: true, max: 5 }, true, 'Vollzeitäquivalente (VZÄ), größer 0 und höchstens 5.', '0,5', ['vzä', 'stellenanteil', 'vollzeitäquivalente']),
    col('status', { kind: 'enum', values: ['geplant', 'ausgeschrieben', 'besetzt', 'vakant', 'entfallen', 'unbekannt'], synonyms: { keine_angabe: 'unbekannt' } }, true, 'Stand der Besetzung; unbekannt, wenn nicht veröffentlicht (Ergänzung zu DATA-FORMAT.md).', 'besetzt'),
    col('beginn', { kind: 'date', partial: true }, false, 'Beginn der Stelle (auch nur Monat/Jahr).', '01.09.2021', ['von', 'ab']),
    col('ende', { kind: 'date', partial: true }, false, 'Ende der Stelle oder Förderung; nicht vor dem Beginn.', '31.12.2022', ['bis']),
    col('foerderung_eur_jahr', { kind: 'number', number: 'amount', min: 0 }, false, 'Landesförderung je Jahr für diese Stelle in Euro.', '55.000', ['förderung', 'landesförderung']),
    col('kosten_eur_jahr', { kind: 'number', number: 'amount', min: 0 }, false, 'Vollkosten je Jahr in Euro; Lücke = Kosten − Förderung.', '68.000', ['personalkosten']),
    col('szenario', text, false, 'Leer oder „Ist“ für den Ist-Stand; jeder andere Wert benennt einen Vorschlag.', 'Antrag B90/Grüne 16.11.2022', ['variante', 'antrag']),
    quelle,
    col('stand', { kind: 'date', partial: true }, false, 'Stand dieser Zeile.', '16.11.2022', ['datum']),
    anmerkung,
  ],
};

/** `regionen.csv` — service regions. */
export const REGIONEN: TableSpec = {
  name: 'regionen',
  required: false,
  description: 'Einsatzgebiete: benannte Gruppen von Gemeinden innerhalb einer Körperschaft.',
  columns: [
    col('region', text, true, 'Name der Region, eindeutig innerhalb der Körperschaft.', 'Wittgenstein', ['name']),
    col('koerperschaft', { kind: 'ags', levels: { gemeinde: false, kreis: true, land: false } }, true, 'AGS (5 Ziffern) der Körperschaft.', '05970', ['körperschaft', 'kreis']),
    col('gemeinden', { kind: 'ags-list' }, true, 'AGS (8 Ziffern) der Gemeinden, mit , oder | getrennt.', '05970004,05970028,05970012', ['ags']),
    quelle,
    anmerkung,
  ],
};

/** `termine.csv` — sessions, deadlines, funding periods. */
export const TERMINE: TableSpec = {
  name: 'termine',
  required: true,
  description: 'Sitzungen, Beschlüsse, Anträge, Fristen und Förderzeiträume.',
  columns: [
    col('datum', { kind: 'date', partial: false }, true, 'Datum (bei Zeiträumen der Beginn), optional mit Uhrzeit.', '16.11.2022', ['von', 'beginn']),
    col('bis', { kind: 'date', partial: false }, false, 'Ende eines Zeitraums; nicht vor dem Datum.', '31.12.2022', ['ende']),
    col('art', { kind: 'enum', values: ['sitzung', 'frist', 'foerderzeitraum', 'beschluss', 'antrag', 'sonstiges'], synonyms: { foerderzeitraum: 'foerderzeitraum', foerderperiode: 'foerderzeitraum', antragsfrist: 'frist', termin: 'sonstiges' } }, true, 'Art des Termins.', 'sitzung', ['typ']),
    col('koerperschaft', { kind: 'ags', levels: WITH_LAND }, true, 'AGS der Körperschaft (5 oder 8 Ziffern) oder NRW.', '05970040', ['körperschaft']),
    col('gremium', text, false, 'Ausschuss oder Gremium.', 'Ausschuss für Soziales, Familien und Senioren', ['ausschuss']),
    col('titel', text, true, 'Titel oder Betreff.', 'Sachstand zum Kommunalen Integrationsmanagement (KIM)', ['betreff']),
    col('top', text, false, 'Tagesordnungspunkt.', '4b', ['tagesordnungspunkt']),
    col('drucksache', text, false, 'Drucksache oder Vorlage.', '199/2021', ['vorlage', 'ds']),
    col('bausteine', { kind: 'baustein-list' }, false, 'Welche Bausteine der Termin betrifft, z. B. 2 oder 1,2 (Filter der Zeitleiste; Ergänzung zu DATA-FORMAT.md).', '2', ['baustein']),
    col('ergebnis', { kind: 'enum', values: ['beschlossen', 'abgelehnt', 'vertagt', 'zur Kenntnis genommen', 'offen'], synonyms: { zur_kenntnis_genommen: 'zur Kenntnis genommen', zur_kenntnis: 'zur Kenntnis genommen', kenntnisnahme: 'zur Kenntnis genommen', zustimmend_zur_kenntnis_genommen: 'zur Kenntnis genommen', angenommen: 'beschlossen' } }, false, 'Ergebnis der Beratung.', 'vertagt', ['beschluss']),
    quelle,
    anmerkung,
  ],
};

/** `ausreisepflichtige.csv` — persons obliged to leave. */
export const AUSREISEPFLICHTIGE: TableSpec = {
  name: 'ausreisepflichtige',
  required: false,
  description: 'Zahl ausreisepflichtiger Personen je Gebiet und Stichtag.',
  columns: [
    col('stichtag', { kind: 'date', partial: true }, true, 'Stichtag der Zahl (auch nur Monat/Jahr).', '31.07.2024'),
    col('ags', { kind: 'ags', levels: WITH_LAND }, true, 'AGS des Gebiets (5 oder 8 Ziffern) oder NRW.', '05970040'),
    col('anzahl', { kind: 'number', number: 'integer', min: 0 }, true, 'Zahl der ausreisepflichtigen Personen.', '216'),
    col('davon_geduldet', { kind: 'number', number: 'integer', min: 0 }, false, 'Davon mit Duldung; höchstens die Anzahl.', '180'),
    col('einordnung', { kind: 'enum', values: ['amtlich', 'zitiert'], synonyms: { behauptung: 'zitiert', antrag: 'zitiert' } }, false, 'amtlich (Zahl einer Behörde, auch über die Presse) oder zitiert (nur in einem politischen Antrag genannt, nicht belegt). Leer: amtlich. (Ergänzung zu DATA-FORMAT.md)', 'amtlich'),
    quelle,
    anmerkung,
  ],
};

/** `bevoelkerung.csv` — population. */
export const BEVOELKERUNG: TableSpec = {
  name: 'bevoelkerung',
  required: false,
  description: 'Einwohnerzahlen je Gebiet und Stichtag (für Werte je Einwohner und Verteilschlüssel).',
  columns: [
    col('stichtag', { kind: 'date', partial: true }, true, 'Stichtag der Zahl.', '31.12.2019'),
    col('ags', { kind: 'ags', levels: WITH_LAND }, true, 'AGS des Gebiets (5 oder 8 Ziffern) oder NRW.', '05970040'),
    col('einwohner', { kind: 'number', number: 'integer', min: 1 }, true, 'Einwohnerzahl, größer 0.', '102.770'),
    col('schutzsuchende', { kind: 'number', number: 'integer', min: 0 }, false, 'Schutzsuchende.', ''),
    col('auslaendische_bevoelkerung', { kind: 'number', number: 'integer', min: 0 }, false, 'Ausländische Bevölkerung.', ''),
    quelle,
    anmerkung,
  ],
};

/** All table specs, in the order reports list them. */
export const TABLES: readonly TableSpec[] = [STELLEN, REGIONEN, TERMINE, AUSREISEPFLICHTIGE, BEVOELKERUNG];

/** Maps every normalised column name and alias of a table to its canonical column. */
export function columnIndex(spec: TableSpec): Map<string, ColumnSpec> {
  const index = new Map<string, ColumnSpec>();
  for (const c of spec.columns) {
    index.set(normaliseName(c.name), c);
    for (const a of c.aliases) index.set(normaliseName(a), c);
  }
  return index;
}
