import { createContext } from 'svelte';
import { absoluteUrl, buildChecked, loadDataset, type Loaded } from '../data/loader.ts';
import { loadStored, resetStored, saveDataset, type SaveResult } from '../data/store.ts';
import type { InputFile } from '../data/read-table.ts';
import type { CalendarEntry, Post } from '../data/types.ts';
import { DECK_FILE, deckJson, isDeckFile, type Slide } from '../data/deck.ts';
import { parseToday, todayInBerlin } from '../model/days.ts';
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
  /** When the dataset in use comes from the browser's storage: when it was saved. */
  stored = $state<{ savedAt: string; title: string } | null>(null);
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
    const result = await saveDataset(files, title);
    if (result.ok) {
      this.loaded = {
        ...loaded,
        dataset: { ...loaded.dataset, deck: [...slides] },
        origin: `Browser-Speicher (${title})`,
      };
      this.stored = { savedAt: result.savedAt, title };
    }
    return result;
  }

  /** Stores confirmed files (atomic swap in IndexedDB) and puts their dataset in use. */
  async adopt(candidate: Loaded, files: readonly InputFile[], title: string): Promise<SaveResult> {
    // Data of a foreign origin never becomes "the data in this browser" (it would lose its mark).
    if (this.loaded?.foreign) return { ok: false, message: foreignNotStored(this.loaded.foreign) };
    const result = await saveDataset(files, title);
    if (result.ok) {
      this.loaded = { ...candidate, origin: `Browser-Speicher (${title})` };
      this.stored = { savedAt: result.savedAt, title };
    }
    return result;
  }

  /** Forgets the stored dataset and loads the shipped one again. */
  async resetToShipped() {
    await resetStored();
    this.stored = null;
    await this.load();
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
      const saved = this.route.params.get('quelle') ? null : await loadStored();
      let loaded: Loaded;
      if (saved) {
        const { dataset, gazetteer } = await buildChecked(
          saved.files,
          absoluteUrl(GEO_URL, location.href),
          fetch,
          controller.signal,
        );
        loaded = { dataset, gazetteer, origin: `Browser-Speicher (${saved.title})` };
      } else {
        loaded = await loadDataset(
          check.url!,
          absoluteUrl(GEO_URL, location.href),
          fetch,
          controller.signal,
        );
        if (foreign) loaded = { ...loaded, foreign };
      }
      if (!controller.signal.aborted) {
        this.loaded = loaded;
        this.stored = saved ? { savedAt: saved.savedAt, title: saved.title } : null;
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
