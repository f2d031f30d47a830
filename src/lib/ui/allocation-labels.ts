import type { CarrierType } from '../data/types.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { CARRIERS, type BarRow } from '../model/allocation.ts';
import { sourcedTip } from './tip-text.ts';

/** A segment's name: the Trägertyp in words, or a named Träger as written. */
export function carrierLabel(t: I18n['t'], label: string): string {
  return (CARRIERS as string[]).includes(label) ? t(`fig.carrier.${label as CarrierType}`) : label;
}

/** What a comparison does to the Träger: VZÄ moving to freie Träger, back, or none. */
export function movedText(t: I18n['t'], fmt: (n: number) => string, movedToFree: number): string {
  if (movedToFree > 0) return t('al.moved', { n: fmt(movedToFree) });
  if (movedToFree < 0) return t('al.movedBack', { n: fmt(-movedToFree) });
  return t('al.movedNone');
}

/** The text of one allocation bar: area, total and every segment (accessible name, list). */
export function barRowLabel(t: I18n['t'], fmt: (n: number) => string, row: BarRow): string {
  return t('al.rowLabel', {
    label: row.label,
    total: fmt(row.total),
    parts: row.segments.map((s) => `${carrierLabel(t, s.label)} ${fmt(s.fte)}`).join(', '),
  });
}

/** The tip of one allocation bar: full area name, total VZÄ, each segment, Stand, Beleg, publishers. */
export function barRowTip(
  i18n: Pick<I18n, 't' | 'date' | 'num'>,
  fmt: (n: number) => string,
  row: BarRow,
): string {
  const { t } = i18n;
  return sourcedTip(
    i18n,
    row.label,
    `${fmt(row.total)} ${t('unit.fte')}`,
    row.posts,
    row.segments.map((s) => `${carrierLabel(t, s.label)}: ${fmt(s.fte)} ${t('unit.fte')}`),
  );
}
