import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import {
  BUILT_SCHEMA,
  currentPointer,
  KEEP_VERSIONS,
  loadBuilt,
  loadBuiltCurrent,
  PART_SIZE,
  listVersions,
  loadStored,
  restoreVersion,
  saveDataset,
} from '../../../src/lib/data/store.ts';
import { file, fixtureFiles, gazetteer } from '../helpers.ts';

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

describe('the validated form beside the files', () => {
  const dataset = () => {
    const ds = buildDataset(fixtureFiles(), gazetteer);
    // More posts than one part holds, so that the parts are joined in order.
    const posts = Array.from({ length: PART_SIZE * 2 + 7 }, (_, i) => ({
      ...ds.posts[i % ds.posts.length]!,
      id: `P${i}`,
    }));
    return { ...ds, posts };
  };

  it('is stored in parts with its schema and read back equal, so that a start need not validate', async () => {
    const ds = dataset();
    const r = await saveDataset(fixtureFiles(), 'Mit Prüfung', null, figures, {
      dataset: ds,
      germany: false,
    });
    expect(r.ok).toBe(true);
    const built = await loadBuiltCurrent();
    expect(built).toMatchObject({ title: 'Mit Prüfung', germany: false });
    expect(built!.dataset.posts).toHaveLength(PART_SIZE * 2 + 7);
    expect(built!.dataset.posts.map((p) => p.id)).toEqual(ds.posts.map((p) => p.id));
    expect(built!.dataset).toEqual(ds);
  });

  it('a version without it (stored before) gives null: the files are validated again', async () => {
    await save(1, null);
    expect(await loadBuiltCurrent()).toBeNull();
    expect(await text()).toBe('v1');
  });

  it('an older schema gives null too, and trimming deletes the parts of old versions', async () => {
    let expected: string | null = null;
    const first = await saveDataset(fixtureFiles(), 'Alt', null, figures, {
      dataset: dataset(),
      germany: false,
    });
    expected = first.ok ? first.id : null;
    const firstId = expected!;
    const db = await openDB('kim-dashboard');
    const head = await db.get('built', firstId);
    await db.put('built', { ...head, schema: BUILT_SCHEMA - 1 });
    db.close();
    expect(await loadBuilt(firstId)).toBeNull();
    for (let n = 1; n <= KEEP_VERSIONS + 2; n++) {
      const r = await save(n, expected);
      expected = r.ok ? r.id : null;
    }
    const db2 = await openDB('kim-dashboard');
    expect(await db2.getAllKeys('built')).toEqual([]);
    db2.close();
  });
});
