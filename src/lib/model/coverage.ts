import { kreisOf, LAND_NRW } from '../data/ags.ts';
import type { Gazetteer } from '../data/gazetteer.ts';

/** Stadt Aachen: a KIM body of its own inside the StädteRegion. */
export const STADT_AACHEN = '05334002';

/** The number of KIM bodies in NRW: 53 Kreise and kreisfreie Städte plus Stadt Aachen. */
export const KIM_BODY_COUNT = 54;

/** The 54 KIM bodies, by AGS: every NRW Kreis and kreisfreie Stadt the geodata knows, plus Stadt Aachen. */
export function kimBodies(gazetteer: Gazetteer): string[] {
  const kreise = gazetteer
    .all()
    .filter((a) => a.level === 'kreis' && a.ags.startsWith('05'))
    .map((a) => a.ags);
  return [...kreise, ...(gazetteer.has(STADT_AACHEN) ? [STADT_AACHEN] : [])].sort();
}

/**
 * The KIM body an area belongs to: a Kreis or kreisfreie Stadt itself; a
 * Gemeinde its Kreis, except Stadt Aachen, which is a body of its own;
 * null for the Land and for areas outside NRW.
 */
export function bodyOfArea(ags: string): string | null {
  if (ags === LAND_NRW || !ags.startsWith('05')) return null;
  if (ags === STADT_AACHEN) return STADT_AACHEN;
  return kreisOf(ags);
}

/** The distinct KIM bodies some areas belong to (for „Daten für N von 54“ under a chart). */
export function bodiesOfAreas(areas: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const a of areas) {
    const b = bodyOfArea(a);
    if (b) out.add(b);
  }
  return out;
}
