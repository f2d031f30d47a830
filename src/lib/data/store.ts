import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Dataset } from './dataset.ts';
import type { InputFile } from './read-table.ts';
import { appendAll } from '../util/no-spread.ts';

/**
 * The shape of a stored validated dataset (`Dataset` and its records). Bump it
 * whenever a record type or the validation rules change: a start then finds
 * the stored form outdated and validates the stored files again, once.
 */
export const BUILT_SCHEMA = 1;

/** A dataset as validated, stored beside its files so that a start need not validate again. */
export interface BuiltDataset {
  dataset: Dataset;
  /** Checked against the gazetteer of all of Germany (not only NRW). */
  germany: boolean;
}

/** The big lists of a Dataset, stored in parts: no single read or write blocks the page long. */
const LISTS = ['posts', 'regions', 'events', 'obliged', 'population'] as const;
type ListName = (typeof LISTS)[number];
/** Records per stored part: reading one takes a few milliseconds, not a second. */
export const PART_SIZE = 5_000;

/** The head of a stored validated dataset: everything but the lists, and how many parts each has. */
interface BuiltHead {
  key: string;
  id: string;
  schema: number;
  savedAt: string;
  title: string;
  germany: boolean;
  rest: Omit<Dataset, ListName>;
  parts: Record<ListName, number>;
}

/** One part of a list: `key` is `<id>|<list>|<n>`. */
interface BuiltPart {
  key: string;
  records: unknown[];
}

/** A dataset as the staff member confirmed it: the original files, so nothing is lost. */
export interface StoredVersion {
  id: string;
  savedAt: string;
  title: string;
  files: InputFile[];
}

/** Key figures of a version, to tell versions apart in the list. */
export interface VersionFigures {
  /** Rows used per table. */
  rows: Record<string, number>;
  /** VZÄ of the Ist posts that are not entfallen. */
  fte: number;
  /** Rows with a Fehler, kept as typed. */
  held: number;
}

/** A version without its files: what the list on the Daten page shows. */
export interface VersionInfo {
  id: string;
  /** Order of confirmation, counted in the transaction (times of two tabs may tie). */
  seq: number;
  savedAt: string;
  title: string;
  files: string[];
  figures: VersionFigures;
}

/** Which version is in use (`null`: the shipped data), and which one was before it. */
interface Pointer {
  key: 'current';
  id: string | null;
  savedAt: string;
  /** The version in use before the last change (`null`: the shipped data); `undefined`: nothing to undo. */
  previous?: string | null;
}

interface KimDb extends DBSchema {
  versions: { key: string; value: StoredVersion };
  infos: { key: string; value: VersionInfo };
  meta: { key: string; value: Pointer };
  built: { key: string; value: BuiltHead | BuiltPart };
}

const DB_NAME = 'kim-dashboard';
/** Confirmed versions kept (besides the one in use and the one before it). */
export const KEEP_VERSIONS = 10;

function open(): Promise<IDBPDatabase<KimDb>> {
  return openDB<KimDb>(DB_NAME, 3, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('versions', { keyPath: 'id' });
        db.createObjectStore('meta', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        const infos = db.createObjectStore('infos', { keyPath: 'id' });
        // Versions of the first schema get their list entry (figures unknown until loaded).
        let seq = 0;
        for (const v of await tx.objectStore('versions').getAll())
          await infos.put({
            id: v.id,
            seq: ++seq,
            savedAt: v.savedAt,
            title: v.title,
            files: v.files.map((f) => f.name),
            figures: { rows: {}, fte: 0, held: 0 },
          });
      }
      // Versions stored before keep their files only; a start validates them again.
      if (oldVersion < 3) db.createObjectStore('built', { keyPath: 'key' });
    },
  });
}

/** Result of a change: ok, or a German message that says what to do (`stale`: another tab was first). */
export type SaveResult =
  | { ok: true; id: string | null; savedAt: string }
  | { ok: false; message: string; stale?: boolean };

const STALE =
  'In einem anderen Tab oder Fenster wurde inzwischen ein anderer Datensatz übernommen. Diese Änderung beruht auf dem alten Stand und wird deshalb nicht gespeichert. Bitte die Seite neu laden und die Dateien erneut prüfen.';

const failure = (e: unknown): SaveResult => ({
  ok: false,
  message:
    (e as Error)?.name === 'QuotaExceededError'
      ? 'Der Browser hat das Speichern abgelehnt: Der Speicherplatz ist voll. Der bisherige Datensatz bleibt in Gebrauch.'
      : 'Speichern im Browser nicht möglich. Der bisherige Datensatz bleibt in Gebrauch. Im privaten Modus speichern manche Browser nichts; bitte in einem normalen Fenster erneut versuchen.',
});

class Stale extends Error {}

const newestFirst = (a: Pick<VersionInfo, 'seq'>, b: Pick<VersionInfo, 'seq'>) => b.seq - a.seq;

type Tx = IDBPTransaction<KimDb, ('versions' | 'infos' | 'meta' | 'built')[], 'readwrite'>;

/** All keys of one version's stored validated form (its head and its parts). */
const builtKeys = (id: string) => IDBKeyRange.bound(id, `${id}|\uffff`);

/** A new version id: sortable by time, unique across tabs. */
function newId(): string {
  // getRandomValues works on plain-http intranet hosts too (randomUUID needs a secure context).
  const random = [...crypto.getRandomValues(new Uint8Array(4))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
  return `v${Date.now().toString().padStart(15, '0')}-${random}`;
}

/**
 * Moves the pointer in one transaction, if it still points where the caller
 * saw it (`expected`): compare-and-swap, so a tab whose view is older never
 * overwrites a newer choice. `write` adds what else belongs to the change.
 * Deletes only versions beyond the newest KEEP_VERSIONS that are older than
 * the one replaced, never the one in use or the one before it.
 */
async function swap(
  expected: string | null,
  target: string | null,
  write?: (tx: Tx, seq: number) => Promise<void>,
): Promise<SaveResult> {
  const db = await open();
  try {
    const tx = db.transaction(['versions', 'infos', 'meta', 'built'], 'readwrite', {
      durability: 'strict',
    });
    const meta = tx.objectStore('meta');
    const pointer = await meta.get('current');
    const current = pointer?.id ?? null;
    if (current !== expected) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Stale();
    }
    // One read of the list: the order number of a new version and the trimming both come from it.
    const infos: Pick<VersionInfo, 'id' | 'seq'>[] = await tx.objectStore('infos').getAll();
    if (write) {
      const seq = infos.reduce((m, i) => Math.max(m, i.seq ?? 0), 0) + 1;
      await write(tx, seq);
      infos.push({ id: target!, seq });
    } else if (target !== null && !infos.some((i) => i.id === target)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, message: 'Diese Version gibt es im Browser nicht mehr.' };
    }
    const savedAt = new Date().toISOString();
    await meta.put({ key: 'current', id: target, savedAt, previous: current });
    // Replacing the shipped data: every version is older than it, as far as trimming goes.
    const replaced = current === null ? Infinity : (infos.find((i) => i.id === current)?.seq ?? 0);
    const keep = new Set(
      infos
        .sort(newestFirst)
        .slice(0, KEEP_VERSIONS)
        .map((i) => i.id),
    );
    for (const info of infos)
      if (!keep.has(info.id) && info.id !== target && info.id !== current && info.seq < replaced) {
        await tx.objectStore('versions').delete(info.id);
        await tx.objectStore('infos').delete(info.id);
        await tx.objectStore('built').delete(builtKeys(info.id));
      }
    await tx.done;
    return { ok: true, id: target, savedAt };
  } finally {
    db.close();
  }
}

/**
 * Saves a confirmed dataset as a new version and puts it in use, in one
 * transaction (strict durability): (1) check free space, (2) compare the
 * version in use with `expected` — the one the preview was computed against —
 * and refuse when another tab changed it, (3) write the version and its list
 * entry (and, when given, the validated dataset in parts), flip the pointer,
 * trim old versions. A failure at any step leaves the previous dataset in
 * use and stored.
 */
export async function saveDataset(
  files: readonly InputFile[],
  title: string,
  expected: string | null,
  figures: VersionFigures,
  built?: BuiltDataset,
): Promise<SaveResult> {
  const size = files.reduce((s, f) => s + f.bytes.byteLength, 0);
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    if (
      estimate?.quota !== undefined &&
      estimate.usage !== undefined &&
      estimate.quota - estimate.usage < size * 3
    )
      return {
        ok: false,
        message: `Zu wenig Speicherplatz im Browser: frei sind etwa ${Math.round((estimate.quota - estimate.usage) / 1024)} KB, gebraucht werden etwa ${Math.round((size * 3) / 1024)} KB. Bitte Speicher freigeben (Browserdaten anderer Seiten löschen) oder den Datensatz als Ordner neben der Anwendung veröffentlichen.`,
      };
    const id = newId();
    const savedAt = new Date().toISOString();
    const result = await swap(expected, id, async (tx, seq) => {
      await tx.objectStore('versions').put({
        id,
        savedAt,
        title,
        files: files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
      });
      await tx.objectStore('infos').put({
        id,
        seq,
        savedAt,
        title,
        files: files.map((f) => f.name),
        figures,
      });
      if (built) await writeBuilt(tx, id, savedAt, title, built);
    });
    void globalThis.navigator?.storage?.persist?.();
    return result;
  } catch (e) {
    return e instanceof Stale ? { ok: false, message: STALE, stale: true } : failure(e);
  }
}

/** Puts an earlier version (or, with `null`, the shipped data) in use again; compare-and-swap as above. */
export async function restoreVersion(
  id: string | null,
  expected: string | null,
): Promise<SaveResult> {
  try {
    return await swap(expected, id);
  } catch (e) {
    return e instanceof Stale ? { ok: false, message: STALE, stale: true } : failure(e);
  }
}

/** The version in use and the one before it (for "Rückgängig"); nothing stored: shipped, no undo. */
export async function currentPointer(): Promise<{
  id: string | null;
  previous: string | null | undefined;
}> {
  try {
    const db = await open();
    const pointer = await db.get('meta', 'current');
    db.close();
    return { id: pointer?.id ?? null, previous: pointer?.previous };
  } catch {
    return { id: null, previous: undefined };
  }
}

/** The stored dataset in use, if any. A load never deletes anything. */
export async function loadStored(): Promise<StoredVersion | null> {
  try {
    const db = await open();
    const pointer = await db.get('meta', 'current');
    const version = pointer?.id ? ((await db.get('versions', pointer.id)) ?? null) : null;
    db.close();
    return version;
  } catch {
    return null;
  }
}

/** One stored version with its files (to download it as a bundle). */
export async function loadVersion(id: string): Promise<StoredVersion | null> {
  try {
    const db = await open();
    const version = (await db.get('versions', id)) ?? null;
    db.close();
    return version;
  } catch {
    return null;
  }
}

/** The stored versions, newest first, without their files. */
export async function listVersions(): Promise<VersionInfo[]> {
  try {
    const db = await open();
    const infos = await db.getAll('infos');
    db.close();
    return infos.sort(newestFirst);
  } catch {
    return [];
  }
}

/** Writes a validated dataset in parts; each put is its own short piece of work. */
async function writeBuilt(
  tx: Tx,
  id: string,
  savedAt: string,
  title: string,
  { dataset, germany }: BuiltDataset,
): Promise<void> {
  const store = tx.objectStore('built');
  const parts = {} as Record<ListName, number>;
  for (const list of LISTS) {
    const records = dataset[list] as readonly unknown[];
    parts[list] = Math.ceil(records.length / PART_SIZE);
    for (let n = 0; n < parts[list]; n++)
      await store.put({
        key: `${id}|${list}|${n}`,
        records: records.slice(n * PART_SIZE, (n + 1) * PART_SIZE),
      });
  }
  const rest = { ...dataset } as Partial<Dataset>;
  for (const list of LISTS) delete rest[list];
  await store.put({
    key: id,
    id,
    schema: BUILT_SCHEMA,
    savedAt,
    title,
    germany,
    rest: rest as Omit<Dataset, ListName>,
    parts,
  });
}

/** A stored validated dataset with the facts of its version. */
export interface LoadedBuilt extends BuiltDataset {
  id: string;
  savedAt: string;
  title: string;
}

/**
 * The validated form of a stored version, read part by part (each read is a
 * short task, so a start with a million posts never blocks the page for long);
 * `null` when the version has none or one of an older schema.
 */
export async function loadBuilt(id: string): Promise<LoadedBuilt | null> {
  try {
    const db = await open();
    try {
      const head = (await db.get('built', id)) as BuiltHead | undefined;
      if (!head || head.schema !== BUILT_SCHEMA) return null;
      const lists = {} as Record<ListName, unknown[]>;
      for (const list of LISTS) {
        const all: unknown[] = [];
        for (let n = 0; n < head.parts[list]; n++) {
          const part = (await db.get('built', `${id}|${list}|${n}`)) as BuiltPart | undefined;
          if (!part) return null;
          appendAll(all, part.records);
        }
        lists[list] = all;
      }
      return {
        id,
        savedAt: head.savedAt,
        title: head.title,
        germany: head.germany,
        dataset: { ...head.rest, ...(lists as unknown as Pick<Dataset, ListName>) },
      };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** The version in use and its validated form, if stored (`null` when the shipped data is in use). */
export async function loadBuiltCurrent(): Promise<LoadedBuilt | null> {
  const { id } = await currentPointer();
  return id ? loadBuilt(id) : null;
}
