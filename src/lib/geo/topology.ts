import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties every area feature carries. */
export interface AreaProps {
  ags: string;
  name: string;
}
export type AreaFeature = Feature<Polygon | MultiPolygon, AreaProps>;
export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, AreaProps>;

/** Gemeinden and Kreise decoded from one of our TopoJSON files. */
export interface GeoData {
  topo: Topology;
  gemeinden: AreaCollection;
  kreise: AreaCollection;
}

/** Decodes `nrw.topo.json` / `de.topo.json` into GeoJSON collections (once per file). */
export function readTopology(topo: Topology): GeoData {
  const get = (name: string) =>
    feature(topo, topo.objects[name] as GeometryCollection<AreaProps>) as AreaCollection;
  return { topo, gemeinden: get('gemeinden'), kreise: get('kreise') };
}

/**
 * The union of some Gemeinden as one shape (shared borders removed), e.g. a
 * service region; unknown AGS are ignored (the join report names them).
 */
export function dissolve(geo: GeoData, members: readonly string[]): MultiPolygon {
  const wanted = new Set(members);
  const object = geo.topo.objects.gemeinden as GeometryCollection<AreaProps>;
  return merge(
    geo.topo,
    object.geometries.filter((g) => wanted.has((g.properties as AreaProps).ags)) as never,
  );
}

/** A Gemeinde (8-digit AGS) lies in these areas: one of them, or in one of their Kreise (5 digits). */
export function inAreas(ags: string, areas: readonly string[]): boolean {
  return areas.some((a) => ags === a || (a.length === 5 && ags.startsWith(a)));
}

/** What the data and the geometry do not share, in both directions. */
export interface JoinReport {
  /** AGS in the data that the geometry does not have. */
  missingInGeo: string[];
  /** Gemeinden of the geometry without any data. */
  withoutData: number;
}

/** Compares the data's AGS (Gemeinden or Kreise) with the geometry's. */
export function joinReport(dataAgs: Iterable<string>, geo: GeoData): JoinReport {
  const gem = new Set(geo.gemeinden.features.map((f) => f.properties.ags));
  const kreise = new Set(geo.kreise.features.map((f) => f.properties.ags));
  const data = new Set(dataAgs);
  const missingInGeo = [...data]
    .filter((a) => !(a.length === 8 ? gem.has(a) : kreise.has(a)))
    .sort();
  const covered = new Set<string>();
  for (const a of data) for (const g of gem) if (inAreas(g, [a])) covered.add(g);
  return { missingInGeo, withoutData: gem.size - covered.size };
}

/** Units of a map as dissolved shapes: outlined when they span several Gemeinden, labelled always. */
export function unitShapes(
  geo: GeoData,
  units: readonly { id: string; label: string; members: readonly string[] }[],
): { id: string; label: string; geometry: MultiPolygon; outline: boolean }[] {
  return units
    .filter((u) => u.members.length > 0)
    .map((u) => ({
      id: u.id,
      label: u.label,
      geometry: dissolve(geo, u.members),
      outline: u.members.length > 1,
    }));
}
