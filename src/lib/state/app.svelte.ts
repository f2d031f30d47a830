import { createContext } from 'svelte';
import { absoluteUrl, gazetteerOf, type Loaded } from '../data/loader.ts';
import { loadInWorker } from '../pipeline/load-client.ts';
import { beyondNrw } from '../data/gazetteer.ts';
import {
  currentPointer,
  loadBuilt,
  loadStored,
  restoreVersion,
  type LoadedBuilt,
  saveDataset,
  type SaveResult,
} from '../data/store.ts';
import { versionFigures } from '../data/version-figures.ts';
import type { InputFile } from '../data/read-table.ts';
import type { RunningCheck } from '../pipeline/check-client.ts';
import type { CalendarEntry, Post } from '../data/types.ts';
import { DECK_FILE, deckJson, isDeckFile, type Slide } from '../data/deck.ts';
import { parseToday, todayInBerlin } from '../util/days.ts';
import { parseHash, type Route } from './route.ts';
import { checkSource, trusted, type SourceCheck } from '../data/origins.ts';
import { ALLOWED_ORIGINS } from '../data/allowed-origins.ts';

/** Why data of a foreign host is not stored in the browser. */
const foreignNotStored = (host: string) =>
  `Daten von ${host} werden nicht im Browser gespeichert: Sie sind nicht die veröffentlichten Daten dieses Dashboards. Bitte zuerst die veröffentlichten Daten laden (Adresse ohne „quelle“).`;

/** sessionStorage key of the hosts this tab's viewer agreed to load data from. */
const CONSENT_KEY = 'kim-fremde-quellen';
const consented = (): string[] => {
  try {
    return JSON.parse(sessionStorage.getItem(CONSENT_KEY) ?? '[]') as string[];
  } catch {
    return [];
  }
};

/** Where the shipped dataset and geodata live, relative to the app. */
export const DEFAULT_DATA = './data/';
import { GEO_URL } from '../geo/load-geo.ts';
import { errorText } from '../data/error-text.ts';
export { GEO_URL };

/** App-wide state: the route from the URL hash and the dataset in use. */
export class AppState {
  route = $state<Route>(parseHash(''));
  loaded = $state.raw<Loaded | null>(null);
  error = $state<string | null>(null);
  loading = $state(false);
  /** Where the dataset in use was built: the load worker, the page (no module workers), or `null` (read in its validated form). */
  loadedInWorker = $state<boolean | null>(null);
  /** When the dataset in use comes from the browser's storage: which version, when saved. */
  stored = $state<{ id: string; savedAt: string; title: string } | null>(null);
  /**
   * The stored version this tab's view is based on (`null`: the shipped data).
   * Every change names it; the store refuses when another tab moved on.
   */
  version = $state<string | null>(null);
  /** "Rückgängig" is possible: the store knows the version in use before the last change. */
  canUndo = $state(false);
  #previous: string | null | undefined = undefined;
  /** Another tab changed the stored dataset: its title, until this tab reloads. */
  otherTab = $state<{ title: string } | null>(null);
  /** Bumped on every change of the stored versions (the version list reloads). */
  versionsChanged = $state(0);
  #channel: BroadcastChannel | null = null;
  /** The dataset object as read from (or written to) storage; in-memory additions make a new one. */
  #storedDataset: object | null = null;
  #controller: AbortController | null = null;
  #source: string | null = null;

  /** The dataset URL: `quelle=` in the hash, else the shipped data. */
  source = $derived(this.route.params.get('quelle') || DEFAULT_DATA);
  /** Whose data `source` is: own, allowed by the deployer, foreign (asks first) or refused. */
  sourceCheck = $derived<SourceCheck>(checkSource(this.source, location.href, ALLOWED_ORIGINS));
  /** A foreign host the viewer has not agreed to yet: nothing is loaded until they do. */
  pendingForeign = $state<string | null>(null);
  /** "Today" for countdowns: `heute=YYYY-MM-DD` pins it (tests, rehearsals), else Berlin's date. */
  today = $derived(parseToday(this.route.params.get('heute')) ?? todayInBerlin());
  todayPinned = $derived(parseToday(this.route.params.get('heute')) !== null);

  /**
   * The stored version the dataset in use is, unchanged (no entries added in
   * memory since): a check can then read it from storage instead of copying it.
   */
  storedIdInUse(): string | null {
    const loaded = this.loaded;
    return this.stored && loaded && !loaded.foreign && loaded.dataset === this.#storedDataset
      ? this.stored.id
      : null;
  }

  /** Follows the URL hash. */
  setHash(hash: string) {
    this.route = parseHash(hash);
    if (this.source !== this.#source) void this.load();
  }

  /** Adds entries (e.g. from an OParl import) to the dataset in use; the dataset stays immutable. */
  addEvents(entries: readonly CalendarEntry[]) {
    const loaded = this.loaded;
    if (!loaded || entries.length === 0) return;
    this.loaded = {
      ...loaded,
      dataset: { ...loaded.dataset, events: [...loaded.dataset.events, ...entries] },
    };
  }

  /** Replaces entries of the dataset in use (a re-import from OParl updated them). */
  updateEvents(changes: readonly { before: CalendarEntry; after: CalendarEntry }[]) {
    const loaded = this.loaded;
    if (!loaded || changes.length === 0) return;
    const after = (e: CalendarEntry) => changes.find((c) => c.before === e)?.after ?? e;
    this.loaded = {
      ...loaded,
      dataset: { ...loaded.dataset, events: loaded.dataset.events.map(after) },
    };
  }

  /** Adds posts (e.g. a scenario saved from the calculator) to the dataset in use. */
  addPosts(posts: readonly Post[]) {
    const loaded = this.loaded;
    if (!loaded || posts.length === 0) return;
    this.loaded = {
      ...loaded,
      dataset: { ...loaded.dataset, posts: [...loaded.dataset.posts, ...posts] },
    };
  }

  /**
   * Saves the presentation with the dataset: the stored files (or, for the
   * shipped dataset, its tables as exported) plus `praesentation.json`, as a
   * new stored version (atomic swap); on failure the deck in use is unchanged.
   * Saves run one after another, each `update` applied to the deck as the
   * previous save left it: a quick rename, note and reorder never overwrite
   * one another.
   */
  saveDeck(update: (deck: readonly Slide[]) => Slide[]): Promise<SaveResult> {
    const run = this.#deckSaves.then(() => this.#saveDeck(update));
    this.#deckSaves = run.catch(() => undefined);
    return run;
  }
  #deckSaves: Promise<unknown> = Promise.resolve();

  async #saveDeck(update: (deck: readonly Slide[]) => Slide[]): Promise<SaveResult> {
    const loaded = this.loaded;
    if (!loaded) return { ok: false, message: 'Kein Datensatz geladen.' };
    if (loaded.foreign) return { ok: false, message: foreignNotStored(loaded.foreign) };
    const slides = update(loaded.dataset.deck ?? []);
    const deckFile: InputFile = {
      name: DECK_FILE,
      bytes: new TextEncoder().encode(deckJson(slides)),
    };
    const saved = this.stored ? await loadStored() : null;
    // Lazily: the exporter (with its zip code) is not part of the first page.
    const { complementFiles } = await import('../data/export-tables.ts');
    const files = saved
      ? [...saved.files.filter((f) => !isDeckFile(f.name)), deckFile]
      : complementFiles({ ...loaded.dataset, deck: slides }, [deckFile]).files;
    const title = saved?.title ?? loaded.dataset.manifest.titel ?? 'Datensatz';
    const dataset = { ...loaded.dataset, deck: [...slides] };
    const result = await saveDataset(files, title, this.version, versionFigures(dataset), {
      dataset,
      germany: beyondNrw(loaded.gazetteer),
    });
    if (result.ok) {
      this.loaded = { ...loaded, dataset, origin: `Browser-Speicher (${title})` };
      this.#storedDataset = dataset;
      this.#changed(result.id, result.savedAt, title);
    }
    return result;
  }

  /**
   * Stores a checked upload as a new version and puts it in use. The check
   * stores it where it ran (the worker: files and validated dataset never
   * cross to the page); the page then reads the stored version part by part,
   * as at every start. `expected` is the version the preview was computed
   * against: when another tab confirmed something since, the store refuses
   * (nothing is overwritten).
   */
  async adopt(
    check: Pick<RunningCheck, 'save'>,
    title: string,
    expected: string | null = this.version,
  ): Promise<SaveResult> {
    // Data of a foreign origin never becomes "the data in this browser" (it would lose its mark).
    if (this.loaded?.foreign) return { ok: false, message: foreignNotStored(this.loaded.foreign) };
    const result = await check.save(title, expected);
    if (result.ok) {
      // The stored version is in use at once (as before a reload, also under `quelle=`).
      const built = result.id ? await loadBuilt(result.id) : null;
      if (built) {
        this.loaded = await this.#fromBuilt(built);
        this.loadedInWorker = null;
        this.#storedDataset = this.loaded.dataset;
      } else await this.load();
      this.#changed(result.id, result.savedAt, title);
    } else if (result.stale) this.otherTab ??= { title: '' };
    return result;
  }

  /** A stored validated dataset in use: only its gazetteer is made (no validation). */
  async #fromBuilt(built: LoadedBuilt, signal?: AbortSignal): Promise<Loaded> {
    const gazetteer = await gazetteerOf(
      absoluteUrl(GEO_URL, location.href),
      built.dataset,
      built.germany,
      fetch,
      signal,
    );
    return { dataset: built.dataset, gazetteer, origin: `Browser-Speicher (${built.title})` };
  }

  /** Puts the shipped dataset in use again; the stored versions stay (and "Rückgängig" returns). */
  resetToShipped(): Promise<SaveResult> {
    return this.restore(null);
  }

  /** "Rückgängig": the version in use before the last change. */
  undo(): Promise<SaveResult> {
    if (this.#previous === undefined)
      return Promise.resolve({ ok: false, message: 'Es gibt nichts rückgängig zu machen.' });
    return this.restore(this.#previous);
  }

  /** Puts a stored version (or, with `null`, the shipped data) in use. */
  async restore(id: string | null): Promise<SaveResult> {
    const result = await restoreVersion(id, this.version);
    if (result.ok) {
      this.#announce(id);
      await this.load();
    } else if (result.stale) this.otherTab ??= { title: '' };
    return result;
  }

  #changed(id: string | null, savedAt: string, title: string) {
    this.#previous = this.version;
    this.version = id;
    this.canUndo = true;
    this.stored = id ? { id, savedAt, title } : null;
    this.#announce(id, title);
  }

  /** Tells the other tabs of this app that the stored dataset changed. */
  #announce(id: string | null, title = '') {
    this.versionsChanged++;
    try {
      this.#channel?.postMessage({ type: 'changed', id, title });
    } catch {
      // A closed channel: the other tabs learn it on their next load.
    }
  }

  /** Listens for changes made in other tabs (the page calls it once; returns the stop). */
  listenToOtherTabs(): () => void {
    if (typeof BroadcastChannel === 'undefined') return () => {};
    const channel = new BroadcastChannel('kim-dashboard-daten');
    this.#channel = channel;
    channel.onmessage = (
      e: MessageEvent<{ type?: string; id?: string | null; title?: string }>,
    ) => {
      if (e.data?.type !== 'changed' || e.data.id === this.version) return;
      this.otherTab = { title: String(e.data.title ?? '') };
      this.versionsChanged++;
    };
    return () => {
      channel.close();
      this.#channel = null;
    };
  }

  /** The viewer agrees to load data from a foreign host in this tab (asked by name). */
  consentTo(host: string) {
    try {
      const hosts = consented();
      if (!hosts.includes(host)) hosts.push(host);
      sessionStorage.setItem(CONSENT_KEY, JSON.stringify(hosts));
    } catch {
      // Private mode: the consent holds for this load only.
    }
    this.pendingForeign = null;
    void this.load(host);
  }

  /** (Re)loads the dataset from `source`, cancelling a load still running. */
  async load(agreed: string | null = null) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#source = this.source;
    const check = this.sourceCheck;
    this.error = null;
    if (check.kind === 'refused') {
      this.loaded = null;
      this.error =
        check.reason === 'http'
          ? `Die Daten von ${check.host} werden nicht geladen: Fremde Datensätze kommen nur verschlüsselt (https), damit sie unterwegs niemand verändern kann. Bitte die https-Adresse verwenden oder den Parameter „quelle“ entfernen.`
          : `Die Adresse „${this.source.slice(0, 60)}“ wird nicht geladen: Datensätze kommen nur von http- oder https-Adressen, nie aus ${check.host}-Adressen. Bitte den Parameter „quelle“ entfernen oder auf einen veröffentlichten Datenordner zeigen.`;
      return;
    }
    const foreign = trusted(check.kind) ? null : check.host;
    if (foreign && foreign !== agreed && !consented().includes(foreign)) {
      this.loaded = null;
      this.pendingForeign = foreign;
      return;
    }
    this.pendingForeign = null;
    this.loading = true;
    try {
      // A dataset the staff confirmed in this browser wins over the shipped one (not over `quelle=`).
      const pointer = await currentPointer();
      const fromStore = !this.route.params.get('quelle') && pointer.id;
      // The validated form when the version has one of this schema (no validation at a start),
      // else its files, validated again; the published folder otherwise. Both are built in
      // the load worker, like an upload; the page makes only the gazetteer.
      const built = fromStore ? await loadBuilt(pointer.id!) : null;
      const geoUrl = absoluteUrl(GEO_URL, location.href);
      let loaded: Loaded;
      let saved: { id: string; savedAt: string; title: string } | null = null;
      if (built) {
        loaded = await this.#fromBuilt(built, controller.signal);
        saved = built;
        this.loadedInWorker = null;
      } else {
        const got =
          (fromStore ? await loadInWorker({ type: 'stored', geoUrl }, controller.signal) : null) ??
          (await loadInWorker({ type: 'folder', url: check.url!, geoUrl }, controller.signal))!;
        const gazetteer = await gazetteerOf(
          geoUrl,
          got.dataset,
          got.germany,
          fetch,
          controller.signal,
        );
        loaded = { dataset: got.dataset, gazetteer, origin: got.origin };
        if (foreign && !got.stored) loaded = { ...loaded, foreign };
        saved = got.stored;
        this.loadedInWorker = got.inWorker;
      }
      if (!controller.signal.aborted) {
        this.loaded = loaded;
        this.#storedDataset = saved ? loaded.dataset : null;
        this.stored = saved ? { id: saved.id, savedAt: saved.savedAt, title: saved.title } : null;
        this.version = saved?.id ?? pointer.id;
        this.#previous = pointer.previous;
        this.canUndo = pointer.previous !== undefined && !this.route.params.get('quelle');
        this.otherTab = null;
      }
    } catch (e) {
      if (!controller.signal.aborted) this.error = errorText(e, 'Das Laden des Datensatzes');
    } finally {
      if (this.#controller === controller) this.loading = false;
    }
  }
}

/** Typed context pair: the getter throws outside <App> (a programming error), the setter provides it. */
export const [getAppState, setAppState] = createContext<AppState>();
