import type { I18n } from '../i18n/i18n.svelte.ts';
import { KIM_BODY_COUNT } from '../model/coverage.ts';
import type { MapModel } from '../model/map-units.ts';
import { dateSpan, isMixed, spanYears, type DateSpan } from '../model/stichtag.ts';
import { spanText } from './span-text.ts';

type Texts = Pick<I18n, 't' | 'date'>;

/** How far apart mixed Stichtage are: „9 Jahre auseinander“. */
export function gapText(span: DateSpan, i18n: Texts): string {
  const years = spanYears(span);
  return years === 0
    ? i18n.t('map.gapNone')
    : years === 1
      ? i18n.t('map.gapYear')
      : i18n.t('map.gapYears', { n: years });
}

/** The honesty lines under a map: Stichtag(e), the „gemischt“ note, coverage, quoted figures. */
export interface MapNotes {
  /** „Stichtage 2015–2024“ / „Stand der Angaben 2021–2024“; null without values. */
  span: string | null;
  /** Set when the map mixes Stichtage of persons' figures (neuester Stand je Gebiet). */
  mixed: string | null;
  /** „Daten für 12 von 54 KIM-Körperschaften“. */
  coverage: string;
  /** Units shown with a figure only quoted by a party or third person. */
  quoted: string | null;
  /** For values per inhabitant: which population Stichtage and census bases were used. */
  population: string | null;
}

/** The notes of a map model, in the active language. */
export function mapNotes(model: MapModel, i18n: Texts): MapNotes {
  const persons = model.measure.startsWith('ausreise');
  const span = model.asOf;
  return {
    span: span ? spanText(span, persons ? 'stichtag' : 'stand', i18n) : null,
    mixed:
      persons && span && isMixed(span)
        ? i18n.t('map.mixed', {
            from: i18n.date(span.from),
            to: i18n.date(span.to),
            gap: gapText(span, i18n),
          })
        : null,
    coverage: i18n.t('coverage.line', { n: model.bodies, total: KIM_BODY_COUNT }),
    quoted: model.quoted.length
      ? i18n.t('map.quoted', { list: model.quoted.map((u) => u.label).join(', ') })
      : null,
    population: populationNote(model, i18n),
  };
}

function populationNote(model: MapModel, i18n: Texts): string | null {
  if (model.measure !== 'vzae10k' && model.measure !== 'ausreise1k') return null;
  const used = model.units.filter((u) => u.value !== null && u.population);
  const span = dateSpan(used.flatMap((u) => u.population!.asOf));
  if (!span) return null;
  const bases = [...new Set(used.flatMap((u) => u.population!.basis))].sort();
  return i18n.t(model.measure === 'ausreise1k' ? 'map.populationNear' : 'map.populationNewest', {
    span: spanText(span, 'stichtag', i18n),
    basis: bases.length ? bases.join(', ') : i18n.t('map.basisNone'),
  });
}
