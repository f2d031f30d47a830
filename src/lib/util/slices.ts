/**
 * Runs a generator step by step, giving the main thread back between steps
 * (a macrotask each), so that a long computation never blocks input or
 * painting for longer than one step. `cancel` stops it; the result is then
 * `null`.
 */
export function runInSlices<T>(steps: Generator<unknown, T>): {
  result: Promise<T | null>;
  cancel: () => void;
} {
  let cancelled = false;
  const result = new Promise<T | null>((resolve, reject) => {
    const step = () => {
      if (cancelled) return resolve(null);
      try {
        const r = steps.next();
        if (r.done) resolve(r.value);
        else setTimeout(step, 0);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    setTimeout(step, 0);
  });
  return { result, cancel: () => (cancelled = true) };
}

/** Runs a generator to its end at once (the same computation without pauses). */
export function runAtOnce<T>(steps: Generator<unknown, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}
