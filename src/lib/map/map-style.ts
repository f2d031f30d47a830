import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';

/** Colours of the map chrome; the data colours come from the classification. */
export const MAP_COLORS = {
  background: '#e9edf1',
  gemeindeLine: '#8c939b',
  kreisLine: '#3b3f44',
  unitLine: '#000000',
  selected: '#ffbf00',
  hatchLine: '#8a8a8a',
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Our own style: boundaries on a plain background, no tiles, no glyphs
 * (labels are DOM markers), so the map works offline. Gemeinden are keyed by
 * `promoteId: 'ags'` so recolouring is a feature-state change, never a new
 * `setData`. Every Gemeinde sits on a hatch ("keine Angaben"); the colour fill
 * above is transparent where there is no value.
 */
export function mapStyle(
  gemeinden: FeatureCollection,
  kreise: FeatureCollection,
): StyleSpecification {
  const hasData = ['boolean', ['feature-state', 'hasData'], false];
  const selected = ['boolean', ['feature-state', 'selected'], false];
  return {
    version: 8,
    sources: {
      gemeinden: { type: 'geojson', data: gemeinden, promoteId: 'ags', tolerance: 0.3 },
      kreise: { type: 'geojson', data: kreise },
      units: { type: 'geojson', data: EMPTY },
      bodies: { type: 'geojson', data: EMPTY },
    },
    layers: [
      {
        id: 'background',
        type: 'background',
        paint: { 'background-color': MAP_COLORS.background },
      },
      // The hatch layer (HATCH_LAYER) is added on load, after its image exists.
      { id: 'gem-base', type: 'fill', source: 'gemeinden', paint: { 'fill-color': '#ffffff' } },
      {
        id: 'gem-fill',
        type: 'fill',
        source: 'gemeinden',
        paint: {
          'fill-color': ['coalesce', ['feature-state', 'color'], '#ffffff'],
          'fill-opacity': ['case', hasData, 1, 0],
        },
      },
      {
        id: 'gem-line',
        type: 'line',
        source: 'gemeinden',
        paint: { 'line-color': MAP_COLORS.gemeindeLine, 'line-width': 0.5 },
      },
      {
        id: 'kreis-line',
        type: 'line',
        source: 'kreise',
        paint: { 'line-color': MAP_COLORS.kreisLine, 'line-width': 1.4 },
      },
      {
        id: 'unit-line',
        type: 'line',
        source: 'units',
        paint: { 'line-color': MAP_COLORS.unitLine, 'line-width': 3 },
      },
      {
        id: 'gem-selected',
        type: 'line',
        source: 'gemeinden',
        paint: { 'line-color': MAP_COLORS.selected, 'line-width': ['case', selected, 5, 0] },
      },
    ],
  } as StyleSpecification;
}

/** "keine Angaben": every Gemeinde is hatched underneath its colour. Added after `addImage('hatch')`. */
export const HATCH_LAYER = {
  id: 'gem-hatch',
  type: 'fill',
  source: 'gemeinden',
  paint: { 'fill-pattern': 'hatch' },
} as const;

/** A diagonal hatch tile (RGBA) for "keine Angaben": grey lines on white, readable in black-and-white print. */
export function hatchImage(size = 12): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      const v = onLine ? 0x8a : 0xff;
      data[i] = v;
      data[i + 1] = v;
      data[i + 2] = v;
      data[i + 3] = 255;
    }
  return { width: size, height: size, data };
}

/** The feature-state changes that turn `before` colours into `after` (undefined = no data). */
export function featureStateDiff(
  before: ReadonlyMap<string, string | null>,
  after: ReadonlyMap<string, string | null>,
): { ags: string; color: string | null }[] {
  const changes: { ags: string; color: string | null }[] = [];
  for (const [ags, color] of after) if (before.get(ags) !== color) changes.push({ ags, color });
  for (const ags of before.keys())
    if (!after.has(ags) && before.get(ags) !== null) changes.push({ ags, color: null });
  return changes;
}

/**
 * Adds our sources and layers on top of a third-party base style (manifest
 * `kartenstil`), without its background, so boundaries and colours are ours.
 */
export function overlayOn(
  target: { addSource: (id: string, s: never) => void; addLayer: (l: never) => void },
  gemeinden: FeatureCollection,
  kreise: FeatureCollection,
): void {
  const own = mapStyle(gemeinden, kreise);
  for (const [id, source] of Object.entries(own.sources)) target.addSource(id, source as never);
  for (const layer of own.layers)
    if (layer.id !== 'background' && layer.id !== 'gem-base') target.addLayer(layer as never);
}
