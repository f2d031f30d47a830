import { runAtOnce, runInSlices } from '../util/slices.ts';

/** Datasets from this many records are derived in slices (a stored dataset of a million rows). */
export const SLICED_FROM = 100_000;

/**
 * A derivation that a component shows: computed at once for a small dataset,
 * in slices between frames for a large one (then `null` until it is done, so
 * the page can say so). `steps` reads its inputs when called: they are
 * tracked like a `$derived`'s, and a change starts a new computation (the
 * old one is cancelled). Call it while a component is set up.
 */
export function sliced<T>(
  steps: () => Generator<unknown, T>,
  large: () => boolean,
): { readonly value: T | null } {
  const now = $derived(large() ? null : runAtOnce(steps()));
  let late = $state.raw<T | null>(null);
  $effect(() => {
    if (!large()) return;
    const run = runInSlices(steps());
    late = null;
    void run.result.then((v) => {
      if (v !== null) late = v;
    });
    return run.cancel;
  });
  return {
    get value() {
      return now ?? late;
    },
  };
}
