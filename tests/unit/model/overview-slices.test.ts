import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { OVERVIEW_SLICE, overview, overviewSteps } from '../../../src/lib/model/overview.ts';
import { runInSlices } from '../../../src/lib/util/slices.ts';
import { fixtureFiles, gazetteer } from '../helpers.ts';

const base = buildDataset(fixtureFiles(), gazetteer);
// Many copies of the frozen posts (ids made unique): more than two slices.
const copies = Math.ceil((2.5 * OVERVIEW_SLICE) / base.posts.length);
const posts = Array.from({ length: copies }, (_, c) =>
  base.posts.map((p) => ({ ...p, id: `${p.id}-${c}`, line: p.line + c * 1000 })),
).flat();
const big = { ...base, posts };

describe('overviewSteps', () => {
  it('pauses after every slice of posts and ends with the same model as overview', () => {
    const steps = overviewSteps(big, gazetteer, '2026-11-22');
    const paused: number[] = [];
    let r = steps.next();
    while (!r.done) {
      paused.push(r.value);
      r = steps.next();
    }
    expect(paused).toEqual(
      Array.from(
        { length: Math.floor((posts.length - 1) / OVERVIEW_SLICE) },
        (_, i) => (i + 1) * OVERVIEW_SLICE,
      ),
    );
    const once = overview(big, gazetteer, '2026-11-22');
    expect(r.value).toEqual(once);
    // The copies add up: the total is the frozen total times the copies.
    const one = overview(base, gazetteer, '2026-11-22');
    expect(once.totalFte.value).toBeCloseTo(one.totalFte.value * copies, 6);
    expect(once.totalFte.value).toBeGreaterThan(0);
  });

  it('runs between macrotasks and gives null when cancelled', async () => {
    const run = runInSlices(overviewSteps(big, gazetteer, '2026-11-22'));
    expect((await run.result)?.totalFte.value).toBe(
      overview(big, gazetteer, '2026-11-22').totalFte.value,
    );
    const stopped = runInSlices(overviewSteps(big, gazetteer, '2026-11-22'));
    stopped.cancel();
    expect(await stopped.result).toBeNull();
  });
});
