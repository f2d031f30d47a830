import { geoMercator, geoPath } from 'd3-geo';
import { compactPath, GRID, snapToGrid } from './svg-path.ts';
import { textMeasure } from './measure.ts';
import type { Measure } from './wrap.ts';

import type { FeatureCollection, MultiPolygon } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { inAreas, type AreaFeature, type AreaProps, type GeoData } from '../geo/topology.ts';

/** What the SVG choropleth draws, in pixels; numbers rounded so snapshots are stable. */
export interface ChoroplethLayout {
  width: number;
  height: number;
  /** Top of the map area (room for title and subtitle above). */
  top: number;
  /** Left edge of the legend column, so the legend never covers an area. */
  legendX: number;
  /** Top of the legend (beside the map, or under it). */
  legendY: number;
  areas: { ags: string; name: string; d: string; fill: string | null }[];
  /** Kreis borders as one path. */
  kreisBorders: string;
  outlines: { id: string; d: string }[];
  labels: { id: string; text: string; x: number; y: number }[];
  /** Every unit in view with its path and centroid (only with `options.units`, for slides). */
  units?: { id: string; label: string; d: string; x: number; y: number }[];
  /** Width the map itself takes (with its margins) when fitted by height (only with `options.units`). */
  usedWidth?: number;
  /** Numbered note marks (`notiz=`) at the centre of their unit, when it is in view (only with `options.pins`). */
  pins?: { n: number; x: number; y: number }[];
  /** Top left corner of the inset box (only with `options.inset`). */
  insetAt?: { x: number; y: number };
}

/** A unit to outline (when it has several Gemeinden) and label. */
export interface OutlineInput {
  id: string;
  label: string;
  geometry: MultiPolygon;
  /** Draw a thick outline (dissolved units of several Gemeinden). */
  outline: boolean;
}

/**
 * Projects Gemeinden (all of the geometry, or only those inside `clip`) into
 * a width × height box below a header, with fills from `colors` (null =
 * hatched "keine Angaben"), Kreis borders, unit outlines and labels.
 */
export function choroplethLayout(
  geo: GeoData,
  colors: ReadonlyMap<string, string | null>,
  outlines: readonly OutlineInput[],
  options: {
    width: number;
    /** Total height; `auto` fits the map's own aspect at this width (capped, see fittedHeight). */
    height: number | 'auto';
    clip?: readonly string[] | null;
    header?: number;
    footer?: number;
    legendWidth?: number;
    /** Legend rows under the map instead of a column beside it (narrow embeds). */
    legendBelow?: number;
    /** Also return every unit's path and centroid (slides mark and label them themselves). */
    units?: boolean;
    /**
     * A box of this size in the legend column, `after` px below the legend's
     * top (the locator of a zoomed map); under the map when the legend is.
     */
    inset?: { width: number; height: number; after: number };
    /** Notes at a unit (by its id): a numbered mark at its centre that labels give way to. */
    pins?: readonly { n: number; id: string }[];
  },
): ChoroplethLayout {
  const { clip = null, header = 64, footer = 40, legendBelow = 0 } = options;
  const width = options.width;
  const legendWidth = legendBelow ? 0 : (options.legendWidth ?? 150);
  const inset = options.inset;
  // Under the map the inset goes below the legend rows; beside it, below the legend column.
  const legendHeight = legendBelow
    ? Math.max(legendBelow * 20 + 8, inset ? 8 + inset.after + inset.height + 8 : 0)
    : 0;
  const inClip = (ags: string) => !clip || inAreas(ags, clip);
  const features = geo.gemeinden.features.filter((f) => inClip(f.properties.ags));
  const fc: FeatureCollection = { type: 'FeatureCollection', features };
  const mapWidth = width - legendWidth - 16;
  const height =
    options.height === 'auto'
      ? Math.max(
          header + footer + legendHeight + fittedHeight(fc, mapWidth),
          inset && !legendBelow ? header + 4 + inset.after + inset.height + footer : 0,
        )
      : options.height;
  const mapBottom = height - footer - legendHeight;
  const projection = geoMercator().fitExtent(
    [
      [8, header],
      [width - legendWidth - 8, mapBottom],
    ],
    fc,
  );
  const path = compactPath(snapToGrid(projection, GRID));
  const visible = outlines.filter((o) => {
    const [[x0, y0], [x1, y1]] = path.bounds(o.geometry);
    return x1 >= 0 && x0 <= width - legendWidth && y1 >= header && y0 <= mapBottom;
  });
  const object = geo.topo.objects.gemeinden as GeometryCollection<AreaProps>;
  const agsOf = (g: unknown) => (g as { properties: AreaProps }).properties.ags;
  const borders = mesh(geo.topo, object as never, (a, b) => {
    const [ka, kb] = [agsOf(a), agsOf(b)];
    return ka.slice(0, 5) !== kb.slice(0, 5) && (inClip(ka) || inClip(kb));
  });
  const mapBox = { left: 4, right: width - legendWidth - 4, top: header, bottom: mapBottom };
  const pins = options.pins ? notePins(options.pins, visible, path, mapBox) : null;
  return {
    width,
    height,
    top: header,
    legendX: legendBelow ? 8 : width - legendWidth + 4,
    legendY: legendBelow ? mapBottom + 8 : header + 4,
    areas: features.map((f: AreaFeature) => ({
      ags: f.properties.ags,
      name: f.properties.name,
      d: path(f) ?? '',
      fill: colors.get(f.properties.ags) ?? null,
    })),
    kreisBorders: path(borders) ?? '',
    outlines: visible
      .filter((o) => o.outline)
      .map((o) => ({ id: o.id, d: path(o.geometry) ?? '' })),
    labels: placeLabels(
      visible.flatMap((o) => {
        const [x, y] = path.centroid(o.geometry);
        // A unit outside the clipped view gets no label at the edge.
        return x >= 0 && x <= width - legendWidth && y >= header && y <= mapBottom
          ? [{ id: o.id, text: o.label, x, y, priority: path.area(o.geometry) }]
          : [];
      }),
      { ...mapBox, avoid: pins?.map((p) => pinBox(p.x, p.y)) },
    ),
    ...(pins ? { pins } : {}),
    ...(inset
      ? {
          insetAt: legendBelow
            ? { x: 8, y: mapBottom + 8 + inset.after }
            : { x: width - legendWidth + 4, y: header + 4 + inset.after },
        }
      : {}),
    ...(options.units
      ? {
          usedWidth: Math.ceil(path.bounds(fc)[1][0] - path.bounds(fc)[0][0] + 16),
          units: visible.map((o) => {
            const [x, y] = path.centroid(o.geometry);
            return { id: o.id, label: o.label, d: path(o.geometry) ?? '', x, y };
          }),
        }
      : {}),
  };
}

/** Radius of a note's number (NoteMarks) and the air around it. */
const PIN_RADIUS = 9;
const pinBox = (x: number, y: number) => ({
  x0: x - PIN_RADIUS - 1,
  y0: y - PIN_RADIUS - 1,
  x1: x + PIN_RADIUS + 1,
  y1: y + PIN_RADIUS + 1,
});

/**
 * Note marks at the centre of their unit, kept inside the map box; a second
 * mark on the same spot moves right until the two circles no longer touch.
 * Notes at a unit out of view get none (the list under the map says so).
 */
function notePins(
  notes: readonly { n: number; id: string }[],
  visible: readonly OutlineInput[],
  path: { centroid: (g: MultiPolygon) => [number, number] },
  box: { left: number; right: number; top: number; bottom: number },
): { n: number; x: number; y: number }[] {
  const out: { n: number; x: number; y: number }[] = [];
  for (const note of notes) {
    const unit = visible.find((o) => o.id === note.id);
    if (!unit) continue;
    const [cx, cy] = path.centroid(unit.geometry);
    const inside = (v: number, lo: number, hi: number) =>
      Math.min(Math.max(v, lo + PIN_RADIUS + 1), hi - PIN_RADIUS - 1);
    let x = inside(cx, box.left, box.right);
    const y = inside(cy, box.top, box.bottom);
    while (
      out.some(
        (p) => Math.abs(p.x - x) < 2 * PIN_RADIUS + 2 && Math.abs(p.y - y) < 2 * PIN_RADIUS + 2,
      )
    )
      x += 2 * PIN_RADIUS + 3;
    out.push({ n: note.n, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });
  }
  return out;
}

/** The height the features need when fitted to `width` (Mercator), capped at 1.4 × width and 760 px. */
function fittedHeight(fc: FeatureCollection, width: number): number {
  if (fc.features.length === 0) return Math.round(width * 0.8);
  const [[, y0], [, y1]] = geoPath(geoMercator().fitWidth(width, fc)).bounds(fc);
  return Math.round(Math.min(y1 - y0, width * 1.4, 760));
}

const LABEL_SIZE = 11; // px, bold (Choropleth.svg.svelte)
/** How far above and below the baseline an 11 px label reaches (its box as the browser measures it: 10 and 3), with half a pixel of air. */
const ASCENT = 10.5;
const DESCENT = 3.5;
/** A label moves in steps of its own height. */
const LINE = ASCENT + DESCENT;

type Box = { x0: number; y0: number; x1: number; y1: number };

/** A label to place: its text at an anchor (the unit's centre), and how much it matters. */
export interface LabelInput {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Larger first (the unit's drawn area): when it is crowded, the small ones give way. */
  priority?: number;
}

/**
 * Places labels so that no two boxes intersect: the most important first, each
 * at its anchor or up to two lines above or below it, kept inside the map
 * box. A label with no free place is left out (the table under the map still
 * names every unit), never drawn over another.
 */
export function placeLabels(
  labels: readonly LabelInput[],
  box: {
    left: number;
    right: number;
    top?: number;
    bottom?: number;
    /** Boxes already taken (note marks): no label goes over them. */
    avoid?: readonly Box[];
  },
  measure: Measure = textMeasure(LABEL_SIZE, 700),
): { id: string; text: string; x: number; y: number }[] {
  const taken: Box[] = [...(box.avoid ?? [])];
  const placed: { id: string; text: string; x: number; y: number }[] = [];
  const top = box.top ?? -Infinity;
  const bottom = box.bottom ?? Infinity;
  const order = [...labels].sort(
    (a, b) => (b.priority ?? 0) - (a.priority ?? 0) || a.y - b.y || a.x - b.x,
  );
  for (const l of order) {
    const w = measure(l.text) + 4;
    const x = Math.min(Math.max(l.x, box.left + w / 2), box.right - w / 2);
    for (const dy of [0, LINE, -LINE, 2 * LINE, -2 * LINE]) {
      const y = l.y + dy;
      const b = { x0: x - w / 2, y0: y - ASCENT, x1: x + w / 2, y1: y + DESCENT };
      if (b.y0 < top || b.y1 > bottom) continue;
      if (taken.some((t) => t.x0 < b.x1 && b.x0 < t.x1 && t.y0 < b.y1 && b.y0 < t.y1)) continue;
      taken.push(b);
      placed.push({
        id: l.id,
        text: l.text,
        x: Math.round(x * 10) / 10,
        y: Math.round(y * 10) / 10,
      });
      break;
    }
  }
  return placed;
}
