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
  return p;
}

/** The comparison's parameters as the `vergleich` embed reads them. */
export function compareParams(body: string, a: string, b: string): URLSearchParams {
  return new URLSearchParams({ koerperschaft: body, a, b });
}
