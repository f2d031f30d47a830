import type { TextKey } from './problem.ts';

/** Outcome of reading one cell: a value (maybe with a warning) or a German error with a fix. */
export type CellResult<T> =
  | { ok: true; value: T; warning?: { message: string; hint: string; text?: TextKey } }
  | { ok: false; message: string; hint: string; text?: TextKey };

/**
 * What a number column holds. `amount` is money in Euro: there `55.000` means
 * 55 000 (no one funds a post with 55 Euro a year), and `€`/`EUR` are allowed.
 */
export type NumberKind = 'integer' | 'decimal' | 'amount';

const SPACES = /[\s\u00a0\u202f]/g;

/**
 * Reads a German (or plain) number: `1,5`, `1.5`, `1.234,5`, `1 234`, `55.000 €`.
 * A single `.` followed by exactly three digits is a thousands separator only
 * where a decimal reading makes no sense (integer and amount columns).
 */
export function parseGermanNumber(raw: string, kind: NumberKind): CellResult<number> {
  let s = raw.trim();
  if (kind === 'amount') s = s.replace(/^(€|EUR)\s*|\s*(€|EUR)$/gi, '').trim();
  const fail = (message: string, key: string): CellResult<number> => ({
    ok: false,
    message,
    text: { key, params: { raw, kind } },
    hint:
      kind === 'integer'
        ? 'Bitte eine ganze Zahl ohne Einheit eintragen, z. B. 467 oder 1.234.'
        : 'Bitte eine Zahl mit Dezimalkomma eintragen, z. B. 0,5 oder 1.234,50 – ohne Einheit.',
  });
  let value: number | undefined;
  let warning: { message: string; hint: string; text?: TextKey } | undefined;
  const compact = s.replace(SPACES, '');
  if (
    /^[+-]?\d+$/.test(compact) &&
    (s === compact || /^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+$/.test(s))
  ) {
    value = Number(compact);
  } else if (
    /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s) &&
    (s.split('.').length > 2 || s.includes(',') || kind !== 'decimal')
  ) {
    value = Number(s.replace(/\./g, '').replace(',', '.'));
  } else if (/^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+,\d+$/.test(s)) {
    value = Number(compact.replace(',', '.'));
  } else if (/^[+-]?\d*,\d+$/.test(s)) {
    value = Number(s.replace(',', '.'));
  } else if (/^[+-]?\d*\.\d+$/.test(s)) {
    value = Number(s);
  } else if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^[+-]?\d{1,3}(,\d{3}){2,}$/.test(s)) {
    value = Number(s.replace(/,/g, ''));
    warning = {
      message: `„${raw}“ ist im englischen Zahlenformat geschrieben und wurde als ${value} gelesen.`,
      hint: 'Bitte deutsches Format verwenden: Punkt als Tausendertrennzeichen, Komma für Dezimalstellen.',
      text: { key: 'number.english', params: { raw, value } },
    };
  }
  if (value === undefined || !Number.isFinite(value))
    return fail(`„${raw}“ ist keine Zahl.`, 'number.invalid');
  if (kind === 'integer' && !Number.isInteger(value))
    return fail(
      `„${raw}“ ist keine ganze Zahl; hier sind nur ganze Zahlen erlaubt.`,
      'number.notInteger',
    );
  return warning ? { ok: true, value, warning } : { ok: true, value };
}
