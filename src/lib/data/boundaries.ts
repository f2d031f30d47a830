import type { Feature, GeoJsonProperties, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { parseAgs } from './ags.ts';
import { decodeBytes } from './decode.ts';
import { problemAt, type Problem, type TextKey } from './problem.ts';
import type { InputFile } from './read-table.ts';
import type { CustomArea } from './boundary-file.ts';
import { jsonPosition } from './german-error.ts';
import { jsonWhere } from './manifest.ts';

export { boundaryGazetteer, isBoundaryFile, type CustomArea } from './boundary-file.ts';

/** The keys we accept for the area code, in this order (BKG: `AGS`, `RS`, `ARS`). */
const KEY_PROPS = ['ags', 'rs', 'ars'];
const NAME_PROPS = ['gen', 'name', 'bez_name', 'gemeinde', 'kreis'];
const PLACE = (file: string) => ({ table: 'gebiete', file });
const HINT_EXPORT =
  'In QGIS: Layer → Exportieren → Objekte speichern als GeoJSON, KBS „EPSG:4326 – WGS 84“; oder mit mapshaper: -proj wgs84 -o format=geojson.';

function prop(props: GeoJsonProperties, names: readonly string[]): string | null {
  if (!props) return null;
  const lower = new Map(Object.entries(props).map(([k, v]) => [k.toLowerCase(), v]));
  for (const n of names) {
    const v = lower.get(n);
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number') return String(v);
  }
  return null;
}

/** A position: two or three finite numbers. */
function isPosition(p: unknown): p is number[] {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    p.length <= 3 &&
    p.every((c) => typeof c === 'number' && Number.isFinite(c))
  );
}

/** What can be wrong with the coordinates of an area, in German (the key `shape` of `boundaries.badShape`). */
const SHAPES = {
  noCoordinates: 'hat keine Koordinaten',
  noRings: 'hat keine Liste von Ringen als Koordinaten',
  ringNotList: 'hat einen Ring, der keine Liste von Punkten ist',
  ringTooShort: 'hat einen Ring mit weniger als vier Punkten',
  badPoint: 'hat einen Punkt, der nicht aus zwei Zahlen (Länge, Breite) besteht',
};

/**
 * What is wrong with the coordinates of a Polygon or MultiPolygon (a key of
 * SHAPES), or null when they have the GeoJSON shape. Loops of fixed depth, no
 * recursion: a file nested 10,000 levels deep is one Fehler, not a crash.
 */
function shapeProblem(geometry: {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
}): keyof typeof SHAPES | null {
  const polygons: unknown[] =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : Array.isArray(geometry.coordinates)
        ? geometry.coordinates
        : [geometry.coordinates];
  if (polygons.length === 0) return 'noCoordinates';
  for (const rings of polygons) {
    if (!Array.isArray(rings) || rings.length === 0) return 'noRings';
    for (const ring of rings) {
      if (!Array.isArray(ring)) return 'ringNotList';
      if (ring.length < 4) return 'ringTooShort';
      for (const position of ring) if (!isPosition(position)) return 'badPoint';
    }
  }
  return null;
}

/** Longitude/latitude in degrees? Projected files (UTM, Gauß-Krüger) have metres. */
function inDegrees(geometry: Polygon | MultiPolygon): boolean {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) if (!(Math.abs(x!) <= 180 && Math.abs(y!) <= 90)) return false;
  return true;
}

/**
 * Reads uploaded boundaries (GeoJSON or TopoJSON, WGS84) keyed by an
 * `ags`/`AGS`/`RS`/`ARS` property. Features without a usable key or with
 * other geometry types are not used and are reported with a fix; nothing throws.
 */
export function readBoundaries(input: InputFile): { areas: CustomArea[]; problems: Problem[] } {
  const place = PLACE(input.name);
  const problems: Problem[] = [];
  const decoded = decodeBytes(input.bytes);
  let json: unknown;
  try {
    if (!decoded.ok) throw new Error(decoded.reason);
    json = JSON.parse(decoded.text);
  } catch (e) {
    problems.push(
      problemAt(
        place,
        'Fehler',
        `Die Gebietsdatei ist kein gültiges JSON${jsonPosition(e)}.`,
        `Bitte als GeoJSON oder TopoJSON neu exportieren. ${HINT_EXPORT}`,
        { text: { key: 'boundaries.invalidJson', params: jsonWhere(e) } },
      ),
    );
    return { areas: [], problems };
  }
  let features: Feature<Geometry | null, GeoJsonProperties>[];
  const obj = json as { type?: string; features?: unknown; objects?: Record<string, unknown> };
  if (obj?.type === 'Topology' && obj.objects) {
    try {
      features = Object.values(obj.objects).flatMap((o) => {
        const f = feature(json as Topology, o as never) as unknown as
          Feature | { features: Feature[] };
        return 'features' in f ? f.features : [f];
      });
    } catch {
      problems.push(
        problemAt(
          place,
          'Fehler',
          'Die TopoJSON-Datei ist beschädigt: Ihre Bögen (arcs) oder Objekte lassen sich nicht zu Flächen zusammensetzen.',
          HINT_EXPORT,
          { text: { key: 'boundaries.brokenTopology' } },
        ),
      );
      return { areas: [], problems };
    }
  } else if (obj?.type === 'FeatureCollection' && Array.isArray(obj.features))
    features = obj.features as Feature[];
  else if (obj?.type === 'Feature') features = [obj as unknown as Feature];
  else {
    problems.push(
      problemAt(
        place,
        'Fehler',
        'Die Datei ist JSON, aber weder GeoJSON (FeatureCollection) noch TopoJSON.',
        `Bitte Gebiete als GeoJSON-FeatureCollection mit einer Eigenschaft „AGS“ je Fläche liefern. ${HINT_EXPORT}`,
        { text: { key: 'boundaries.notGeoJson' } },
      ),
    );
    return { areas: [], problems };
  }

  const areas = new Map<string, CustomArea>();
  let converted = 0;
  features.forEach((f, i) => {
    const n = i + 1;
    if (!f || typeof f !== 'object' || Array.isArray(f)) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          `Objekt Nr. ${n} der Gebietsdatei ist kein GeoJSON-Feature und wird nicht genutzt.`,
          `Jedes Element von „features“ muss ein Objekt mit „type“: „Feature“, „properties“ und „geometry“ sein. ${HINT_EXPORT}`,
          {
            column: 'ags',
            value: `Objekt ${n}`,
            text: { key: 'boundaries.notFeature', params: { n } },
          },
        ),
      );
      return;
    }
    const key = prop(
      f.properties && typeof f.properties === 'object' ? f.properties : null,
      KEY_PROPS,
    );
    const at = { column: 'ags', value: key ?? `Objekt ${n}` };
    const detail = (text: TextKey) => ({ ...at, text });
    if (!key) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          `Fläche Nr. ${n} hat keine Eigenschaft „ags“, „AGS“, „RS“ oder „ARS“ und wird nicht genutzt.`,
          'Jede Fläche braucht ihren amtlichen Gemeindeschlüssel (8 Ziffern) oder Kreisschlüssel (5 Ziffern) als Eigenschaft „AGS“.',
          detail({ key: 'boundaries.noKey', params: { n } }),
        ),
      );
      return;
    }
    const ags = parseAgs(key, { gemeinde: true, kreis: true, land: false });
    if (!ags.ok) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          `Fläche Nr. ${n}: ${ags.message} Sie wird nicht genutzt.`,
          ags.hint,
          detail({
            key: 'boundaries.badKey',
            params: { n },
            ...(ags.text ? { of: ags.text } : {}),
          }),
        ),
      );
      return;
    }
    if (ags.warning) converted += 1;
    const g = f.geometry && typeof f.geometry === 'object' ? f.geometry : null;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          `Fläche ${ags.value} (Nr. ${n}) ist keine Fläche, sondern ${g && typeof g.type === 'string' ? g.type.slice(0, 40) : 'leer'}; sie wird nicht genutzt.`,
          'Nur Polygone und Multipolygone sind Gebiete. Punkte oder Linien bitte weglassen.',
          detail({
            key: 'boundaries.notArea',
            params: {
              ags: ags.value,
              n,
              type: g && typeof g.type === 'string' ? g.type.slice(0, 40) : '',
            },
          }),
        ),
      );
      return;
    }
    const shape = shapeProblem(g);
    if (shape) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          `Fläche ${ags.value} (Nr. ${n}) ${SHAPES[shape]}; sie wird nicht genutzt.`,
          `Bitte die Fläche neu exportieren. ${HINT_EXPORT}`,
          detail({ key: 'boundaries.badShape', params: { ags: ags.value, n, shape } }),
        ),
      );
      return;
    }
    if (!inDegrees(g)) {
      problems.push(
        problemAt(
          place,
          'Fehler',
          `Fläche ${ags.value} hat Koordinaten in Metern (z. B. UTM oder Gauß-Krüger), nicht in Grad; sie wird nicht genutzt.`,
          HINT_EXPORT,
          detail({ key: 'boundaries.projected', params: { ags: ags.value } }),
        ),
      );
      return;
    }
    if (areas.has(ags.value)) {
      problems.push(
        problemAt(
          place,
          'Warnung',
          `Die Fläche ${ags.value} kommt mehrfach vor; nur die erste wird genutzt.`,
          'Bitte Teilflächen einer Gemeinde zu einem Multipolygon zusammenfassen (QGIS: Vektor → Geometrie-Werkzeuge → Zusammenführen).',
          detail({ key: 'boundaries.duplicate', params: { ags: ags.value } }),
        ),
      );
      return;
    }
    areas.set(ags.value, {
      ags: ags.value,
      name: prop(
        f.properties && typeof f.properties === 'object' ? f.properties : null,
        NAME_PROPS,
      ),
      geometry: g,
    });
  });
  if (converted)
    problems.push(
      problemAt(
        place,
        'Hinweis',
        `${converted} Schlüssel wurden umgewandelt (Regionalschlüssel oder fehlende führende Null), z. B. 059700040040 → 05970040.`,
        'Nichts zu tun; zur Klarheit kann die Datei eine Eigenschaft „AGS“ mit 8 Ziffern tragen.',
        { column: 'ags', text: { key: 'boundaries.converted', params: { n: converted } } },
      ),
    );
  if (features.length > 0 && areas.size === 0)
    problems.push(
      problemAt(
        place,
        'Fehler',
        'Keine Fläche der Datei ist nutzbar; die Karte zeigt weiter die eingebauten Gebiete.',
        'Bitte die einzelnen Meldungen zu dieser Datei beheben.',
        { text: { key: 'boundaries.noneUsable' } },
      ),
    );
  return { areas: [...areas.values()], problems };
}
