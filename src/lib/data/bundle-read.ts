import { unzipSync, type UnzipFileInfo } from 'fflate';
import { HELD_FOLDER, heldTableOf } from './held-rows.ts';
import { LIMITS } from './limits.ts';
import { sizeText } from './size-text.ts';
import { problemAt, type Problem, type TextKey } from './problem.ts';
import type { InputFile } from './read-table.ts';

const USED = /\.(csv|json|geojson|topojson|txt|tsv|xlsx)$/i;
/** Entries every zip tool adds; not worth a message. */
const NOISE = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|~\$[^/]*$)/i;
const BIG_ENTRY = 1024 * 1024;

/**
 * The files of a bundle (zip), ready for `buildDataset`. Before anything is
 * unpacked, the zip's own directory is checked: number of entries, declared
 * size of each and of all, and how far each would expand. A zip bomb is one
 * Fehler and is never inflated; folders and unknown files are named, not
 * silently dropped. Nothing throws.
 */
export function readBundle(
  bytes: Uint8Array,
  zipName = 'bundle.zip',
): { files: InputFile[]; problems: Problem[] } {
  const place = { table: null, file: zipName };
  const problems: Problem[] = [];
  const fehler = (message: string, hint: string, text: TextKey, value: string | null = null) =>
    problems.push(problemAt(place, 'Fehler', message, hint, { value, text }));
  const accepted: string[] = [];
  let entries = 0;
  let total = 0;
  let refused = false;
  const filter = (f: UnzipFileInfo): boolean => {
    if (refused || f.name.endsWith('/') || NOISE.test(f.name)) return false;
    entries += 1;
    if (entries > LIMITS.zipEntries) {
      refused = true;
      return false;
    }
    if (!USED.test(f.name)) {
      problems.push(
        problemAt(
          place,
          'Hinweis',
          `„${f.name.slice(0, 120)}“ in der Zip-Datei wird nicht gelesen (keine CSV-, JSON- oder GeoJSON-Datei).`,
          'Nichts zu tun, wenn die Datei nicht zum Datensatz gehört.',
          {
            value: f.name.slice(0, 120),
            text: { key: 'bundle.notRead', params: { name: f.name.slice(0, 120) } },
          },
        ),
      );
      return false;
    }
    const tooBig = f.originalSize > LIMITS.fileBytes;
    const ratio = f.originalSize / Math.max(1, f.size);
    const bomb = f.originalSize > BIG_ENTRY && ratio > LIMITS.zipRatio;
    if (tooBig || bomb) {
      fehler(
        bomb
          ? `„${f.name.slice(0, 120)}“ würde sich von ${sizeText(f.size)} auf ${sizeText(f.originalSize)} entpacken (${Math.round(ratio).toLocaleString('de-DE')}-fach); das ist keine Tabelle, sondern vermutlich eine Zip-Bombe. Die Datei wird nicht entpackt.`
          : `„${f.name.slice(0, 120)}“ ist entpackt ${sizeText(f.originalSize)} groß; höchstens ${sizeText(LIMITS.fileBytes)} je Datei sind möglich. Die Datei wird nicht entpackt.`,
        'Bitte die Tabellen einzeln als CSV hochladen oder das Bündel neu über „Daten → Alles herunterladen“ erzeugen.',
        bomb
          ? {
              key: 'bundle.bomb',
              params: {
                name: f.name.slice(0, 120),
                packed: sizeText(f.size),
                size: sizeText(f.originalSize),
                ratio: Math.round(ratio),
              },
            }
          : {
              key: 'bundle.tooLarge',
              params: {
                name: f.name.slice(0, 120),
                size: sizeText(f.originalSize),
                limit: sizeText(LIMITS.fileBytes),
              },
            },
        f.name.slice(0, 120),
      );
      return false;
    }
    if (total + f.originalSize > LIMITS.totalBytes) {
      refused = true;
      return false;
    }
    total += f.originalSize;
    accepted.push(f.name);
    return true;
  };
  let unpacked: Record<string, Uint8Array>;
  try {
    unpacked = unzipSync(bytes, { filter });
  } catch {
    fehler(
      `„${zipName}“ ist keine lesbare Zip-Datei (beschädigt, verschlüsselt oder in einem anderen Format gepackt).`,
      'Bitte das Bündel neu erzeugen (Daten → Alles herunterladen) oder die CSV-Dateien einzeln hochladen.',
      { key: 'bundle.unreadable', params: { name: zipName } },
    );
    return { files: [], problems };
  }
  if (refused) {
    fehler(
      entries > LIMITS.zipEntries
        ? `Die Zip-Datei enthält mehr als ${LIMITS.zipEntries} Dateien; ein Datensatz hat höchstens acht. Sie wird nicht gelesen.`
        : `Die Zip-Datei ist entpackt größer als ${sizeText(LIMITS.totalBytes)}. Sie wird nicht gelesen.`,
      'Bitte nur die Dateien des Datensatzes packen oder die CSV-Dateien einzeln hochladen.',
      entries > LIMITS.zipEntries
        ? { key: 'bundle.tooManyEntries', params: { max: LIMITS.zipEntries } }
        : { key: 'bundle.tooLargeTotal', params: { limit: sizeText(LIMITS.totalBytes) } },
    );
    return { files: [], problems };
  }
  const files: InputFile[] = [];
  for (const name of accepted) {
    const data = Object.hasOwn(unpacked, name) ? unpacked[name] : undefined;
    if (!data || data.length === 0) {
      problems.push(
        problemAt(
          place,
          'Warnung',
          `„${name.slice(0, 120)}“ in der Zip-Datei ist leer und wird nicht gelesen.`,
          'Bitte prüfen, ob die Datei beim Packen vollständig gespeichert wurde.',
          {
            value: name.slice(0, 120),
            text: { key: 'bundle.empty', params: { name: name.slice(0, 120) } },
          },
        ),
      );
      continue;
    }
    // Folders are dropped, except the one of held rows (problemzeilen/stellen.csv is not stellen.csv).
    const base = name.replace(/^.*\//, '');
    files.push({ name: heldTableOf(name) ? `${HELD_FOLDER}/${base}` : base, bytes: data });
  }
  return { files, problems };
}
