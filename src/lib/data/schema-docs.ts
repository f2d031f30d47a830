import type { ColumnType, TableName } from './schema.ts';

/** What a table and its columns mean, for the Daten page's column reference. */
export interface TableDoc {
  table: string;
  columns: Readonly<Record<string, string>>;
}

// Shared columns of every table.
const DE_SHARED = {
  quelle: 'Quelle: Drucksache, Zeitungsartikel oder URL.',
  anmerkung: 'Freitext zur Einordnung, z. B. was eine Zahl umfasst (Ergänzung zu DATA-FORMAT.md).',
};
const EN_SHARED = {
  quelle: 'Source: Drucksache, newspaper article or URL.',
  anmerkung: 'Free text for context, e.g. what a figure covers (addition to DATA-FORMAT.md).',
};

/**
 * The column reference in German and English. Kept apart from schema.ts so the
 * validator (and every embed that loads data) does not carry these texts;
 * only the Daten page imports them.
 */
export const SCHEMA_DOCS: Record<'de' | 'en', Record<TableName, TableDoc>> = {
  de: {
    stellen: {
      table: 'KIM-Stellen: eine Zeile je Stelle oder Stellenanteil, je Szenario.',
      columns: {
        id: 'Kennung der Stelle, eindeutig innerhalb eines Szenarios.',
        koerperschaft:
          'AGS der KIM-Körperschaft: Kreis, kreisfreie Stadt oder Stadt Aachen (05334002).',
        baustein:
          'Baustein 1 (strategisches Management), 2 (Case Management) oder 3 (Ausländer- und Einbürgerungsbehörde).',
        funktion: 'Funktion der Stelle.',
        einsatzgebiet:
          'Wo die Stelle wirkt: AGS-Liste (mit , oder | getrennt) oder ein Regionsname aus regionen.csv. Leer: die ganze Körperschaft.',
        traeger_typ:
          'Trägertyp: kommune (Stadt, Kreis, Gemeinde), frei (freier Träger, Wohlfahrtsverband) oder unbekannt (nicht veröffentlicht; Ergänzung zu DATA-FORMAT.md).',
        traeger: 'Anstellungsträger der Stelle.',
        vzae: 'Vollzeitäquivalente (VZÄ), größer 0. Über 5 eine Warnung: nennt die Quelle nur eine Gesamtzahl, ist eine Zeile mit dieser Zahl richtig.',
        status:
          'Stand der Besetzung; unbekannt, wenn nicht veröffentlicht (Ergänzung zu DATA-FORMAT.md).',
        beginn: 'Beginn der Stelle (auch nur Monat/Jahr).',
        ende: 'Ende der Stelle oder Förderung; nicht vor dem Beginn.',
        foerderung_eur_jahr: 'Landesförderung je Jahr für diese Stelle in Euro.',
        kosten_eur_jahr: 'Vollkosten je Jahr in Euro; Lücke = Kosten − Förderung.',
        szenario: 'Leer oder „Ist“ für den Ist-Stand; jeder andere Wert benennt einen Vorschlag.',
        stand: 'Stand dieser Zeile.',
        beleg:
          'Art des Belegs: amtlich (Dokument der Körperschaft oder des Landes), presse (Pressebericht) oder zitiert (von einer Partei oder Dritten genannt, von der Körperschaft nicht bestätigt). Leer: amtlich, wenn die Quelle ein Ratsinformationssystem ist, sonst unbekannt.',
        ...DE_SHARED,
      },
    },
    regionen: {
      table: 'Einsatzgebiete: benannte Gruppen von Gemeinden innerhalb einer Körperschaft.',
      columns: {
        region: 'Name der Region, eindeutig innerhalb der Körperschaft.',
        koerperschaft: 'AGS (5 Ziffern) der Körperschaft.',
        gemeinden: 'AGS (8 Ziffern) der Gemeinden, mit , oder | getrennt.',
        ...DE_SHARED,
      },
    },
    termine: {
      table: 'Sitzungen, Beschlüsse, Anträge, Fristen und Förderzeiträume.',
      columns: {
        datum: 'Datum (bei Zeiträumen der Beginn), optional mit Uhrzeit.',
        bis: 'Ende eines Zeitraums; nicht vor dem Datum.',
        art: 'Art des Termins.',
        koerperschaft: 'AGS der Körperschaft (5 oder 8 Ziffern) oder NRW.',
        gremium: 'Ausschuss oder Gremium.',
        titel: 'Titel oder Betreff.',
        top: 'Tagesordnungspunkt.',
        drucksache: 'Drucksache oder Vorlage.',
        bausteine:
          'Welche Bausteine der Termin betrifft, z. B. 2 oder 1,2 (Filter der Zeitleiste; Ergänzung zu DATA-FORMAT.md).',
        ergebnis: 'Ergebnis der Beratung.',
        ...DE_SHARED,
      },
    },
    ausreisepflichtige: {
      table: 'Zahl ausreisepflichtiger Personen je Gebiet und Stichtag.',
      columns: {
        stichtag: 'Stichtag der Zahl (auch nur Monat/Jahr).',
        ags: 'AGS des Gebiets (5 oder 8 Ziffern) oder NRW.',
        anzahl:
          'Zahl der ausreisepflichtigen Personen. Darf leer sein, wenn die Quelle nur die Zahl der Geduldeten nennt (Ergänzung zu DATA-FORMAT.md).',
        davon_geduldet: 'Davon mit Duldung; höchstens die Anzahl.',
        bezug:
          'Wessen Zahl: welche Ausländerbehörde für welches Gebiet gezählt hat, z. B. „Ausländerbehörde des Kreises, ohne Stadt Siegen“.',
        beleg:
          'Art des Belegs: amtlich (Dokument der Körperschaft oder des Landes), presse (Pressebericht) oder zitiert (von einer Partei oder Dritten genannt, von der Körperschaft nicht bestätigt). Leer: amtlich, wenn die Quelle ein Ratsinformationssystem ist, sonst unbekannt.',

        ...DE_SHARED,
      },
    },
    bevoelkerung: {
      table:
        'Einwohnerzahlen je Gebiet und Stichtag (für Werte je Einwohner und Verteilschlüssel).',
      columns: {
        stichtag: 'Stichtag der Zahl.',
        ags: 'AGS des Gebiets (5 oder 8 Ziffern) oder NRW.',
        einwohner: 'Einwohnerzahl, größer 0.',
        schutzsuchende: 'Schutzsuchende.',
        auslaendische_bevoelkerung: 'Ausländische Bevölkerung.',
        basis:
          'Zensusbasis der Zahl, z. B. „Zensus 2011“ oder „Zensus 2022“; Zahlen verschiedener Basis werden nicht ohne Hinweis verglichen.',
        beleg:
          'Art des Belegs: amtlich (Dokument der Körperschaft oder des Landes), presse (Pressebericht) oder zitiert (von einer Partei oder Dritten genannt, von der Körperschaft nicht bestätigt). Leer: amtlich, wenn die Quelle ein Ratsinformationssystem ist, sonst unbekannt.',
        ...DE_SHARED,
      },
    },
  },
  en: {
    stellen: {
      table: 'KIM posts: one row per post or share of a post, per scenario.',
      columns: {
        id: 'Identifier of the post, unique within a scenario.',
        koerperschaft:
          'AGS of the KIM Körperschaft: Kreis, kreisfreie Stadt or Stadt Aachen (05334002).',
        baustein:
          'Baustein 1 (strategic management), 2 (case management) or 3 (foreigners’ and naturalisation authority).',
        funktion: 'Function of the post.',
        einsatzgebiet:
          'Where the post works: a list of AGS (separated by , or |) or a region name from regionen.csv. Empty: the whole Körperschaft.',
        traeger_typ:
          'Type of Träger: kommune (city, Kreis, municipality), frei (freier Träger, welfare association) or unbekannt (not published; addition to DATA-FORMAT.md).',
        traeger: 'Employer (Anstellungsträger) of the post.',
        vzae: 'Full-time equivalents (VZÄ), more than 0. Above 5 a warning: when the source gives only a total, one row with that total is right.',
        status: 'Staffing status; unbekannt when not published (addition to DATA-FORMAT.md).',
        beginn: 'Start of the post (month/year is enough).',
        ende: 'End of the post or its funding; not before the start.',
        foerderung_eur_jahr: 'State funding per year for this post in euros.',
        kosten_eur_jahr: 'Full cost per year in euros; gap = cost − funding.',
        szenario: 'Empty or “Ist” for the current state; any other value names a proposal.',
        stand: 'Date this row was last checked (Stand).',
        beleg:
          'Kind of evidence: amtlich (a document of the body or the Land), presse (a press report) or zitiert (named by a party or third person, not confirmed by the body). Empty: amtlich when the source is a council information system, else unknown.',
        ...EN_SHARED,
      },
    },
    regionen: {
      table: 'Service areas: named groups of municipalities within a Körperschaft.',
      columns: {
        region: 'Name of the region, unique within the Körperschaft.',
        koerperschaft: 'AGS (5 digits) of the Körperschaft.',
        gemeinden: 'AGS (8 digits) of the municipalities, separated by , or |.',
        ...EN_SHARED,
      },
    },
    termine: {
      table: 'Sessions, decisions, motions, deadlines and funding periods.',
      columns: {
        datum: 'Date (the start of a period), optionally with a time.',
        bis: 'End of a period; not before the date.',
        art: 'Kind of entry.',
        koerperschaft: 'AGS of the Körperschaft (5 or 8 digits) or NRW.',
        gremium: 'Committee or body.',
        titel: 'Title or subject.',
        top: 'Agenda item (TOP).',
        drucksache: 'Drucksache or Vorlage.',
        bausteine:
          'Which Bausteine the entry concerns, e.g. 2 or 1,2 (timeline filter; addition to DATA-FORMAT.md).',
        ergebnis: 'Outcome of the deliberation.',
        ...EN_SHARED,
      },
    },
    ausreisepflichtige: {
      table: 'Number of persons obliged to leave per area and Stichtag.',
      columns: {
        stichtag: 'Stichtag of the figure (month/year is enough).',
        ags: 'AGS of the area (5 or 8 digits) or NRW.',
        anzahl:
          'Number of persons obliged to leave. May be empty when the source gives only the number of geduldete (addition to DATA-FORMAT.md).',
        davon_geduldet: 'Of these, with a Duldung; at most the number.',
        bezug:
          'Whose count it is: which Ausländerbehörde counted for which area, e.g. “Ausländerbehörde des Kreises, ohne Stadt Siegen”.',
        beleg:
          'Kind of evidence: amtlich (a document of the body or the Land), presse (a press report) or zitiert (named by a party or third person, not confirmed by the body). Empty: amtlich when the source is a council information system, else unknown.',

        ...EN_SHARED,
      },
    },
    bevoelkerung: {
      table: 'Population per area and Stichtag (for values per inhabitant and allocation keys).',
      columns: {
        stichtag: 'Stichtag of the figure.',
        ags: 'AGS of the area (5 or 8 digits) or NRW.',
        einwohner: 'Population, more than 0.',
        schutzsuchende: 'Persons seeking protection.',
        auslaendische_bevoelkerung: 'Foreign population.',
        basis:
          'Census basis of the figure, e.g. “Zensus 2011” or “Zensus 2022”; figures on different bases are not compared without a note.',
        beleg:
          'Kind of evidence: amtlich (a document of the body or the Land), presse (a press report) or zitiert (named by a party or third person, not confirmed by the body). Empty: amtlich when the source is a council information system, else unknown.',
        ...EN_SHARED,
      },
    },
  },
};

const TYPE_WORDS = {
  de: {
    text: 'Text',
    integer: 'ganze Zahl',
    amount: 'Betrag in Euro',
    decimal: 'Zahl (Dezimalkomma)',
    datePartial: 'Datum (auch MM.JJJJ oder JJJJ)',
    date: 'Datum TT.MM.JJJJ',
    digits: (n: number) => `${n} Ziffern`,
    orNrw: 'oder NRW',
    agsList: 'AGS-Liste (mit , oder | getrennt)',
    agsListOrRegion: 'AGS-Liste oder Regionsname',
    baustein: 'Baustein 1, 2 oder 3',
    bausteinList: 'Bausteine, z. B. 1,2',
    oneOf: 'eins von',
  },
  en: {
    text: 'text',
    integer: 'whole number',
    amount: 'amount in euros',
    decimal: 'number (decimal comma)',
    datePartial: 'date (also MM.YYYY or YYYY)',
    date: 'date DD.MM.YYYY',
    digits: (n: number) => `${n} digits`,
    orNrw: 'or NRW',
    agsList: 'list of AGS (separated by , or |)',
    agsListOrRegion: 'list of AGS or a region name',
    baustein: 'Baustein 1, 2 or 3',
    bausteinList: 'Bausteine, e.g. 1,2',
    oneOf: 'one of',
  },
};

/** A column type in words, for the in-app column reference (generated from the schema). */
export function typeText(t: ColumnType, lang: 'de' | 'en' = 'de'): string {
  const w = TYPE_WORDS[lang];
  switch (t.kind) {
    case 'text':
      return w.text;
    case 'number': {
      const base =
        w[t.number === 'integer' ? 'integer' : t.number === 'amount' ? 'amount' : 'decimal'];
      const range = [
        t.min !== undefined && (t.minExclusive ? `> ${t.min}` : `≥ ${t.min}`),
        t.max !== undefined && `≤ ${t.max}`,
      ]
        .filter(Boolean)
        .join(', ');
      return range ? `${base}, ${range}` : base;
    }
    case 'date':
      return t.partial ? w.datePartial : w.date;
    case 'ags':
      return [
        'AGS',
        t.levels.gemeinde && w.digits(8),
        t.levels.kreis && w.digits(5),
        t.levels.land && w.orNrw,
      ]
        .filter(Boolean)
        .join(' ');
    case 'ags-list':
      return w.agsList;
    case 'ags-list-or-region':
      return w.agsListOrRegion;
    case 'baustein':
      return w.baustein;
    case 'baustein-list':
      return w.bausteinList;
    case 'enum':
      return `${w.oneOf}: ${t.values.join(', ')}`;
  }
}
