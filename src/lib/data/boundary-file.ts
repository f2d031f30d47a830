import type { MultiPolygon, Polygon } from 'geojson';
import type { GazetteerFile } from './gazetteer.ts';
import type { InputFile } from './read-table.ts';

// The light half of custom boundaries: recognising a file and naming its areas.
// Reading the geometry (boundaries.ts, with topojson-client) loads only when a file is there.

/** One uploaded area: it replaces the built-in shape of the same AGS or adds a new one. */
export interface CustomArea {
  /** 8 digits (Gemeinde) or 5 (Kreis, kreisfreie Stadt). */
  ags: string;
  /** From `GEN`/`name`; `null` when the file names none (the built-in name is used). */
  name: string | null;
  geometry: Polygon | MultiPolygon;
}

/** A boundary file: `.geojson`/`.topojson`, or a `.json` whose start says FeatureCollection, Feature or Topology. */
export function isBoundaryFile(input: InputFile): boolean {
  if (/\.(geo|topo)json$/i.test(input.name)) return true;
  if (!/\.json$/i.test(input.name) || /(^|[\\/])manifest\.json$/i.test(input.name)) return false;
  const head = new TextDecoder().decode(input.bytes.subarray(0, 4096));
  return /"type"\s*:\s*"(FeatureCollection|Feature|Topology)"/.test(head);
}

/** The names of uploaded areas, for the gazetteer; an unnamed area keeps its built-in name (`known`). */
export function boundaryGazetteer(
  areas: readonly CustomArea[],
  quelle: string,
  known: (ags: string) => boolean,
): GazetteerFile {
  const file: GazetteerFile = { quelle, kreise: {}, gemeinden: {}, staedte: [] };
  for (const a of areas) {
    if (!a.name && known(a.ags)) continue;
    const target = a.ags.length === 5 ? file.kreise : file.gemeinden;
    target[a.ags] = a.name ?? a.ags;
  }
  return file;
}
