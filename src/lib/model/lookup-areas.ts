import type { Gazetteer } from '../data/gazetteer.ts';
import type { LookupArea } from '../data/xlsx-export.ts';
import { bodyOfArea, kimBodies, STADT_AACHEN } from './coverage.ts';

/**
 * The areas of the lookup sheet (`Gebiete` in the Excel template): the 54
 * KIM bodies, then the 396 NRW Gemeinden with the body each belongs to,
 * AGS as text. Only NRW, also when Germany's gazetteer is loaded.
 */
export function lookupAreas(gazetteer: Gazetteer): {
  bodies: LookupArea[];
  gemeinden: LookupArea[];
} {
  const bodies = kimBodies(gazetteer).map((ags) => ({
    ags,
    name: gazetteer.label(ags),
    kind:
      ags === STADT_AACHEN
        ? 'Stadt (eigene KIM-Körperschaft)'
        : gazetteer.label(ags).startsWith('Stadt ')
          ? 'kreisfreie Stadt'
          : 'Kreis',
  }));
  const gemeinden = gazetteer
    .all()
    .filter((a) => a.level === 'gemeinde' && a.ags.startsWith('05'))
    .sort((a, b) => (a.ags < b.ags ? -1 : 1))
    .map((a) => ({
      ags: a.ags,
      name: gazetteer.label(a.ags),
      kind: 'Gemeinde',
      body: bodyOfArea(a.ags) ?? undefined,
    }));
  return { bodies, gemeinden };
}
