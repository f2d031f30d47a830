import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { InputFile } from './read-table.ts';

/** A dataset as the staff member confirmed it: the original files, so nothing is lost. */
export interface StoredVersion {
  id: string;
  savedAt: string;
  title: string;
  files: InputFile[];
}

interface KimDb extends DBSchema {
  versions: { key: string; value: StoredVersion };
  meta: { key: string; value: { key: string; id: string; savedAt: string } };
}

const DB_NAME = 'kim-dashboard';

function open(): Promise<IDBPDatabase<KimDb>> {
  return openDB<KimDb>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('versions', { keyPath: 'id' });
      db.createObjectStore('meta', { keyPath: 'key' });
    },
  });
}

/** Result of saving: ok, or a German message that says what to do. */
export type SaveResult = { ok: true; id: string; savedAt: string } | { ok: false; message: string };

/**
 * Saves a confirmed dataset with an atomic swap: (1) check free space,
 * (2) write the new version, (3) flip the `current` pointer in one
 * transaction with strict durability, (4) only then delete older versions.
 * A failure at any step leaves the previous dataset in use and stored.
 */
export async function saveDataset(files: readonly InputFile[], title: string): Promise<SaveResult> {
  const size = files.reduce((s, f) => s + f.bytes.byteLength, 0);
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (
      estimate?.quota !== undefined &&
      estimate.usage !== undefined &&
      estimate.quota - estimate.usage < size * 3
    )
      return {
        ok: false,
        message: `Zu wenig Speicherplatz im Browser: frei sind etwa ${Math.round((estimate.quota - estimate.usage) / 1024)} KB, gebraucht werden etwa ${Math.round((size * 3) / 1024)} KB. Bitte Speicher freigeben (Browserdaten anderer Seiten löschen) oder den Datensatz als Ordner neben der Anwendung veröffentlichen.`,
      };
    const db = await open();
    // getRandomValues works on plain-http intranet hosts too (randomUUID needs a secure context).
    const id = `v${Date.now()}-${[...crypto.getRandomValues(new Uint8Array(4))].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    const savedAt = new Date().toISOString();
    await db.put('versions', {
      id,
      savedAt,
      title,
      files: files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
    });
    const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
    await tx.store.put({ key: 'current', id, savedAt });
    await tx.done;
    for (const key of await db.getAllKeys('versions'))
      if (key !== id) await db.delete('versions', key);
    db.close();
    void navigator.storage?.persist?.();
    return { ok: true, id, savedAt };
  } catch (e) {
    const name = (e as Error).name;
    return {
      ok: false,
      message:
        name === 'QuotaExceededError'
          ? 'Der Browser hat das Speichern abgelehnt: Der Speicherplatz ist voll. Der bisherige Datensatz bleibt in Gebrauch.'
          : 'Speichern im Browser nicht möglich. Der bisherige Datensatz bleibt in Gebrauch. Im privaten Modus speichern manche Browser nichts; bitte in einem normalen Fenster erneut versuchen.',
    };
  }
}

/** The stored dataset, if any; leftover versions of an interrupted save are removed. */
export async function loadStored(): Promise<StoredVersion | null> {
  try {
    const db = await open();
    const pointer = await db.get('meta', 'current');
    const version = pointer ? ((await db.get('versions', pointer.id)) ?? null) : null;
    for (const key of await db.getAllKeys('versions'))
      if (key !== version?.id) await db.delete('versions', key);
    db.close();
    return version;
  } catch {
    return null;
  }
}

/** Forgets the stored dataset: the shipped data is used again. */
export async function resetStored(): Promise<void> {
  const db = await open();
  const tx = db.transaction(['meta', 'versions'], 'readwrite', { durability: 'strict' });
  await tx.objectStore('meta').clear();
  await tx.objectStore('versions').clear();
  await tx.done;
  db.close();
}
