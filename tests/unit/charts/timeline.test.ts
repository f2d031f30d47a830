import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Timeline from '../../../src/lib/charts/Timeline.svg.svelte';
import { buildDataset } from '../../../src/lib/data/dataset.ts';
import { timelineLayout } from '../../../src/lib/model/timeline-layout.ts';
import { defaultRange } from '../../../src/lib/state/timeline-params.ts';
import { gazetteer, fixtureFiles } from '../helpers.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const ds = buildDataset(fixtureFiles(), gazetteer);

describe('Timeline.svg', () => {
  it('the default data at a pinned date (01.11.2022) matches the snapshot', () => {
    const [from, to] = defaultRange(ds.events, '2022-11-01');
    const layout = timelineLayout(ds.events, gazetteer, {
      from,
      to,
      width: 960,
      today: '2022-11-01',
    });
    const { body } = render(Timeline, {
      props: {
        layout,
        title: `Zeitleiste ${from} bis ${to}`,
        description: 'Test',
        todayLabel: 'heute 01.11.2022',
        tickLabel: (d: Date) => String(d.getUTCFullYear()),
        entryLabel: (key: string) => key,
        selected: null,
      },
    });
    expect(body).not.toMatch(/NaN|undefined/);
    expect((body.match(/role="button"/g) ?? []).length).toBe(ds.events.length);
    expect(body).toContain('heute 01.11.2022');
    expectSvgSnapshot(import.meta.dirname, 'timeline-default-2022-11-01', body);
  });
});
