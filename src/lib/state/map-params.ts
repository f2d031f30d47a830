import type { Baustein, CarrierType, PostStatus } from '../data/types.ts';
import type { ClassMethod } from '../model/classify.ts';
import {
  DEFAULT_FILTERS,
  levelsFor,
  MEASURES,
  type LevelId,
  type MapFilters,
  type MeasureId,
} from '../model/map-units.ts';

/** The map page's state, all of it in the URL (`#/karte?mass=vzae10k&ebene=…`). */
export interface MapState {
  measure: MeasureId;
  level: LevelId;
  filters: MapFilters;
  method: ClassMethod;
  classes: number;
  /** Selected Gemeinde (AGS-8) or null. */
  selected: string | null;
}

const METHODS: ClassMethod[] = ['quantile', 'equal', 'ckmeans'];
const CARRIERS: CarrierType[] = ['kommune', 'frei', 'unbekannt'];
const STATUSES: PostStatus[] = ['besetzt', 'ausgeschrieben', 'vakant', 'geplant', 'unbekannt'];

/** Reads the map state from URL parameters; unknown or invalid values fall back to defaults. */
export function readMapState(params: URLSearchParams): MapState {
  const measure = (MEASURES as readonly string[]).includes(params.get('mass') ?? '')
    ? (params.get('mass') as MeasureId)
    : 'vzae';
  const levels = levelsFor(measure);
  const level = levels.includes(params.get('ebene') as LevelId)
    ? (params.get('ebene') as LevelId)
    : levels[0]!;
  const b = Number(params.get('baustein'));
  const classes = Number(params.get('klassen'));
  const selected = params.get('auswahl');
  return {
    measure,
    level,
    filters: {
      scenario: params.get('szenario') || DEFAULT_FILTERS.scenario,
      baustein: b === 1 || b === 2 || b === 3 ? (b as Baustein) : null,
      carrier: CARRIERS.includes(params.get('traeger') as CarrierType)
        ? (params.get('traeger') as CarrierType)
        : null,
      status: STATUSES.includes(params.get('status') as PostStatus)
        ? (params.get('status') as PostStatus)
        : DEFAULT_FILTERS.status,
      stichtag: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(params.get('stichtag') ?? '')
        ? params.get('stichtag')!
        : 'neueste',
    },
    method: METHODS.includes(params.get('methode') as ClassMethod)
      ? (params.get('methode') as ClassMethod)
      : 'quantile',
    classes: classes >= 2 && classes <= 7 ? classes : 5,
    selected: selected && /^\d{8}$/.test(selected) ? selected : null,
  };
}

/** Writes the map state as URL parameters, leaving defaults out so links stay short. */
export function writeMapState(state: MapState, base: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of ['lang', 'heute', 'quelle']) {
    const v = base.get(key);
    if (v) p.set(key, v);
  }
  const set = (k: string, v: string | null, def: string | null) => {
    if (v !== null && v !== def) p.set(k, v);
  };
  set('mass', state.measure, 'vzae');
  set('ebene', state.level, levelsFor(state.measure)[0]!);
  set('szenario', state.filters.scenario, DEFAULT_FILTERS.scenario);
  set('baustein', state.filters.baustein === null ? null : String(state.filters.baustein), null);
  set('traeger', state.filters.carrier, null);
  set('status', state.filters.status, DEFAULT_FILTERS.status);
  set('stichtag', state.filters.stichtag, 'neueste');
  set('methode', state.method, 'quantile');
  set('klassen', String(state.classes), '5');
  set('auswahl', state.selected, null);
  return p;
}
