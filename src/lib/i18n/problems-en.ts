import type { Problem, Severity, TextKey } from '../data/problem.ts';

/** A problem's text in English: what is wrong and how to fix it. */
export interface EnglishText {
  message: string;
  hint: string;
}

type Params = Record<string, string | number>;
const q = (v: unknown) => `“${String(v ?? '')}”`;

const SCOPES: Record<string, string> = {
  g: '8 digits (Gemeinde)',
  k: '5 digits (Kreis/kreisfreie Stadt)',
  gk: '8 digits (Gemeinde) or 5 digits (Kreis/kreisfreie Stadt)',
  gkl: '8 digits (Gemeinde), 5 digits (Kreis/kreisfreie Stadt) or NRW',
  kl: '5 digits (Kreis/kreisfreie Stadt) or NRW',
  gl: '8 digits (Gemeinde) or NRW',
};
const AGS_HINT = (scope: unknown) =>
  `Expected: ${SCOPES[String(scope)] ?? SCOPES['gk']}, e.g. 05970040 (Siegen) or 05970 (Kreis Siegen-Wittgenstein). In Excel, format the column as “Text” so that the leading 0 stays.`;
const ZERO_HINT =
  'In Excel, format the column as “Text” so that the leading 0 is kept when saving.';
const DATE_HINT = (p: Params) =>
  p['partial']
    ? 'Please enter as DD.MM.YYYY (e.g. 16.11.2022); if only the month or year is known, as MM.YYYY (09.2021) or YYYY.'
    : 'Please enter as DD.MM.YYYY (e.g. 16.11.2022) or YYYY-MM-DD.';
const NUMBER_HINT = (p: Params) =>
  p['kind'] === 'integer'
    ? 'Please enter a whole number without a unit, e.g. 467 or 1.234.'
    : 'Please enter a number with a decimal comma, e.g. 0,5 or 1.234,50 – without a unit.';
const ORDER_HINT = 'Please check both dates; they are probably swapped or a year is wrong.';

/**
 * English texts by key (lib/data writes the German ones beside the key). A
 * key missing here shows the German text: the report never goes blank.
 */
const TEXTS: Record<string, (p: Params) => EnglishText> = {
  'number.invalid': (p) => ({ message: `${q(p['raw'])} is not a number.`, hint: NUMBER_HINT(p) }),
  'number.notInteger': (p) => ({
    message: `${q(p['raw'])} is not a whole number; only whole numbers are allowed here.`,
    hint: NUMBER_HINT(p),
  }),
  'number.english': (p) => ({
    message: `${q(p['raw'])} is written in English number format and was read as ${p['value']}.`,
    hint: 'Please use the German format: dot for thousands, comma for decimals.',
  }),
  'number.range': (p) => {
    const lower =
      p['min'] === '' ? '' : p['exclusive'] ? `greater than ${p['min']}` : `at least ${p['min']}`;
    const upper = p['max'] === '' ? '' : `at most ${p['max']}`;
    return {
      message: `${q(p['raw'])} is outside the allowed range (${[lower, upper].filter(Boolean).join(' and ')}).`,
      hint:
        p['column'] === 'vzae'
          ? 'VZÄ are greater than 0, e.g. 0,5 for a half post.'
          : 'Please check the value.',
    };
  },
  'number.above': (p) => ({
    message: `${p['raw']} is more than ${p['limit']}: one row for several posts?`,
    hint: 'Fine if the source only gives this total (e.g. 9 VZÄ Case Management per body). Otherwise please put the posts on rows of their own.',
  }),
  'date.invalidDay': (p) => ({
    message: `${q(p['raw'])} is not a valid date (day or month outside the calendar).`,
    hint: DATE_HINT(p),
  }),
  'date.invalidTime': (p) => ({
    message: `${q(p['raw'])} has no valid time.`,
    hint: 'Give the time as HH:MM, e.g. 16:00.',
  }),
  'date.noMonth': (p) => ({
    message: `${q(p['raw'])}: there is no month ${p['month']}.`,
    hint: DATE_HINT(p),
  }),
  'date.monthOnly': (p) => ({
    message: `${q(p['raw'])} gives only month and year; this column needs a full date.`,
    hint: DATE_HINT(p),
  }),
  'date.yearOnly': (p) => ({
    message: `${q(p['raw'])} gives only a year; this column needs a full date.`,
    hint: DATE_HINT(p),
  }),
  'date.excelSerial': (p) => ({
    message: `${q(p['raw'])} is an Excel date number (it stands for ${p['date']}), not a readable date.`,
    hint: `In Excel, select the column → Format Cells → Date (DD.MM.YYYY), then save as CSV again. Or enter ${p['date']} directly.`,
  }),
  'date.american': (p) => ({
    message: `${q(p['raw'])} is in American format (month/day/year) and ambiguous.`,
    hint: DATE_HINT(p),
  }),
  'date.invalid': (p) => ({ message: `${q(p['raw'])} is not a date.`, hint: DATE_HINT(p) }),
  'ags.invalid': (p) => ({
    message: `${q(p['raw'])} is not a municipality key (AGS).`,
    hint: AGS_HINT(p['scope']),
  }),
  'ags.digits': (p) => ({
    message: `${q(p['raw'])} has ${p['n']} digits; expected: ${SCOPES[String(p['scope'])] ?? ''}.`,
    hint: AGS_HINT(p['scope']),
  }),
  'ags.restored': (p) => ({
    message: `${p['how'] === 'rs' ? 'Regionalschlüssel (12 digits) turned into an AGS' : 'Leading zero added'}: ${q(p['raw'])} was read as ${p['value']}.`,
    hint: ZERO_HINT,
  }),
  'ags.zeros': (p) => ({ message: `Leading zero added: ${p['codes']}.`, hint: ZERO_HINT }),
  'ags.unknown': (p) => ({
    message: `The municipality key ${p['code']} does not exist in the boundary data (BKG VG250)${p['guess'] ? ` – did you mean ${p['guess']}?` : '.'}`,
    hint: 'Please check the AGS (8 digits for a Gemeinde, 5 for a Kreis, e.g. 05970040 for Siegen). Boundary reforms after 2016 are not in the boundary data.',
  }),
  'baustein.invalid': (p) => ({
    message: `${q(p['raw'])} is not a Baustein.`,
    hint: 'Allowed: 1, 2 or 3 (also “Baustein 2”, “II”, “Modul 2”).',
  }),
  'enum.invalid': (p) => ({
    message: `${q(p['raw'])} is not an allowed value.`,
    hint: `Allowed: ${p['values']}.`,
  }),
  'cell.tooLong': (p) => ({
    message: `The cell has ${p['n']} characters; at most ${p['max']} are possible. The row is not used.`,
    hint: 'Usually a closing quote is missing in a row before; otherwise shorten the text.',
  }),
  'cell.requiredEmpty': (p) => ({
    message: `Required field ${q(p['column'])} is empty; the row is not used.`,
    hint: `Please enter a value, e.g. ${p['example']}.`,
  }),
  'row.extraValues': (p) => ({
    message: `The row has more values (${p['n']}) than the header has columns (${p['width']}); the extra ones are ignored.`,
    hint: 'Is there a delimiter (;) in a text? Then put the cell in quotes.',
  }),
  'row.endBeforeStart': (p) => ({
    message: `The end (${p['end']}) is before the start (${p['start']}). The row is not used.`,
    hint: ORDER_HINT,
  }),
  'row.untilBeforeDate': (p) => ({
    message: `“bis” (${p['until']}) is before the date (${p['date']}). The row is not used.`,
    hint: ORDER_HINT,
  }),
  'row.noCount': () => ({
    message: 'Neither “anzahl” nor “davon_geduldet” is filled in; the row is not used.',
    hint: 'Please enter the number of people obliged to leave (or, if the source gives only that, the number of geduldete).',
  }),
  'row.toleratedAboveCount': (p) => ({
    message: `“davon_geduldet” (${p['tolerated']}) is larger than “anzahl” (${p['count']}). The row is not used.`,
    hint: 'The geduldete are part of those obliged to leave; please check both numbers.',
  }),
  'row.duplicateId': (p) => ({
    message: `The id ${q(p['id'])} already exists in scenario ${q(p['scenario'])} (${p['same'] ? '' : `${p['file']}, `}row ${p['line']}); this row is not used.`,
    hint: 'Each post needs its own id per scenario, e.g. SI-CM-1, SI-CM-2.',
  }),
  'table.unknownColumn': (p) => ({
    message: `Unknown column ${q(p['name'])}: it is kept but not evaluated.`,
    hint: `A typo? Expected columns: ${p['expected']}.`,
  }),
  'table.sameColumn': (p) => ({
    message: `The column ${q(p['name'])} means the same as an earlier column (${p['canonical']}); only the first is used.`,
    hint: 'Please delete or rename one of the two columns.',
  }),
  'table.missingColumns': (p) => ({
    message: `Required column(s) missing: ${p['names']}. Without them no row of the table can be used.`,
    hint: `Please add the column (allowed names: ${p['allowed']}).`,
  }),
  'table.unnamedColumn': (p) => ({
    message: `Column ${p['n']} has no heading; its values are not evaluated.`,
    hint: 'Please add a heading or delete the column.',
  }),
  'table.noRows': () => ({
    message: 'The table has a header but no data rows.',
    hint: 'Please add data or leave the file out.',
  }),
  'table.twice': (p) => ({
    message: `The table ${q(p['table'])} appears twice (already in ${p['earlier']}); this file is not used.`,
    hint: 'Please load only one file per table or merge the rows into one file.',
  }),
  'table.required': (p) => ({
    message: `The required table ${q(`${p['table']}.csv`)} is missing.`,
    hint: `Please include ${p['table']}.csv (template on the “Daten” page).`,
  }),
  'manifest.missingFile': (p) => ({
    message: `The file ${q(p['name'])} named in manifest.json is missing.`,
    hint: 'Please include the file or remove it from “dateien”.',
  }),
  'region.duplicate': (p) => ({
    message: `The region ${q(p['name'])} already exists in ${p['body']} (row ${p['line']}); this row is not used.`,
    hint: 'Region names must be unique per body; please rename or merge the rows.',
  }),
  'region.outside': (p) => ({
    message: `The Gemeinde ${p['ags']} is not in the body ${p['body']}.`,
    hint: 'Please check AGS and body.',
  }),
  'region.twice': (p) => ({
    message: `The Gemeinde ${p['ags']} already belongs to the region ${q(p['other'])} (row ${p['line']}).`,
    hint: 'A Gemeinde should belong to one region of a body only, otherwise it counts twice on the map.',
  }),
  'post.unknownRegion': (p) => ({
    message: `The Einsatzgebiet ${q(p['name'])} is neither a region from regionen.csv for ${p['body']} nor a list of AGS; the post is assigned to the whole body.`,
    hint: `Please write the region name exactly as in regionen.csv${p['known'] ? ` (there: ${p['known']})` : ''} or give AGS.`,
  }),
  'post.areaOutside': (p) => ({
    message: `The Einsatzgebiet ${p['ags']} is not in the body ${p['body']}.`,
    hint: 'Please check AGS and body.',
  }),
  'file.empty': () => ({
    message: 'The file is empty.',
    hint: 'Please save the file from Excel again and check that it holds data.',
  }),
  'file.binary': () => ({
    message:
      'The file is not a text file (CSV) but holds binary data – probably an Excel workbook (.xlsx) or an image.',
    hint: 'In Excel: File → Save As → “CSV UTF-8 (Comma delimited)” or “CSV (Comma delimited)”.',
  }),
  'file.blank': () => ({
    message: 'The file holds only empty lines.',
    hint: 'Please save the file again with a header and data.',
  }),
  'file.tooManyColumns': (p) => ({
    message: `The header has ${p['n']} columns; at most ${p['max']} are possible. The file is not read.`,
    hint: 'Please delete empty or unneeded columns (in Excel: select the columns → Delete) and save again.',
  }),
  'file.unknownTable': (p) => ({
    message: `Unknown table: neither the file name nor the header matches one of the tables (${p['expected']}).`,
    hint: 'Please name the file like the table (e.g. stellen.csv) or use the column names of the template.',
  }),
  'csv.quote': () => ({
    message: 'A quote is not closed; the rest of the file was read as one cell.',
    hint: 'Please close or remove the quote in that row and save the file again.',
  }),
  'csv.other': (p) => ({
    message: `The row could not be read reliably (${p['detail']}).`,
    hint: 'Please close or remove the quote in that row and save the file again.',
  }),
  'upload.tooLarge': (p) => ({
    message: `The file is ${p['size']}; at most ${p['limit']} are possible. It is not read; its table stays as it was.`,
    hint: 'Please split the file (e.g. per body) or delete unneeded columns.',
  }),
  'upload.allTooLarge': (p) => ({
    message: `All files together would be larger than ${p['limit']}. This file is not read; its table stays as it was.`,
    hint: 'Please split the file (e.g. per body) or delete unneeded columns.',
  }),
};

/** Keys of cell readings whose Fehler the validation completes with “the row is not used”. */
const CELL_KEYS = /^(number|date|ags|baustein|enum)\./;

const MANY: Record<Severity, string> = { Fehler: 'errors', Warnung: 'warnings', Hinweis: 'notes' };

function render(text: TextKey, severity: Severity): EnglishText | null {
  if (text.key === 'log.more') {
    const p = text.params ?? {};
    const first = text.of ? render(text.of, severity) : null;
    return {
      message: `… and ${Number(p['count']).toLocaleString('en-GB')} more ${MANY[severity]} of this kind${p['column'] ? ` in the column “${p['column']}”` : ''} (not listed one by one; the count is complete). The first was: ${first?.message ?? p['first']}`,
      hint: first?.hint ?? '',
    };
  }
  const make = TEXTS[text.key];
  if (!make) return null;
  const t = make(text.params ?? {});
  return severity === 'Fehler' && CELL_KEYS.test(text.key)
    ? { ...t, message: `${t.message} The row is not used.` }
    : t;
}

/** The problem's text in English, or its German text where no English one exists. */
export function problemInEnglish(p: Problem): EnglishText {
  const t = p.text ? render(p.text, p.severity) : null;
  return t && t.hint !== '' ? t : { message: t?.message ?? p.message, hint: p.hint };
}

/** How many of the keys the data layer writes have an English text (for the test). */
export const englishKeys = (): string[] => Object.keys(TEXTS);
