import type { Baustein } from '../data/types.ts';
import { readAllocationView, type AllocationView } from './allocation-view.ts';

/** The Verteilung page's state, all in the URL: the chart's choices and both calculators. */
export interface AllocationState extends AllocationView {
  /** The claim calculator's inputs (`personen`, `betrag`, `monate`). */
  claim: ClaimState;
  /** The allocation calculator's inputs (`rechner_…`). */
  calc: CalcState;
}

/** Keys and methods of the allocation calculator. */
export type CalcKey = 'einwohner' | 'fluag' | 'eigen';
export type CalcMethod = 'hare' | 'dhondt' | 'sainte-lague';

/** The allocation calculator: what is distributed, over which places, by which key and method. */
export interface CalcState {
  /** `null`: regions where the body has them, else Gemeinden. */
  places: 'regionen' | 'gemeinden' | null;
  baustein: Baustein;
  total: number;
  step: 1 | 0.5 | 0.25;
  key: CalcKey;
  method: CalcMethod;
  /** Own weights per place key (`eigen`), e.g. `05970004` → 2. */
  weights: Record<string, number>;
}

export const CALC_PRESET: CalcState = {
  places: null,
  baustein: 2,
  total: 6,
  step: 1,
  key: 'einwohner',
  method: 'hare',
  weights: {},
};

const KEYS: CalcKey[] = ['einwohner', 'fluag', 'eigen'];
const METHODS: CalcMethod[] = ['hare', 'dhondt', 'sainte-lague'];
const STEPS = [1, 0.5, 0.25] as const;

/** A German or dotted decimal ≥ 0 (`10`, `7,5`, `7.5`), at most 100,000; else null. */
const decimal = (v: string | null): number | null => {
  if (v === null || !/^\d{1,6}([.,]\d{1,4})?$/.test(v)) return null;
  const n = Number(v.replace(',', '.'));
  return n <= 100_000 ? n : null;
};

/** The calculator's inputs of a URL; missing or invalid values are the preset's. */
export function readCalcState(p: URLSearchParams): CalcState {
  const b = Number(p.get('rechner_baustein'));
  const orte = p.get('rechner_orte');
  const step = decimal(p.get('rechner_schritt'));
  const weights: Record<string, number> = {};
  for (const part of (p.get('rechner_gewichte') ?? '').split('|').slice(0, 500)) {
    const [k, v] = part.split(':');
    const n = decimal(v ?? null);
    if (k && /^[\w.-]{1,80}$/.test(k) && n !== null) weights[k] = n;
  }
  return {
    places: orte === 'regionen' || orte === 'gemeinden' ? orte : null,
    baustein: b === 1 || b === 2 || b === 3 ? (b as Baustein) : CALC_PRESET.baustein,
    total: decimal(p.get('rechner_vzae')) ?? CALC_PRESET.total,
    step: STEPS.find((s) => s === step) ?? CALC_PRESET.step,
    key: KEYS.find((k) => k === p.get('rechner_schluessel')) ?? CALC_PRESET.key,
    method: METHODS.find((m) => m === p.get('rechner_verfahren')) ?? CALC_PRESET.method,
    weights,
  };
}

/** Writes the calculator's inputs that differ from the preset. */
function writeCalcState(c: CalcState, p: URLSearchParams) {
  if (c.places) p.set('rechner_orte', c.places);
  if (c.baustein !== CALC_PRESET.baustein) p.set('rechner_baustein', String(c.baustein));
  if (c.total !== CALC_PRESET.total) p.set('rechner_vzae', String(c.total));
  if (c.step !== CALC_PRESET.step) p.set('rechner_schritt', String(c.step));
  if (c.key !== CALC_PRESET.key) p.set('rechner_schluessel', c.key);
  if (c.method !== CALC_PRESET.method) p.set('rechner_verfahren', c.method);
  const w = Object.entries(c.weights);
  if (c.key === 'eigen' && w.length)
    p.set('rechner_gewichte', w.map(([k, v]) => `${k}:${v}`).join('|'));
}

/** Inputs of the claim arithmetic: persons × monthly cost × months. */
export interface ClaimState {
  persons: number;
  monthly: number;
  months: number;
}

/** The claim the calculator starts with (AfD-Antrag „KoRi“, 2021, as cited in the press). */
export const CLAIM_PRESET: ClaimState = { persons: 467, monthly: 1000, months: 12 };

const whole = (v: string | null, max: number): number | null => {
  if (v === null || !/^\d{1,9}$/.test(v)) return null;
  const n = Number(v);
  return n <= max ? n : null;
};

/** The claim inputs of a URL; missing or invalid values are the preset's. */
export function readClaimState(p: URLSearchParams): ClaimState {
  return {
    persons: whole(p.get('personen'), 10_000_000) ?? CLAIM_PRESET.persons,
    monthly: whole(p.get('betrag'), 1_000_000) ?? CLAIM_PRESET.monthly,
    months: whole(p.get('monate'), 12) ?? CLAIM_PRESET.months,
  };
}

export function readAllocationState(p: URLSearchParams): AllocationState {
  return { ...readAllocationView(p), claim: readClaimState(p), calc: readCalcState(p) };
}

export function writeAllocationState(s: AllocationState, base: URLSearchParams): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of ['lang', 'heute', 'quelle']) {
    const v = base.get(key);
    if (v) p.set(key, v);
  }
  if (s.body) p.set('koerperschaft', s.body);
  if (s.scenario !== 'Ist') p.set('szenario', s.scenario);
  if (s.baustein) p.set('baustein', String(s.baustein));
  if (s.status) p.set('status', s.status);
  if (s.stackBy === 'traeger') p.set('nach', 'traeger');
  if (s.a !== 'Ist') p.set('a', s.a);
  if (s.b) p.set('b', s.b);
  if (s.claim.persons !== CLAIM_PRESET.persons) p.set('personen', String(s.claim.persons));
  if (s.claim.monthly !== CLAIM_PRESET.monthly) p.set('betrag', String(s.claim.monthly));
  if (s.claim.months !== CLAIM_PRESET.months) p.set('monate', String(s.claim.months));
  writeCalcState(s.calc, p);
  return p;
}

/** The comparison's parameters as the `vergleich` embed reads them. */
export function compareParams(body: string, a: string, b: string): URLSearchParams {
  return new URLSearchParams({ koerperschaft: body, a, b });
}
