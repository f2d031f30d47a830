import type { TextKey } from '../i18n/de.ts';
import { splitHash } from '../util/hash.ts';

/** The pages of the app, by hash path. */
export const ROUTES = [
  '/',
  '/karte',
  '/zeitleiste',
  '/verteilung',
  '/daten',
  '/praesentation',
  '/praesentation/vortrag',
  '/praesentation/referent',
  '/praesentation/unterlage',
] as const;
export type RoutePath = (typeof ROUTES)[number];

/** The pages in navigation order with the key of their name. */
export const NAV: readonly (readonly [RoutePath, TextKey])[] = [
  ['/', 'nav.overview'],
  ['/karte', 'nav.map'],
  ['/zeitleiste', 'nav.timeline'],
  ['/verteilung', 'nav.allocation'],
  ['/daten', 'nav.data'],
  ['/praesentation', 'nav.present'],
];

/** Parameters that hold across pages and travel with every link. */
export const GLOBAL_PARAMS = ['lang', 'heute', 'quelle'] as const;

/** A parsed hash: `#/karte?lang=en` → `{ path: '/karte', params }`; unknown paths keep their text. */
export interface Route {
  path: RoutePath | null;
  raw: string;
  params: URLSearchParams;
}

/** Parses `location.hash`; an empty hash is the Übersicht. */
export function parseHash(hash: string): Route {
  const { path, params } = splitHash(hash);
  return {
    path: (ROUTES as readonly string[]).includes(path) ? (path as RoutePath) : null,
    raw: path,
    params,
  };
}

/** A hash link to `path` that keeps the global parameters of `current`, plus `extra`. */
export function hrefFor(
  path: RoutePath,
  current: URLSearchParams,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  for (const key of GLOBAL_PARAMS) {
    const v = current.get(key);
    if (v) params.set(key, v);
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const q = params.toString();
  return `#${path}${q ? `?${q}` : ''}`;
}

/** The same page with one parameter changed (language switch, filters). */
export function hrefWith(route: Route, key: string, value: string): string {
  const params = new URLSearchParams(route.params);
  params.set(key, value);
  return `#${route.raw}?${params}`;
}
