import { parseAgs } from './ags.ts';
import { parseGermanDate, type IsoDate } from './dates.ts';
import type { Gazetteer } from './gazetteer.ts';
import { normaliseName } from './header.ts';
import { parseGermanNumber, type CellResult } from './numbers.ts';
import type { ColumnSpec } from './schema.ts';

/** Where a post serves: named AGS codes or a region of `regionen.csv`. */
export type AreaRef = { kind: 'ags'; codes: string[] } | { kind: 'region'; name: string };

/** A typed cell value. */
export type CellValue = string | number | IsoDate | string[] | number[] | AreaRef;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3 };

function parseBaustein(raw: string): CellResult<number> {
  const s = normaliseName(raw).replace(/^(baustein|modul|b|m)_?/, '');
  const n = ROMAN[s] ?? Number(s);
  if (n === 1 || n === 2 || n === 3) return { ok: true, value: n };
  return {
    ok: false,
    message: `„${raw}“ ist kein Baustein.`,
    hint: 'Erlaubt: 1, 2 oder 3 (auch „Baustein 2“, „II“, „Modul 2“).',
    text: { key: 'baustein.invalid', params: { raw } },
  };
}

function parseEnum(
  raw: string,
  values: readonly string[],
  synonyms: Readonly<Record<string, string>>,
): CellResult<string> {
  const key = normaliseName(raw);
  const hit = synonyms[key] ?? values.find((v) => normaliseName(v) === key);
  if (hit) return { ok: true, value: hit };
  return {
    ok: false,
    message: `„${raw}“ ist kein erlaubter Wert.`,
    hint: `Erlaubt: ${values.join(', ')}.`,
    text: { key: 'enum.invalid', params: { raw, values: values.join(', ') } },
  };
}

function parseAgsList(raw: string, gazetteer: Gazetteer): CellResult<string[]> {
  const codes: string[] = [];
  const warnings: string[] = [];
  for (const part of raw.split(/[,|;\s]+/).filter(Boolean)) {
    const r = parseAgs(part, { gemeinde: true, kreis: true, land: false });
    if (!r.ok) return r;
    if (!gazetteer.has(r.value)) return unknownAgs(r.value);
    if (r.warning) warnings.push(r.value);
    codes.push(r.value);
  }
  if (warnings.length)
    return {
      ok: true,
      value: codes,
      warning: {
        message: `Führende Null ergänzt: ${warnings.join(', ')}.`,
        hint: 'In Excel die Spalte als „Text“ formatieren, damit die führende 0 erhalten bleibt.',
        text: { key: 'ags.zeros', params: { codes: warnings.join(', ') } },
      },
    };
  return { ok: true, value: codes };
}

function unknownAgs<T>(code: string): CellResult<T> {
  return {
    ok: false,
    message: `Den Gemeindeschlüssel ${code} gibt es in den Gebietsdaten (BKG VG250) nicht.`,
    text: { key: 'ags.unknown', params: { code } },
    hint: 'Bitte den AGS prüfen (8 Ziffern für Gemeinden, 5 für Kreise, z. B. 05970040 für Siegen). Gebietsreformen nach 2016 sind in den Gebietsdaten nicht enthalten.',
  };
}

function checkRange(
  value: number,
  col: ColumnSpec & { type: { kind: 'number' } },
  raw: string,
): CellResult<number> {
  const { min, max, minExclusive } = col.type;
  const tooSmall = min !== undefined && (minExclusive ? value <= min : value < min);
  const tooLarge = max !== undefined && value > max;
  if (!tooSmall && !tooLarge) return { ok: true, value };
  const lower = min === undefined ? '' : minExclusive ? `größer als ${min}` : `mindestens ${min}`;
  const upper = max === undefined ? '' : `höchstens ${max}`;
  return {
    ok: false,
    message: `„${raw}“ liegt außerhalb des erlaubten Bereichs (${[lower, upper].filter(Boolean).join(' und ')}).`,
    hint:
      col.name === 'vzae'
        ? 'VZÄ sind größer als 0, z. B. 0,5 für eine halbe Stelle.'
        : 'Bitte den Wert prüfen.',
    text: {
      key: 'number.range',
      params: {
        raw,
        column: col.name,
        min: min ?? '',
        max: max ?? '',
        exclusive: minExclusive ? 1 : 0,
      },
    },
  };
}

/** Reads one non-empty cell of a column into its typed value. */
export function parseCell(
  raw: string,
  col: ColumnSpec,
  gazetteer: Gazetteer,
): CellResult<CellValue> {
  const t = col.type;
  switch (t.kind) {
    case 'text':
      return { ok: true, value: raw.trim() };
    case 'number': {
      const r = parseGermanNumber(raw, t.number);
      if (!r.ok) return r;
      const ranged = checkRange(r.value, { ...col, type: t }, raw);
      if (ranged.ok && t.warnAbove !== undefined && r.value > t.warnAbove)
        return {
          ...ranged,
          warning: {
            message: `${raw} ist mehr als ${t.warnAbove}: eine Sammelzeile für mehrere Stellen?`,
            hint: 'In Ordnung, wenn die Quelle nur diese Gesamtzahl nennt (z. B. 9 VZÄ Case Management je Körperschaft). Sonst bitte die Stellen auf eigene Zeilen verteilen.',
            text: { key: 'number.above', params: { raw, limit: t.warnAbove } },
          },
        };
      return ranged.ok && r.warning ? { ...ranged, warning: r.warning } : ranged;
    }
    case 'date':
      return parseGermanDate(raw, t.partial);
    case 'ags': {
      const r = parseAgs(raw, t.levels);
      if (r.ok && !gazetteer.has(r.value)) return unknownAgs(r.value);
      return r;
    }
    case 'ags-list':
      return parseAgsList(raw, gazetteer);
    case 'ags-list-or-region': {
      if (/^[\d\s,|;]+$/.test(raw)) {
        const r = parseAgsList(raw, gazetteer);
        return r.ok ? { ...r, value: { kind: 'ags', codes: r.value } } : r;
      }
      return { ok: true, value: { kind: 'region', name: raw.trim() } };
    }
    case 'baustein':
      return parseBaustein(raw);
    case 'baustein-list': {
      const list: number[] = [];
      for (const part of raw.split(/[,|;/\s]+/).filter(Boolean)) {
        const r = parseBaustein(part);
        if (!r.ok) return r;
        if (!list.includes(r.value)) list.push(r.value);
      }
      return { ok: true, value: list.sort() };
    }
    case 'enum':
      return parseEnum(raw, t.values, t.synonyms);
  }
}
