import type { I18n } from '../i18n/i18n.svelte.ts';
import type { MeasureId } from '../model/map-units.ts';

/** A measure's value as people read it: `1,5 VZÄ`, `37 %`, `663`, `2,1`. */
export function formatValue(
  measure: MeasureId,
  n: number,
  i18n: Pick<I18n, 'num' | 'pct'>,
): string {
  switch (measure) {
    case 'vzae':
    case 'status':
      return `${i18n.num(n, 2)} VZÄ`;
    case 'frei':
      return i18n.pct(n);
    case 'ausreise':
      return i18n.num(n, 0);
    default:
      return i18n.num(n, 2);
  }
}
