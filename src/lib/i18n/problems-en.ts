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
/** Where JSON.parse stopped (params of jsonWhere, lib/data/manifest.ts). */
const JSON_AT = (p: Params) =>
  p['at'] !== undefined && p['at'] !== ''
    ? ` (error at character ${Number(p['at']).toLocaleString('en-GB')})`
    : p['near']
      ? ` (error near ${q(p['near'])})`
      : '';
/** A fetch status (loader.ts): the HTTP status, 0 when the server was not reachable. */
const STATUS = (code: unknown) => (Number(code) === 0 ? 'server not reachable' : `HTTP ${code}`);
const FOKUS_HINT = 'Please give 5- or 8-digit AGS as text in square brackets, e.g. ["05970"].';
const FILES_HINT = 'Please give only the names of files in the same folder, e.g. "stellen.csv".';
const EXPORT_HINT =
  'In QGIS: Layer → Export → Save Features As… as GeoJSON, CRS “EPSG:4326 – WGS 84”; or with mapshaper: -proj wgs84 -o format=geojson.';
const SHAPES: Record<string, string> = {
  noCoordinates: 'has no coordinates',
  noRings: 'has no list of rings as coordinates',
  ringNotList: 'has a ring that is not a list of points',
  ringTooShort: 'has a ring with fewer than four points',
  badPoint: 'has a point that does not consist of two numbers (longitude, latitude)',
};
const BUNDLE_HINT =
  'Please upload the tables one by one as CSV or create the bundle again via Data → “Whole dataset as a bundle (.zip)”.';
const ZIP_HINT = 'Please pack only the files of the dataset or upload the CSV files one by one.';
const XLSX_SAVE_HINT =
  'Please open the file in Excel and save it as “Excel Workbook (*.xlsx)”, or upload the sheets one by one as “CSV UTF-8”.';
const XLSX_SPLIT_HINT =
  'Please split the workbook (e.g. per body) or delete sheets or columns that are not needed.';

/**
 * English texts by key (lib/data writes the German ones beside the key). A
 * key missing here shows the German text: the report never goes blank.
 * `of`: the English text of the reading the message embeds (TextKey.of, e.g.
 * the date of “stand”); without it such a text is null and the German one shows.
 */
const TEXTS: Record<string, (p: Params, of: EnglishText | null) => EnglishText | null> = {
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
  'manifest.notText': () => ({
    message: 'manifest.json is empty or not a text file.',
    hint: 'Please provide a valid manifest.json (see the template) or leave it out.',
  }),
  'manifest.invalidJson': (p) => ({
    message: `manifest.json is not valid JSON${JSON_AT(p)}.`,
    hint: 'Common causes: a missing comma, a comma after the last entry, single instead of double quotes.',
  }),
  'manifest.notObject': () => ({
    message: 'manifest.json must be an object { … }.',
    hint: 'See the example in DATA-FORMAT.md.',
  }),
  'manifest.unknownField': (p) => ({
    message: `Unknown field ${q(p['name'])} in manifest.json: it is not evaluated.`,
    hint: `Known fields: ${p['known']}.`,
  }),
  'manifest.noTitle': () => ({
    message: 'manifest.json names no title (“titel”).',
    hint: 'Please enter a title, e.g. “Kommunales Integrationsmanagement – Kreis Siegen-Wittgenstein”.',
  }),
  'manifest.stand': (_, of) => of && { message: `“stand”: ${of.message}`, hint: of.hint },
  'manifest.fokusUnknown': (p) => ({
    message: `“fokus”: the AGS ${p['ags']} does not exist in the boundary data.`,
    hint: FOKUS_HINT,
  }),
  'manifest.fokusInvalid': (_, of) => of && { message: `“fokus”: ${of.message}`, hint: FOKUS_HINT },
  'manifest.tooManyFiles': (p) => ({
    message: `“dateien” names more than ${p['max']} files; ${q(p['name'])} and all further ones are not loaded.`,
    hint: FILES_HINT,
  }),
  'manifest.badFileName': (p) => ({
    message: `“dateien”: ${q(p['name'])} is not the name of a file beside manifest.json and is not loaded.`,
    hint: FILES_HINT,
  }),
  'manifest.notList': () => ({
    message: '“dateien” must be a list of file names.',
    hint: 'Example: ["stellen.csv", "termine.csv"]',
  }),
  'manifest.sourceNoText': () => ({
    message: 'An entry in “quellen” has no text.',
    hint: 'Format: { "text": "…", "url": "…" }',
  }),
  // The status of manifest.json (when it failed) is appended from params.status, see render().
  'manifest.noDataset': (p) => ({
    message: `No dataset was found at ${p['folder']}${p['status'] === undefined ? ' (no tables)' : ''}.`,
    hint: 'Please check the address: it must point to a folder with manifest.json or to the manifest.json itself.',
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
      'The file is not a text file (CSV) but holds binary data – probably an Excel workbook (.xls or renamed) or an image.',
    hint: 'Please upload Excel workbooks with the extension .xlsx (in Excel: File → Save As → “Excel Workbook (*.xlsx)”) or save them as “CSV UTF-8 (Comma delimited)”.',
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
  'file.ambiguousDelimiter': (p) => {
    const name = (d: unknown) => (d === '\t' ? 'tab' : q(d));
    return {
      message: `The header contains ${name(p['chosen'])} and ${name(p['rival'])} as possible delimiters; it is read with ${name(p['chosen'])} (${p['columns']} columns).`,
      hint: `If the columns are wrong, please save the file with a semicolon as the delimiter (Excel: “CSV (Comma delimited)”) and use no ${name(p['rival'])} in column names.`,
    };
  },
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
  'boundaries.invalidJson': (p) => ({
    message: `The boundary file is not valid JSON${JSON_AT(p)}.`,
    hint: `Please export it again as GeoJSON or TopoJSON. ${EXPORT_HINT}`,
  }),
  'boundaries.brokenTopology': () => ({
    message: 'The TopoJSON file is damaged: its arcs or objects cannot be assembled into areas.',
    hint: EXPORT_HINT,
  }),
  'boundaries.notGeoJson': () => ({
    message: 'The file is JSON, but neither GeoJSON (FeatureCollection) nor TopoJSON.',
    hint: `Please supply the areas as a GeoJSON FeatureCollection with a property “AGS” per area. ${EXPORT_HINT}`,
  }),
  'boundaries.notFeature': (p) => ({
    message: `Object no. ${p['n']} of the boundary file is not a GeoJSON feature and is not used.`,
    hint: `Each element of “features” must be an object with “type”: “Feature”, “properties” and “geometry”. ${EXPORT_HINT}`,
  }),
  'boundaries.noKey': (p) => ({
    message: `Area no. ${p['n']} has no property “ags”, “AGS”, “RS” or “ARS” and is not used.`,
    hint: 'Each area needs its official municipality key (8 digits) or Kreis key (5 digits) as the property “AGS”.',
  }),
  'boundaries.badKey': (p, of) =>
    of && { message: `Area no. ${p['n']}: ${of.message} It is not used.`, hint: of.hint },
  'boundaries.notArea': (p) => ({
    message: `Area ${p['ags']} (no. ${p['n']}) ${p['type'] ? `is not an area but of type ${q(p['type'])}` : 'is not an area but empty'}; it is not used.`,
    hint: 'Only polygons and multipolygons are areas. Please leave out points or lines.',
  }),
  'boundaries.badShape': (p) => ({
    message: `Area ${p['ags']} (no. ${p['n']}) ${SHAPES[String(p['shape'])] ?? 'has invalid coordinates'}; it is not used.`,
    hint: `Please export the area again. ${EXPORT_HINT}`,
  }),
  'boundaries.projected': (p) => ({
    message: `Area ${p['ags']} has coordinates in metres (e.g. UTM or Gauß-Krüger), not in degrees; it is not used.`,
    hint: EXPORT_HINT,
  }),
  'boundaries.duplicate': (p) => ({
    message: `The area ${p['ags']} appears more than once; only the first is used.`,
    hint: 'Please merge the parts of a Gemeinde into one multipolygon (QGIS: Vector → Geoprocessing Tools → Dissolve).',
  }),
  'boundaries.converted': (p) => ({
    message: `${p['n']} ${Number(p['n']) === 1 ? 'key was' : 'keys were'} converted (Regionalschlüssel or a missing leading zero), e.g. 059700040040 → 05970040.`,
    hint: 'Nothing to do; for clarity the file can carry a property “AGS” with 8 digits.',
  }),
  'boundaries.noneUsable': () => ({
    message: 'No area in the file is usable; the map keeps showing the built-in areas.',
    hint: 'Please fix the individual messages about this file.',
  }),
  'deck.invalidJson': (p) => ({
    message: `${p['file']} is not valid JSON${JSON_AT(p)}; the presentation is not loaded.`,
    hint: 'Please create the file again on the “Presentation” page or repair it with a JSON validator.',
  }),
  'deck.noSlides': (p) => ({
    message: `${p['file']} contains no list “folien”.`,
    hint: 'Expected: { "folien": [ { "titel": …, "ansicht": "#/karte?…", "notizen": … } ] }.',
  }),
  'deck.notObject': (p) => ({
    message: `Slide ${p['slide']}: the entry is not an object; the slide is not shown.`,
    hint: 'Each slide is an object like { "art": "karte", "titel": …, "ansicht": "#/karte?…" }.',
  }),
  'deck.badView': (p) => ({
    message: `Slide ${p['slide']}: the view ${q(p['view'])} is not a page of the dashboard; the slide is not shown.`,
    hint: 'Allowed are #/, #/karte, #/zeitleiste and #/verteilung with their parameters. The easiest way is to create the slide again in the dashboard with “Add to presentation”.',
  }),
  'deck.kindMismatch': (p) => ({
    message: `Slide ${p['slide']}: the kind (“art”) ${q(p['kind'])} does not match the view ${p['page']}; the slide is shown as ${q(p['shown'])}.`,
    hint: `Allowed are ${p['kinds']}; “vorschlag” and “rechnung” belong to the view #/verteilung.`,
  }),
  'deck.unknownKind': (p) => ({
    message: `Slide ${p['slide']}: there is no kind (“art”) ${q(p['kind'])}; the slide is shown as ${q(p['shown'])}.`,
    hint: `Allowed are ${p['kinds']}; “vorschlag” and “rechnung” belong to the view #/verteilung.`,
  }),
  'deck.bulletNotText': (p) => ({
    message: `Slide ${p['slide']}: a bullet point is not text and is not shown.`,
    hint: 'Write the bullet points as a list of texts: "punkte": ["Erstens", "Zweitens"].',
  }),
  'deck.tooManyBullets': (p) => ({
    message: `Slide ${p['slide']}: the slide has ${p['n']} bullet points; the first ${p['max']} are shown, the others stay in the file and in the notes.`,
    hint: `At most ${p['max']} bullet points per slide fit legibly on the screen; split them across two slides.`,
  }),
  'deck.longAnnotation': (p) => ({
    message: `Slide ${p['slide']}: the annotation has ${p['n']} characters; on the slide it wraps.`,
    hint: `An annotation in the chart should have at most ${p['max']} characters.`,
  }),
  'bundle.notRead': (p) => ({
    message: `${q(p['name'])} in the zip file is not read (not a CSV, JSON or GeoJSON file).`,
    hint: 'Nothing to do if the file does not belong to the dataset.',
  }),
  'bundle.bomb': (p) => ({
    message: `${q(p['name'])} would unpack from ${p['packed']} to ${p['size']} (${Number(p['ratio']).toLocaleString('en-GB')} times); that is not a table but probably a zip bomb. The file is not unpacked.`,
    hint: BUNDLE_HINT,
  }),
  'bundle.tooLarge': (p) => ({
    message: `${q(p['name'])} is ${p['size']} unpacked; at most ${p['limit']} per file are possible. The file is not unpacked.`,
    hint: BUNDLE_HINT,
  }),
  'bundle.unreadable': (p) => ({
    message: `${q(p['name'])} is not a readable zip file (damaged, encrypted or packed in another format).`,
    hint: 'Please create the bundle again (Data → “Whole dataset as a bundle (.zip)”) or upload the CSV files one by one.',
  }),
  'bundle.tooManyEntries': (p) => ({
    message: `The zip file contains more than ${p['max']} files; a dataset has at most eight. It is not read.`,
    hint: ZIP_HINT,
  }),
  'bundle.tooLargeTotal': (p) => ({
    message: `Unpacked, the zip file is larger than ${p['limit']}. It is not read.`,
    hint: ZIP_HINT,
  }),
  'bundle.empty': (p) => ({
    message: `${q(p['name'])} in the zip file is empty and is not read.`,
    hint: 'Please check whether the file was saved completely when it was packed.',
  }),
  'xlsx.unreadable': (p) => ({
    message: `${q(p['name'])} is not a readable Excel workbook (damaged, protected by a password or an older .xls file).`,
    hint: XLSX_SAVE_HINT,
  }),
  'xlsx.bomb': (p) => ({
    message: `${q(p['name'])}: the part ${q(p['part'])} would unpack from ${p['packed']} to ${p['size']} (${Number(p['ratio']).toLocaleString('en-GB')} times); that is not a workbook but probably a zip bomb. It is not read.`,
    hint: 'Please open the workbook in Excel and save it again, or upload the tables as CSV.',
  }),
  'xlsx.tooLarge': (p) => ({
    message: `${q(p['name'])}: the part ${q(p['part'])} is ${p['size']} unpacked; at most ${p['limit']} are possible. The workbook is not read.`,
    hint: XLSX_SPLIT_HINT,
  }),
  'xlsx.tooLargeTotal': (p) => ({
    message: `Unpacked, ${q(p['name'])} is larger than ${p['limit']}. The workbook is not read.`,
    hint: XLSX_SPLIT_HINT,
  }),
  'xlsx.tooManySheets': (p) => ({
    message: `${q(p['name'])} has ${p['n']} sheets; at most ${p['max']} are possible. The workbook is not read.`,
    hint: 'Please keep only the sheets of the dataset in the workbook.',
  }),
  'xlsx.hiddenSheet': (p) => ({
    message: `The sheet ${q(p['sheet'])} is hidden and is not read.`,
    hint: 'Nothing to do if the sheet does not belong to the dataset; otherwise unhide it in Excel (right-click a sheet tab → Unhide) and upload again.',
  }),
  'xlsx.sheetNotRead': (p) => ({
    message: `The sheet ${q(p['sheet'])} is not read: neither its name nor its header matches one of the tables (${p['expected']}).`,
    hint: 'Nothing to do if the sheet does not belong to the dataset; otherwise name the sheet like the table (e.g. stellen) or use the column names of the template.',
  }),
  'xlsx.noTable': (p) => ({
    message: `No sheet of ${q(p['name'])} matches one of the tables (${p['expected']}).`,
    hint: 'Please name the sheets like the tables (e.g. stellen) or use the template (Data → template as Excel workbook).',
  }),
  'xlsx.errorValue': (p) => ({
    message: `The cell ${p['cell']} holds the Excel error value ${q(p['value'])} (a formula could not be calculated); it is read as empty.`,
    hint: 'Please correct the formula in Excel or enter the value directly.',
  }),
  'xlsx.formulaNoValue': (p) => ({
    message: `The cell ${p['cell']} holds a formula without a stored result; it is read as empty.`,
    hint: 'Please open the workbook in Excel, let it recalculate and save it, or enter the value directly.',
  }),
  'xlsx.tooManyColumns': (p) => ({
    message: `There are values to the right of column ${p['last']} (from row ${p['line']}); they are not read.`,
    hint: `A table has at most ${p['max']} columns; please move the values into the template's columns or delete the columns.`,
  }),
  'xlsx.sheetTooLarge': (p) => ({
    message: `As text, the sheet is larger than ${p['limit']}; only the rows up to ${p['line']} are read.`,
    hint: XLSX_SPLIT_HINT,
  }),
};

/** Keys of cell readings whose Fehler the validation completes with “the row is not used”. */
const CELL_KEYS = /^(number|date|ags|baustein|enum)\./;

const MANY: Record<Severity, string> = { Fehler: 'errors', Warnung: 'warnings', Hinweis: 'notes' };

/** `embedded`: a reading inside another text (TextKey.of), without the row's ending. */
function render(text: TextKey, severity: Severity, embedded = false): EnglishText | null {
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
  const of = text.of ? render(text.of, severity, true) : null;
  if (text.of && !of) return null;
  const p = text.params ?? {};
  let t = make(p, of);
  if (!t) return null;
  // A file the loader could not fetch: its status, as the German text has it (loader.ts).
  if (p['status'] !== undefined)
    t = { ...t, message: `${t.message.replace(/\.$/, '')} (${STATUS(p['status'])}).` };
  return severity === 'Fehler' && !embedded && CELL_KEYS.test(text.key)
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
