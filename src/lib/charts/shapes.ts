import type { Shape } from '../model/timeline-layout.ts';

/** SVG path of a marker shape centred on 0,0 with radius r (rounded for stable snapshots). */
export function shapePath(shape: Shape, r: number): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${n(-r)},0A${n(r)},${n(r)} 0 1,0 ${n(r)},0A${n(r)},${n(r)} 0 1,0 ${n(-r)},0Z`;
    case 'dot':
      return shapePath('circle', r * 0.55);
    case 'square':
      return `M${n(-r * 0.85)},${n(-r * 0.85)}H${n(r * 0.85)}V${n(r * 0.85)}H${n(-r * 0.85)}Z`;
    case 'diamond':
      return `M0,${n(-r * 1.15)}L${n(r * 1.15)},0L0,${n(r * 1.15)}L${n(-r * 1.15)},0Z`;
    case 'triangle-up':
      return `M0,${n(-r)}L${n(r)},${n(r * 0.8)}L${n(-r)},${n(r * 0.8)}Z`;
    case 'triangle-down':
      return `M0,${n(r)}L${n(r)},${n(-r * 0.8)}L${n(-r)},${n(-r * 0.8)}Z`;
    case 'cross': {
      const a = r * 0.35;
      return `M${n(-r)},${n(-r + a)}L${n(-r + a)},${n(-r)}L0,${n(-a)}L${n(r - a)},${n(-r)}L${n(r)},${n(-r + a)}L${n(a)},0L${n(r)},${n(r - a)}L${n(r - a)},${n(r)}L0,${n(a)}L${n(-r + a)},${n(r)}L${n(-r)},${n(r - a)}L${n(-a)},0Z`;
    }
  }
}
