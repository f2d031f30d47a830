import { strToU8, zipSync } from 'fflate';

/**
 * Generators for hostile inputs: each builds a file (or dataset) in memory,
 * so the attack suite needs no big files in the repository.
 */

export const STELLEN_HEADER = 'id;koerperschaft;baustein;traeger_typ;traeger;vzae;status;quelle';
export const TERMINE_HEADER = 'datum;art;koerperschaft;titel;quelle';

/** Markers the payloads set when they run: a test reads them and expects them unset. */
export const PWNED = ['__pwned', '__pwned2', '__pwned3'] as const;

/**
 * Text that would run if any view or export treated data as markup, a
 * formula, a URL or a calendar line: HTML and SVG event handlers, a script
 * tag that closes an attribute, a formula, a javascript: URL, and CR/LF with a
 * calendar line.
 */
export const PAYLOAD =
  `<img src=x onerror="window.__pwned=1">"'><script>window.__pwned2=1</script>` +
  `<svg onload="window.__pwned3=1"></svg>=HYPERLINK("https://boese.example","x")` +
  `\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:gefälscht`;

/** A CSV cell of the payload (quoted: it holds ; " and line breaks). */
export const payloadCell = (suffix = '') => `"${(PAYLOAD + suffix).replace(/"/g, '""')}"`;

/** stellen.csv whose every row has a Fehler (an unreadable VZÄ): `n` Fehler. */
export function manyErrors(n: number): string {
  const rows: string[] = [STELLEN_HEADER];
  for (let i = 0; i < n; i++) rows.push(`F${i};05970;2;kommune;Kreis;viel;besetzt;Test`);
  return `${rows.join('\n')}\n`;
}

/** termine.csv with `n` valid sessions over 20 years. */
export function manyTermine(n: number): string {
  const rows: string[] = [TERMINE_HEADER];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(2010, 0, 1) + (i % 7300) * 86_400_000);
    const day = `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
    rows.push(`${day};sitzung;05970;Sitzung ${i};Test`);
  }
  return `${rows.join('\n')}\n`;
}

/** stellen.csv with `extra` more columns than ours. */
export function manyColumns(extra: number): string {
  const names = Array.from({ length: extra }, (_, i) => `c${i}`);
  return `${STELLEN_HEADER};${names.join(';')}\nA;05970;2;kommune;Kreis;1;besetzt;Test;${names.join(';')}\n`;
}

/** stellen.csv of `n` posts, each citing a source of its own. */
export function manySources(n: number): string {
  const rows: string[] = [STELLEN_HEADER];
  for (let i = 0; i < n; i++)
    rows.push(`Q${i};05970;2;kommune;Kreis;0,1;besetzt;https://quelle${i}.example/artikel`);
  return `${rows.join('\n')}\n`;
}

/**
 * A zip bomb: a small zip whose directory declares an entry of 2.6 GiB (as a
 * 2.7 MB bomb does). Inflating it as declared would allocate 2.6 GiB.
 */
export function zipBomb(): Uint8Array {
  const zip = zipSync({ 'stellen.csv': new Uint8Array(1024 * 1024) }, { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const declared = 2.6 * 1024 ** 3;
  for (let i = 0; i + 4 <= zip.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, declared, true); // local header: size
    if (sig === 0x02014b50) view.setUint32(i + 24, declared, true); // central directory: size
  }
  return zip;
}

/** A FeatureCollection with one feature nested `depth` levels deep, one with `coordinates: 5`, one good. */
export function hostileGeojson(depth: number): string {
  const square = '[[[8.1,50.9],[8.15,50.9],[8.15,50.95],[8.1,50.95],[8.1,50.9]]]';
  const feature = (ags: string, coordinates: string) =>
    `{"type":"Feature","properties":{"AGS":"${ags}"},"geometry":{"type":"Polygon","coordinates":${coordinates}}}`;
  return `{"type":"FeatureCollection","features":[${[
    feature('05970004', `${'['.repeat(depth)}8,50${']'.repeat(depth)}`),
    feature('05970008', '5'),
    'null',
    feature('05970999', square),
  ].join(',')}]}`;
}

/**
 * A whole dataset with the payload in every text column of every table, and
 * one row per table with the payload in its typed columns too (a Fehler whose
 * report shows the value).
 */
export function payloadDataset(): Record<string, string> {
  const p = payloadCell;
  return {
    'manifest.json': JSON.stringify({
      titel: PAYLOAD,
      stand: '2026-12-01',
      dateien: [
        'stellen.csv',
        'regionen.csv',
        'termine.csv',
        'ausreisepflichtige.csv',
        'bevoelkerung.csv',
        'praesentation.json',
      ],
      quellen: [{ text: PAYLOAD, url: 'javascript:window.__pwned=1' }],
      lizenz: PAYLOAD,
    }),
    'stellen.csv': [
      'id;koerperschaft;baustein;funktion;einsatzgebiet;traeger_typ;traeger;vzae;status;szenario;quelle;beleg;anmerkung;' +
        p(' Spalte'),
      `${p(' id')};05970;2;${p()};${p(' Region')};frei;${p()};1,5;besetzt;Ist;${p()};presse;${p()};${p()}`,
      `S2;05970;1;${p()};;kommune;"=HYPERLINK(""https://boese.example"",""x"")";1;besetzt;${p(' Szenario')};javascript:window.__pwned=1;;${p()};${p()}`,
      `S3;${p()};${p()};;;kommune;x;${p()};${p()};Ist;;;;`,
    ].join('\r\n'),
    'regionen.csv': [
      'region;koerperschaft;gemeinden;quelle;anmerkung',
      `${p(' Region')};05970;05970004;${p()};${p()}`,
      `${p(' kaputt')};${p()};${p()};;`,
    ].join('\r\n'),
    'termine.csv': [
      'datum;bis;art;koerperschaft;gremium;titel;top;drucksache;bausteine;ergebnis;quelle;anmerkung',
      `01.12.2026;;sitzung;05970;${p()};${p()};${p()};${p()};2;beschlossen;${p()};${p()}`,
      `02.12.2026;;frist;05970;${p()};${p()};;;;;https://example.org/${encodeURIComponent(PAYLOAD)};${p()}`,
      `${p()};;${p()};05970;;${p()};;;${p()};;;`,
    ].join('\r\n'),
    'ausreisepflichtige.csv': [
      'stichtag;ags;anzahl;davon_geduldet;bezug;beleg;quelle;anmerkung',
      `31.07.2024;05970;663;;${p()};presse;${p()};${p()}`,
      `${p()};${p()};${p()};;;;;`,
    ].join('\r\n'),
    'bevoelkerung.csv': [
      'stichtag;ags;einwohner;basis;beleg;quelle;anmerkung',
      `31.12.2023;05970;270000;${p()};amtlich;${p()};${p()}`,
      `${p()};${p()};${p()};;;;`,
    ].join('\r\n'),
    'praesentation.json': JSON.stringify({
      folien: [
        { titel: PAYLOAD, ansicht: '#/', notizen: PAYLOAD },
        { titel: PAYLOAD, ansicht: 'javascript:window.__pwned=1', notizen: '' },
      ],
    }),
  };
}

/** The dataset as files to upload. */
export const asUpload = (files: Record<string, string | Uint8Array>) =>
  Object.entries(files).map(([name, body]) => ({
    name,
    mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv',
    buffer: Buffer.from(typeof body === 'string' ? strToU8(body) : body),
  }));
