import { geoMercator } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { AreaProps, GeoData } from '../geo/topology.ts';
import { compactPath, snapToGrid } from './svg-path.ts';

/**
 * A small map of the whole Land with the Kreise a zoomed map shows marked
 * (Datawrapper's locator): where Siegen-Wittgenstein lies, at a glance.
 * Drawn into the map's SVG, so the PNG and the SVG carry it too.
 */
export interface LocatorLayout {
  width: number;
  height: number;
  /** The Land as one shape (grey). */
  land: string;
  /** The borders between its Kreise, each once (white lines). */
  borders: string;
  /** The marked Kreise, one path. */
  marked: string;
  /** A ring around the marked Kreise when they are too small to see (a kreisfreie Stadt at 110 px). */
  ring: { x: number; y: number; r: number } | null;
  /** Names of the marked Kreise (title and alt text). */
  names: string[];
  /** Where a point (longitude, latitude) lies in the locator, e.g. the corners of a map's view. */
  project: (lngLat: [number, number]) => [number, number];
}

/** Width of the locator in px: legible at 1×, small beside a map of 300 px. */
export const LOCATOR_WIDTH = 110;
/** A marked area smaller than this (px) gets a ring of this radius around it. */
const MIN_MARK = 8;
/** Snapped to whole px: at 110 px a finer grid would only add bytes. */
const LOCATOR_GRID = 1;

/** The locator of `geo` with the Kreise of `areas` (5-digit Kreis or 8-digit Gemeinde AGS) marked. */
export function locatorLayout(
  geo: GeoData,
  areas: readonly string[],
  width = LOCATOR_WIDTH,
): LocatorLayout {
  const kreise = new Set(areas.map((a) => a.slice(0, 5)));
  // From the Gemeinden: a topology with uploaded areas has no Kreis object.
  const object = geo.topo.objects.gemeinden as GeometryCollection<AreaProps>;
  const kreisOf = (g: unknown) => (g as { properties: AreaProps }).properties.ags.slice(0, 5);
  const land: FeatureCollection = { type: 'FeatureCollection', features: geo.kreise.features };
  const projection = geoMercator().fitWidth(width - 4, land);
  const path = compactPath(snapToGrid(projection, LOCATOR_GRID));
  const [[x0, y0], [, y1]] = path.bounds(land);
  projection.translate([projection.translate()[0] + 2 - x0, projection.translate()[1] + 2 - y0]);
  const marked = geo.kreise.features.filter((f) => kreise.has(f.properties.ags));
  const markedFc: FeatureCollection = { type: 'FeatureCollection', features: marked };
  const [[mx0, my0], [mx1, my1]] = path.bounds(markedFc);
  const small = marked.length > 0 && Math.max(mx1 - mx0, my1 - my0) < MIN_MARK;
  return {
    width,
    height: Math.ceil(y1 - y0 + 4),
    land: path(merge(geo.topo, object.geometries as never)),
    borders: path(mesh(geo.topo, object as never, (a, b) => kreisOf(a) !== kreisOf(b))),
    marked: path(markedFc),
    ring: small
      ? {
          x: Math.round(((mx0 + mx1) / 2) * 10) / 10,
          y: Math.round(((my0 + my1) / 2) * 10) / 10,
          r: MIN_MARK,
        }
      : null,
    names: marked.map((f) => f.properties.name),
    project: (p) => {
      const [x, y] = projection(p) ?? [0, 0];
      return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    },
  };
}
