import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import {
  DatasetAssembler,
  datasetMessages,
  SENT_PART,
  type LoadDone,
} from '../../../src/lib/pipeline/load-message.ts';
import { fixtureFiles, gazetteer } from '../helpers.ts';

describe('datasetMessages / DatasetAssembler (load worker → page)', () => {
  it('sends the big lists in parts of SENT_PART and puts the same dataset together again', () => {
    const ds = buildDataset(fixtureFiles(), gazetteer);
    const copies = Math.ceil((2.5 * SENT_PART) / ds.posts.length);
    const many = { ...ds, posts: Array.from({ length: copies }, () => ds.posts).flat() };
    const messages = datasetMessages(many, { germany: false, origin: 'x/', stored: null });
    const parts = messages.filter((m) => m.type === 'part');
    const postParts = parts.filter((m) => m.type === 'part' && m.list === 'posts');
    expect(postParts.length).toBe(3);
    for (const m of parts)
      if (m.type === 'part') expect(m.records.length).toBeLessThanOrEqual(SENT_PART);
    const done = messages.at(-1) as LoadDone;
    expect(done.type).toBe('done');
    expect(Object.keys(done.rest)).not.toContain('posts');
    // Through structured clone, as postMessage sends them.
    const a = new DatasetAssembler();
    for (const m of structuredClone(messages)) if (m.type === 'part') a.part(m.list, m.records);
    expect(a.finish(structuredClone(done))).toEqual(many);
  });
});
