import { LAND_NRW } from './ags.ts';

/** Names of all areas the geodata knows, by AGS; the file `data/geo/gebiete-*.json`. */
export interface GazetteerFile {
  /** Attribution line of the geodata. */
  quelle: string;
  /** 5-digit AGS → name (Kreise and kreisfreie Städte). */
  kreise: Record<string, string>;
  /** 8-digit AGS → name (Gemeinden). */
  gemeinden: Record<string, string>;
  /** 8-digit AGS of Gemeinden that are a Stadt (for labels like „Stadt Siegen“). */
  staedte: string[];
}

/** Look-up of area names; validation asks it whether an AGS exists. */
export interface Gazetteer {
  has(ags: string): boolean;
  name(ags: string): string | undefined;
  /** A KIM body's label: „Kreis Siegen-Wittgenstein“, „Stadt Aachen“, else the name or the code. */
  label(ags: string): string;
  /** True when the geodata covers this AGS's Land (NRW always; Germany when loaded). */
  covers(ags: string): boolean;
  /** The 8-digit AGS of all Gemeinden in a Kreis (or the Gemeinde itself for an 8-digit AGS). */
  gemeindenOf(ags: string): string[];
  /** All known areas, for search: AGS, name, level. */
  all(): { ags: string; name: string; level: 'gemeinde' | 'kreis' }[];
  /** AGS asked for whose Land is not covered: the loader then fetches all of Germany. */
  readonly uncovered: ReadonlySet<string>;
}

/** Builds a gazetteer from one or more files (NRW, optionally all of Germany). */
export function createGazetteer(files: readonly GazetteerFile[]): Gazetteer {
  const names = new Map<string, string>();
  const lands = new Set<string>();
  const towns = new Set<string>();
  for (const f of files) {
    for (const ags of f.staedte ?? []) towns.add(ags);
    for (const [ags, name] of Object.entries(f.kreise)) {
      names.set(ags, name);
      lands.add(ags.slice(0, 2));
    }
    for (const [ags, name] of Object.entries(f.gemeinden)) {
      names.set(ags, name);
      lands.add(ags.slice(0, 2));
    }
  }
  const byKreis = new Map<string, string[]>();
  for (const ags of names.keys())
    if (ags.length === 8)
      byKreis.set(ags.slice(0, 5), [...(byKreis.get(ags.slice(0, 5)) ?? []), ags]);
  const uncovered = new Set<string>();
  const covers = (ags: string) => ags === LAND_NRW || lands.has(ags.slice(0, 2));
  return {
    has: (ags) => {
      if (!covers(ags)) uncovered.add(ags);
      return ags === LAND_NRW || names.has(ags);
    },
    name: (ags) => (ags === LAND_NRW ? 'Nordrhein-Westfalen' : names.get(ags)),
    label: (ags) => {
      const name = ags === LAND_NRW ? 'Nordrhein-Westfalen' : names.get(ags);
      if (!name) return ags;
      return towns.has(ags) ? `Stadt ${name}` : name;
    },
    covers,
    gemeindenOf: (ags) =>
      ags.length === 8 ? (names.has(ags) ? [ags] : []) : (byKreis.get(ags) ?? []),
    all: () =>
      [...names].map(([ags, name]) => ({
        ags,
        name,
        level: ags.length === 8 ? ('gemeinde' as const) : ('kreis' as const),
      })),
    uncovered,
  };
}

/** The gazetteer is that of all Germany (a Gemeinde outside NRW, München, is known). */
export const beyondNrw = (g: Gazetteer): boolean => g.covers('09162000');
