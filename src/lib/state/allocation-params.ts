import type { Baustein, PostStatus } from '../data/types.ts';

/** The Verteilung page's state, all in the URL. */
export interface AllocationState {
  body: string | null;
  scenario: string;
  baustein: Baustein | null;
  status: PostStatus | null;
  stackBy: 'typ' | 'traeger';
  /** Scenarios compared (A, B). */
  a: string;
  b: string | null;
  /** The claim calculator's inputs (`personen`, `betrag`, `monate`). */
  claim: ClaimState;
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

const STATUSES: PostStatus[] = ['besetzt', 'ausgeschrieben', 'vakant', 'geplant', 'unbekannt'];

export function readAllocationState(p: URLSearchParams): AllocationState {
  const b = Number(p.get('baustein'));
  return {
    body: p.get('koerperschaft') || null,
    scenario: p.get('szenario') || 'Ist',
    baustein: b === 1 || b === 2 || b === 3 ? (b as Baustein) : null,
    status: STATUSES.includes(p.get('status') as PostStatus)
      ? (p.get('status') as PostStatus)
      : null,
    stackBy: p.get('nach') === 'traeger' ? 'traeger' : 'typ',
    a: p.get('a') || 'Ist',
    b: p.get('b') || null,
    claim: readClaimState(p),
  };
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
  return p;
}

/** The comparison's parameters as the `vergleich` embed reads them. */
export function compareParams(body: string, a: string, b: string): URLSearchParams {
  return new URLSearchParams({ koerperschaft: body, a, b });
}
