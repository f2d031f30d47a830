import { geoBounds, geoContains } from 'd3-geo';
import type { AreaFeature, GeoData } from './topology.ts';

/** West-south and east-north corner, in degrees. */
export type Bounds = [[number, number], [number, number]];

export interface KreisBox {
  ags: string;
  bounds: Bounds;
  feature: AreaFeature;
}

/** Each Kreis with its bounding box (once per geometry). */
export function kreisBoxes(geo: GeoData): KreisBox[] {
  return geo.kreise.features.map((f) => ({
    ags: f.properties.ags,
    bounds: geoBounds(f) as Bounds,
    feature: f,
  }));
}

/**
 * The Kreis a map's view is zoomed to: the one under the view's centre,
 * when the view is at most `slack` times as wide or as high as that Kreis
 * (a view of the whole Land or of a region is zoomed to none). Such a view
 * gets a locator, and its downloads show that Kreis.
 */
export function kreisInView(view: Bounds, kreise: readonly KreisBox[], slack = 2.5): string | null {
  const [[w, s], [e, n]] = view;
  const centre: [number, number] = [(w + e) / 2, (s + n) / 2];
  const hit = kreise.find(
    ({ bounds: [[a, b], [c, d]], feature }) =>
      a <= centre[0] &&
      centre[0] <= c &&
      b <= centre[1] &&
      centre[1] <= d &&
      geoContains(feature, centre),
  );
  if (!hit) return null;
  const [[a, b], [c, d]] = hit.bounds;
  // Fitted to a Kreis, the view is as wide or as high as the Kreis (with a margin); the other side follows the screen.
  return Math.min((e - w) / (c - a), (n - s) / (d - b)) <= slack ? hit.ags : null;
}
