import type { Evidence } from '../data/types.ts';
import type { SourceRef } from './sources.ts';

/** How many rows behind some sources have each kind of `beleg` (unstated as `none`), in a fixed order. */
export function evidenceSummary(
  sources: readonly SourceRef[],
): { evidence: Evidence | 'none'; rows: number }[] {
  const order: (Evidence | 'none')[] = ['amtlich', 'presse', 'zitiert', 'none'];
  const count = new Map<Evidence | 'none', number>();
  for (const s of sources)
    for (const e of order)
      if (s.evidenceRows[e]) count.set(e, (count.get(e) ?? 0) + s.evidenceRows[e]!);
  return order
    .filter((e) => count.has(e))
    .map((evidence) => ({ evidence, rows: count.get(evidence)! }));
}
