import type { I18n } from '../i18n/i18n.svelte.ts';
import type { MapModel } from '../model/map-units.ts';
import { sourcedTip, tipText } from './tip-text.ts';

/**
 * The tip of every Gemeinde (AGS) of a map: its name and the unit it shows
 * („Kreis Siegen-Wittgenstein“), the measure and value, and where the figure
 * comes from — Stichtag, Bezug, Beleg and publisher of a count, or the Stand,
 * Belege and publishers of the posts. A unit without a value, and a drawn
 * Gemeinde in no unit at all, says „keine Angaben“.
 */
export function areaTips(
  model: MapModel,
  /** The Gemeinden drawn (their geometry); null while it loads. */
  geo: { gemeinden: { features: readonly { properties: { ags: string } }[] } } | null,
  nameOf: (ags: string) => string | undefined,
  measureLabel: string,
  fmt: (n: number) => string,
  i18n: Pick<I18n, 't' | 'date' | 'num'>,
): Map<string, string> {
  const { t } = i18n;
  const byUnit = new Map<string, string>();
  const units = new Map(model.units.map((u) => [u.id, u] as const));
  const tipOf = (id: string): string => {
    const u = units.get(id)!;
    const value = `${measureLabel}: ${u.value === null ? t('map.noData') : fmt(u.value)}`;
    if (u.value === null) return `${u.label}\n${value}`;
    const o = u.obliged;
    if (o)
      return tipText(i18n, {
        name: u.label,
        value,
        date: o.asOf.iso,
        evidence: o.evidence,
        source: o.source,
        extra: [
          o.reference ? `${t('tip.bezug')}: ${o.reference}` : null,
          u.population
            ? `${t('tip.population')}: ${i18n.num(u.population.inhabitants, 0)}${u.population.basis.length ? ` (${u.population.basis.join(', ')})` : ''}`
            : null,
        ],
      });
    return sourcedTip(i18n, u.label, value, u.posts);
  };
  const tips = new Map<string, string>();
  for (const [ags, id] of model.unitOfGemeinde) {
    let tip = byUnit.get(id);
    if (tip === undefined) byUnit.set(id, (tip = tipOf(id)));
    const name = nameOf(ags) ?? ags;
    const [first] = tip.split('\n', 1);
    // A Gemeinde inside a larger unit names itself first, then the unit.
    tips.set(ags, first === name ? tip : `${name}\n${tip}`);
  }
  for (const { properties } of geo?.gemeinden.features ?? []) {
    const ags = properties.ags;
    if (!tips.has(ags)) tips.set(ags, `${nameOf(ags) ?? ags}\n${measureLabel}: ${t('map.noData')}`);
  }
  return tips;
}
