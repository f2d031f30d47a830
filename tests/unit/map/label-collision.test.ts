import { describe, expect, it } from 'vitest';
import { keptLabels, type LabelBox } from '../../../src/lib/map/label-collision.ts';

const box = (id: string, x0: number, y0: number, w: number, priority: number): LabelBox => ({
  id,
  x0,
  y0,
  x1: x0 + w,
  y1: y0 + 18,
  priority,
});

describe('keptLabels', () => {
  it('hides the smaller of two overlapping labels, whichever comes first', () => {
    const city = box('05334002', 100, 100, 90, 1);
    const region = box('05334', 120, 108, 140, 10);
    expect([...keptLabels([city, region])]).toEqual(['05334']);
    expect([...keptLabels([region, city])]).toEqual(['05334']);
  });

  it('keeps labels that only come within the gap apart', () => {
    expect(keptLabels([box('a', 0, 0, 50, 1), box('b', 52, 0, 50, 1)]).size).toBe(2);
    expect(keptLabels([box('a', 0, 0, 50, 1), box('b', 51, 0, 50, 1)]).size).toBe(1);
  });

  it('leaves no two kept boxes intersecting in a crowded grid', () => {
    const boxes: LabelBox[] = [];
    for (let i = 0; i < 200; i++)
      boxes.push(box(`l${i}`, (i * 37) % 400, (i * 23) % 300, 60 + (i % 5) * 10, i % 7));
    const kept = boxes.filter((b) => keptLabels(boxes).has(b.id));
    expect(kept.length).toBeGreaterThan(10);
    for (const a of kept)
      for (const b of kept)
        if (a !== b)
          expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
  });
});
