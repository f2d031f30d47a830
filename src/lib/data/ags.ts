import type { CellResult } from './numbers.ts';

/** Which kinds of area key a column accepts. */
export interface AgsLevels {
  gemeinde: boolean;
  kreis: boolean;
  /** `NRW` as the whole Land (sessions and figures of the state). */
  land: boolean;
}

/** The Land key we accept as text. */
export const LAND_NRW = 'NRW';

/**
 * Reads an Amtlicher Gemeindeschlüssel: 8 digits (Gemeinde) or 5 (Kreis,
 * kreisfreie Stadt). Spaces are ignored. A leading zero dropped by Excel
 * (`5970040`) is restored with a warning; a 12-digit Regionalschlüssel is
 * turned into its AGS with a warning. Existence is checked against the
 * geodata by the caller.
 */
export function parseAgs(raw: string, levels: AgsLevels): CellResult<string> {
  const s = raw.replace(/[\s\u00a0.]/g, '');
  if (levels.land && s.toUpperCase() === LAND_NRW) return { ok: true, value: LAND_NRW };
  const allowed = [
    levels.gemeinde && '8 Ziffern (Gemeinde)',
    levels.kreis && '5 Ziffern (Kreis/kreisfreie Stadt)',
    levels.land && 'NRW',
  ]
    .filter(Boolean)
    .join(' oder ');
  const scope = `${levels.gemeinde ? 'g' : ''}${levels.kreis ? 'k' : ''}${levels.land ? 'l' : ''}`;
  const fail = (message: string, key: string, n = 0): CellResult<string> => ({
    ok: false,
    message,
    text: { key, params: { raw, scope, n } },
    hint: `Erwartet: ${allowed}, z. B. 05970040 (Siegen) oder 05970 (Kreis Siegen-Wittgenstein). In Excel die Spalte als „Text“ formatieren, damit die führende 0 bleibt.`,
  });
  if (!/^\d+$/.test(s)) return fail(`„${raw}“ ist kein Gemeindeschlüssel (AGS).`, 'ags.invalid');
  const restored = (value: string, what: string, how: string): CellResult<string> => ({
    ok: true,
    value,
    warning: {
      message: `${what}: „${raw}“ wurde als ${value} gelesen.`,
      hint: 'In Excel die Spalte als „Text“ formatieren, damit die führende 0 beim Speichern erhalten bleibt.',
      text: { key: 'ags.restored', params: { raw, value, how } },
    },
  });
  if (s.length === 12 || s.length === 11) {
    const rs = s.padStart(12, '0');
    const ags = rs.slice(0, 5) + rs.slice(9);
    if (levels.gemeinde)
      return restored(ags, 'Regionalschlüssel (12 Ziffern) in AGS umgewandelt', 'rs');
  }
  if (s.length === 8 && levels.gemeinde) return { ok: true, value: s };
  if (s.length === 5 && levels.kreis) return { ok: true, value: s };
  if (s.length === 7 && levels.gemeinde) return restored(`0${s}`, 'Führende Null ergänzt', 'zero');
  if (s.length === 4 && levels.kreis) return restored(`0${s}`, 'Führende Null ergänzt', 'zero');
  return fail(`„${raw}“ hat ${s.length} Ziffern; erwartet: ${allowed}.`, 'ags.digits', s.length);
}

/** The Kreis part of an AGS (`05970040` → `05970`). */
export function kreisOf(ags: string): string {
  return ags.slice(0, 5);
}

/** True when `inner` lies in the area of `outer` (same code, or a Gemeinde of that Kreis). */
export function agsWithin(inner: string, outer: string): boolean {
  if (outer === LAND_NRW) return inner === LAND_NRW || inner.startsWith('05');
  return inner === outer || (outer.length === 5 && inner.startsWith(outer));
}
