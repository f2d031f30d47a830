/** Short SVG paths of projected geometry: snapped to a pixel grid, written relatively (maps and their locator). */
import { geoPath, type GeoProjection, type GeoStream } from 'd3-geo';

/** A number of the grid as short as SVG allows (`3`, `-0.5`, `.5`). */
const num = (v: number) => {
  const t = String(Math.round(v * 10) / 10);
  return t.startsWith('0.') ? t.slice(1) : t.startsWith('-0.') ? `-${t.slice(2)}` : t;
};

/**
 * d3's geoPath writing relative SVG commands (`M x,y l dx,dy dx,dy … z`)
 * instead of absolute ones: on the snapped grid most steps are one or two
 * characters. `bounds` and `centroid` are d3's own.
 */
export function compactPath(projection: { stream: (s: GeoStream) => GeoStream }) {
  const measure = geoPath(projection);
  let out = '';
  let x = 0;
  let y = 0;
  let first = true;
  const pair = (a: number, b: number) => {
    const sa = num(a);
    const sb = num(b);
    const step = `${sa}${sb.startsWith('-') ? '' : ','}${sb}`;
    // After `l` nothing separates; a minus sign separates on its own.
    out += first || step.startsWith('-') ? step : ` ${step}`;
    first = false;
  };
  const context = {
    moveTo(px: number, py: number) {
      out += `M${num(px)},${num(py)}l`;
      x = px;
      y = py;
      first = true;
    },
    lineTo(px: number, py: number) {
      pair(px - x, py - y);
      x = px;
      y = py;
    },
    closePath() {
      out += 'z';
    },
    arc() {},
  };
  const render = geoPath(projection, context as never);
  const path = (object: Parameters<typeof measure>[0]): string => {
    out = '';
    render(object);
    // A subpath with no step ("M1,2lz") is a point: drawn as nothing.
    return out.replace(/M[^Mlz]*lz?(?=M|$)/g, '');
  };
  path.bounds = measure.bounds;
  path.centroid = measure.centroid;
  path.area = measure.area;
  return path;
}

/** Projected points are snapped to this grid (px): finer than a 2× PNG shows. */
export const GRID = 1;

/**
 * The projection with every point snapped to a grid of `step` px and repeats
 * dropped: a border drawn by both its Gemeinden snaps to the same points in
 * both directions, so nothing opens between them, and the points a screen
 * cannot show are gone (the NRW Gemeinden SVG shrinks from 838 KB).
 */
export function snapToGrid(
  projection: GeoProjection,
  step: number,
): { stream: (s: GeoStream) => GeoStream } {
  const snap = (v: number) => Math.round(v / step) * step;
  return {
    stream(out: GeoStream) {
      let lastX = NaN;
      let lastY = NaN;
      const inner: GeoStream = {
        point(x, y) {
          const sx = snap(x);
          const sy = snap(y);
          if (sx === lastX && sy === lastY) return;
          lastX = sx;
          lastY = sy;
          out.point(sx, sy);
        },
        lineStart() {
          lastX = lastY = NaN;
          out.lineStart();
        },
        lineEnd() {
          out.lineEnd();
        },
        polygonStart() {
          out.polygonStart();
        },
        polygonEnd() {
          out.polygonEnd();
        },
        sphere() {
          out.sphere?.();
        },
      };
      return projection.stream(inner);
    },
  };
}
