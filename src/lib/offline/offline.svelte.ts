import { createContext } from 'svelte';
import { absoluteUrl } from '../data/loader.ts';
import { GEO_URL } from '../geo/load-geo.ts';
import { dataUrlsToKeep, GEO_CACHE, DATA_CACHE } from './offline-urls.ts';

/**
 * Where offline use stands: no service worker (development, old browser),
 * being prepared, ready, or a new version waiting for a click.
 */
export type OfflineStatus = 'none' | 'preparing' | 'ready' | 'incomplete' | 'update';

/** The service worker and the "offline bereit" indicator's state; one per dashboard. */
export class Offline {
  status = $state<OfflineStatus>('none');
  /** The browser's own idea of the network (a connected Wi-Fi without internet still counts as online). */
  online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
  #update: ((reload?: boolean) => Promise<void>) | null = null;
  /** An active worker with the app shell cached: only then may data be kept and "bereit" shown. */
  #shell = false;

  /** Registers the service worker (built app only) and caches what this page already loaded. */
  async start(): Promise<void> {
    addEventListener('online', () => (this.online = true));
    addEventListener('offline', () => (this.online = false));
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    this.status = 'preparing';
    try {
      // Loaded after the first page: the Übersicht does not wait for offline support.
      const { registerSW } = await import('virtual:pwa-register');
      this.#update = registerSW({
        immediate: true,
        onNeedRefresh: () => (this.status = 'update'),
        onRegisterError: () => (this.status = 'incomplete'),
      });
      const registration = await navigator.serviceWorker.ready;
      // Claim "offline bereit" only with an active worker whose app-shell cache exists.
      const shell = (await caches.keys()).some((k) => k.startsWith('workbox-precache'));
      if (!registration.active || !shell) {
        this.status = 'incomplete';
        return;
      }
      this.#shell = true;
      await this.warm();
    } catch {
      if (this.status === 'preparing') this.status = 'incomplete';
    }
  }

  /**
   * Puts the dataset and geodata files this page fetched before the service
   * worker controlled it (the first visit) into the worker's caches, plus the
   * NRW map geometry, so a reload without network shows the same data.
   */
  async warm(): Promise<void> {
    // Before the worker is active there is nothing to fill yet.
    if (!this.#shell || this.status === 'update') return;
    const geo = absoluteUrl(GEO_URL, location.href);
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    const urls = dataUrlsToKeep(fetched, location.href, [
      `${geo}nrw.topo.json`,
      `${geo}gebiete-05.json`,
    ]);
    try {
      const [data, geoCache] = await Promise.all([caches.open(DATA_CACHE), caches.open(GEO_CACHE)]);
      for (const url of urls) {
        const cache = url.includes('/data/geo/') ? geoCache : data;
        if (!(await cache.match(url))) await cache.add(url);
      }
      this.#settle('ready');
    } catch {
      this.#settle('incomplete');
    }
  }

  /** A waiting new version outranks every other state: its button must stay. */
  #settle(next: OfflineStatus): void {
    if (this.status !== 'update') this.status = next;
  }

  /** Activates the waiting new version and reloads (only on the user's click). */
  update(): void {
    // Reload once the new worker controls the page, however its update was found
    // (workbox-window reloads only for updates it found itself).
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    void this.#update?.(true);
  }
}

export const [getOffline, setOffline] = createContext<Offline>();
