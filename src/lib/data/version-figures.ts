import type { Dataset } from './dataset.ts';
import { heldCount } from './held-rows.ts';
import { IST } from './types.ts';
import type { VersionFigures } from './store.ts';

/** The figures a stored version is listed with: rows per table, VZÄ in use, held rows. */
export function versionFigures(dataset: Dataset): VersionFigures {
  let fte = 0;
  for (const p of dataset.posts) if (p.scenario === IST && p.status !== 'entfallen') fte += p.fte;
  return {
    rows: {
      stellen: dataset.posts.length,
      regionen: dataset.regions.length,
      termine: dataset.events.length,
      ausreisepflichtige: dataset.obliged.length,
      bevoelkerung: dataset.population.length,
    },
    fte: Math.round(fte * 100) / 100,
    held: heldCount(dataset.held),
  };
}
