import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  currentPointer,
  KEEP_VERSIONS,
  listVersions,
  loadStored,
  restoreVersion,
  saveDataset,
} from '../../../src/lib/data/store.ts';
import { file } from '../helpers.ts';

const figures = { rows: { stellen: 1 }, fte: 1, held: 0 };
const save = (n: number, expected: string | null) =>
  saveDataset([file('stellen.csv', `v${n}`)], `Version ${n}`, expected, figures);
const text = async () => {
  const v = await loadStored();
  return v ? new TextDecoder().decode(v.files[0]!.bytes) : null;
};

beforeEach(async () => {
  await new Promise<void>((ok, fail) => {
    const r = indexedDB.deleteDatabase('kim-dashboard');
    r.onsuccess = () => ok();
    r.onerror = () => fail(r.error);
  });
});

describe('stored versions', () => {
  it('keeps the last ten, in order, and the one in use loads', async () => {
    let expected: string | null = null;
    for (let n = 1; n <= 14; n++) {
      const r = await save(n, expected);
      expect(r.ok).toBe(true);
      expected = r.ok ? r.id : null;
    }
    const list = await listVersions();
    expect(list).toHaveLength(KEEP_VERSIONS);
    expect(list.map((v) => v.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Version ${14 - i}`),
    );
    expect(await text()).toBe('v14');
  });

  it('undo goes back to the version replaced, also to the shipped data, and again forward', async () => {
    const a = await save(1, null);
    const b = await save(2, a.ok ? a.id : null);
    expect(b.ok).toBe(true);
    const p = await currentPointer();
    expect(p.previous).toBe(a.ok && a.id);
    expect((await restoreVersion(p.previous!, p.id)).ok).toBe(true);
    expect(await text()).toBe('v1');
    expect((await restoreVersion(null, a.ok ? a.id : null)).ok).toBe(true);
    expect(await text()).toBeNull(); // shipped data in use …
    expect(await listVersions()).toHaveLength(2); // … and nothing deleted
    expect((await restoreVersion(b.ok ? b.id : null, null)).ok).toBe(true);
    expect(await text()).toBe('v2');
  });

  it('a load never deletes (the first schema deleted every other version)', async () => {
    const a = await save(1, null);
    await save(2, a.ok ? a.id : null);
    for (let i = 0; i < 5; i++) await loadStored();
    expect(await listVersions()).toHaveLength(2);
  });
});

describe('concurrent tabs (compare-and-swap on the version)', () => {
  it('of two saves against the same version exactly one wins; the other is refused, nothing lost', async () => {
    for (let run = 0; run < 20; run++) {
      const base = await currentPointer();
      const results = await Promise.all([save(100 + run, base.id), save(200 + run, base.id)]);
      const won = results.filter((r) => r.ok);
      expect(won).toHaveLength(1);
      const lost = results.find((r) => !r.ok)!;
      expect(lost).toMatchObject({ ok: false, stale: true });
      expect(!lost.ok && lost.message).toMatch(/^In einem anderen Tab oder Fenster/);
      const now = await currentPointer();
      expect(now.id).toBe(won[0]!.ok && won[0]!.id);
      expect(await loadStored()).not.toBeNull(); // the pointer never points at a deleted version
    }
  });

  it('saves and loads interleaved: every load sees a stored version, the pointer stays valid', async () => {
    const first = await save(0, null);
    let expected = first.ok ? first.id : null;
    const loads: Promise<string | null>[] = [];
    for (let n = 1; n <= 30; n++) {
      const r = save(n, expected);
      loads.push(text(), text());
      const done = await r;
      expect(done.ok).toBe(true);
      expected = done.ok ? done.id : null;
    }
    const seen = await Promise.all(loads);
    expect(seen.every((s) => s !== null && /^v\d+$/.test(s))).toBe(true);
    expect(await text()).toBe('v30');
    expect((await listVersions()).length).toBe(KEEP_VERSIONS);
  });

  it('a stale restore is refused too', async () => {
    const a = await save(1, null);
    await save(2, a.ok ? a.id : null);
    const r = await restoreVersion(null, a.ok ? a.id : null); // this tab still believes v1 is in use
    expect(r).toMatchObject({ ok: false, stale: true });
    expect(await text()).toBe('v2');
  });
});
