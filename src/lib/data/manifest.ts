import { parseAgs } from './ags.ts';
import { parseGermanDate } from './dates.ts';
import { decodeBytes } from './decode.ts';
import type { Gazetteer } from './gazetteer.ts';
import { problemAt, type Problem } from './problem.ts';
import type { Manifest } from './types.ts';
import { jsonPosition } from './german-error.ts';

/** A dataset has at most eight files; a manifest naming more is not one of ours. */
export const MAX_FILES = 50;

/**
 * A name `dateien` may list: a file beside the manifest (or in problemzeilen/),
 * no path out of the folder, no address. Every viewer fetches each of them.
 */
export function isDatasetFileName(d: string): boolean {
  return /^(problemzeilen\/)?[^/\\:?#%]+$/i.test(d) && !/^\.|\/\./.test(d) && d.length <= 120;
}

/**
 * The manifest of a dataset that has none (just dropped CSVs): the app asks for
 * a title. A new object with new arrays each time: filling one dataset's
 * `fokus` or `quellen` must never leak into the next.
 */
export function emptyManifest(): Manifest {
  return {
    titel: null,
    stand: null,
    fokus: [],
    dateien: [],
    quellen: [],
    lizenz: null,
    kartenstil: null,
  };
}

/**
 * Where JSON.parse stopped, as text-key params (the English report's
 * counterpart of jsonPosition): `at` the character, else `near` the text; '' when unknown.
 */
export function jsonWhere(e: unknown): { at: number | ''; near: string } {
  const message = String((e as Error)?.message ?? '');
  const at = /position (\d+)/.exec(message);
  if (at) return { at: Number(at[1]), near: '' };
  const near = /(\.\.\.)?"(.{1,40})" is not valid JSON/.exec(message);
  return { at: '', near: near ? `${near[1] ? '…' : ''}${near[2]}` : '' };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Reads `manifest.json`. Broken JSON or wrong field types are problems with a
 * fix; whatever is readable is kept. Unknown fields are a Hinweis.
 */
export function parseManifest(
  file: string,
  bytes: Uint8Array,
  gazetteer: Gazetteer,
): { manifest: Manifest; problems: Problem[] } {
  const place = { table: 'manifest', file };
  const problems: Problem[] = [];
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    problems.push(
      problemAt(
        place,
        'Fehler',
        'manifest.json ist leer oder keine Textdatei.',
        'Bitte eine gültige manifest.json (siehe Vorlage) ablegen oder weglassen.',
        { text: { key: 'manifest.notText' } },
      ),
    );
    return { manifest: emptyManifest(), problems };
  }
  let json: unknown;
  try {
    json = JSON.parse(decoded.text);
  } catch (e) {
    problems.push(
      problemAt(
        place,
        'Fehler',
        `manifest.json ist kein gültiges JSON${jsonPosition(e)}.`,
        'Häufige Ursachen: fehlendes Komma, Komma nach dem letzten Eintrag, einfache statt doppelter Anführungszeichen.',
        { text: { key: 'manifest.invalidJson', params: jsonWhere(e) } },
      ),
    );
    return { manifest: emptyManifest(), problems };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.push(
      problemAt(
        place,
        'Fehler',
        'manifest.json muss ein Objekt { … } sein.',
        'Siehe Beispiel in DATA-FORMAT.md.',
        { text: { key: 'manifest.notObject' } },
      ),
    );
    return { manifest: emptyManifest(), problems };
  }
  const o = json as Record<string, unknown>;
  const known = ['titel', 'stand', 'fokus', 'dateien', 'quellen', 'lizenz', 'kartenstil'];
  for (const key of Object.keys(o).filter((k) => !known.includes(k)))
    problems.push(
      problemAt(
        place,
        'Hinweis',
        `Unbekanntes Feld „${key}“ in manifest.json wird nicht ausgewertet.`,
        `Bekannte Felder: ${known.join(', ')}.`,
        {
          column: key,
          text: { key: 'manifest.unknownField', params: { name: key, known: known.join(', ') } },
        },
      ),
    );

  const manifest: Manifest = {
    ...emptyManifest(),
    titel: str(o.titel),
    lizenz: str(o.lizenz),
    kartenstil: str(o.kartenstil),
  };
  if (!manifest.titel)
    problems.push(
      problemAt(
        place,
        'Warnung',
        'manifest.json nennt keinen Titel („titel“).',
        'Bitte einen Titel eintragen, z. B. „Kommunales Integrationsmanagement – Kreis Siegen-Wittgenstein“.',
        { column: 'titel', text: { key: 'manifest.noTitle' } },
      ),
    );
  const stand = str(o.stand);
  if (stand) {
    const d = parseGermanDate(stand, true);
    if (d.ok) manifest.stand = d.value.iso;
    else
      problems.push(
        problemAt(place, 'Warnung', `„stand“: ${d.message}`, d.hint, {
          column: 'stand',
          value: stand,
          text: { key: 'manifest.stand', ...(d.text ? { of: d.text } : {}) },
        }),
      );
  }
  if (o.fokus !== undefined) {
    const list = Array.isArray(o.fokus) ? o.fokus : [o.fokus];
    for (const item of list) {
      const r = parseAgs(String(item), { gemeinde: true, kreis: true, land: false });
      if (r.ok && gazetteer.has(r.value)) manifest.fokus.push(r.value);
      else
        problems.push(
          problemAt(
            place,
            'Warnung',
            `„fokus“: ${r.ok ? `AGS ${r.value} gibt es in den Gebietsdaten nicht` : r.message}.`,
            'Bitte 5- oder 8-stellige AGS als Text in eckigen Klammern angeben, z. B. ["05970"].',
            {
              column: 'fokus',
              value: String(item),
              text: r.ok
                ? { key: 'manifest.fokusUnknown', params: { ags: r.value } }
                : { key: 'manifest.fokusInvalid', ...(r.text ? { of: r.text } : {}) },
            },
          ),
        );
    }
  }
  if (o.dateien !== undefined) {
    if (Array.isArray(o.dateien) && o.dateien.every((d) => typeof d === 'string')) {
      for (const d of o.dateien as string[]) {
        if (isDatasetFileName(d) && manifest.dateien.length < MAX_FILES) manifest.dateien.push(d);
        else
          problems.push(
            problemAt(
              place,
              'Warnung',
              isDatasetFileName(d)
                ? `„dateien“ nennt mehr als ${MAX_FILES} Dateien; „${d.slice(0, 60)}“ und alle weiteren werden nicht geladen.`
                : `„dateien“: „${d.slice(0, 60)}“ ist kein Dateiname neben manifest.json und wird nicht geladen.`,
              'Bitte nur die Namen der Dateien im selben Ordner angeben, z. B. "stellen.csv".',
              {
                column: 'dateien',
                value: d.slice(0, 60),
                text: isDatasetFileName(d)
                  ? {
                      key: 'manifest.tooManyFiles',
                      params: { max: MAX_FILES, name: d.slice(0, 60) },
                    }
                  : { key: 'manifest.badFileName', params: { name: d.slice(0, 60) } },
              },
            ),
          );
      }
    } else
      problems.push(
        problemAt(
          place,
          'Warnung',
          '„dateien“ muss eine Liste von Dateinamen sein.',
          'Beispiel: ["stellen.csv", "termine.csv"]',
          { column: 'dateien', text: { key: 'manifest.notList' } },
        ),
      );
  }
  if (o.quellen !== undefined) {
    const list = Array.isArray(o.quellen) ? o.quellen : [];
    for (const q of list) {
      if (typeof q === 'string' && q.trim()) manifest.quellen.push({ text: q.trim(), url: '' });
      else if (q && typeof q === 'object' && str((q as Record<string, unknown>).text))
        manifest.quellen.push({
          text: str((q as Record<string, unknown>).text)!,
          url: str((q as Record<string, unknown>).url) ?? '',
        });
      else
        problems.push(
          problemAt(
            place,
            'Warnung',
            'Ein Eintrag in „quellen“ hat keinen Text.',
            'Format: { "text": "…", "url": "…" }',
            { column: 'quellen', text: { key: 'manifest.sourceNoText' } },
          ),
        );
    }
  }
  return { manifest, problems };
}
