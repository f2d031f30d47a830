import type { Baustein, PostStatus } from '../data/types.ts';

/**
 * What the Verteilung chart shows, from the URL: body, scenario, filters,
 * stacking and the compared scenarios. Its own module: the embed reads it
 * without the dashboard's calculators (allocation-params).
 */
export interface AllocationView {
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

export function readAllocationView(p: URLSearchParams): AllocationView {
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
