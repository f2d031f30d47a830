import type { GeoJSONSource, Map as MapLibre } from 'maplibre-gl';
import type { AreaCollection } from '../geo/topology.ts';

const PALETTE = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

/**
 * For `npm run bench`: recolours every Gemeinde `rounds` times, once by
 * feature-state (what the map does) and once by `setData` of the same
 * geometry with the colours as properties (what a naive map would do), each
 * until maplibre is idle again; returns the median milliseconds of each way.
 * The second way re-sends the geometry to the worker, so it also restores the map.
 */
export function recolourProbe(m: MapLibre, gemeinden: AreaCollection) {
  const idle = () => new Promise<void>((ok) => m.once('idle', () => ok()));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const time = async (change: () => void) => {
    const t0 = performance.now();
    change();
    m.triggerRepaint();
    await idle();
    return performance.now() - t0;
  };
  return async (rounds = 5) => {
    const byState: number[] = [];
    const bySetData: number[] = [];
    const source = m.getSource('gemeinden') as GeoJSONSource;
    for (let r = 0; r < rounds; r++) {
      byState.push(
        await time(() =>
          gemeinden.features.forEach((f, i) =>
            m.setFeatureState(
              { source: 'gemeinden', id: f.properties.ags },
              { color: PALETTE[(i + r) % PALETTE.length], hasData: true },
            ),
          ),
        ),
      );
      bySetData.push(
        await time(
          () =>
            void source.setData({
              ...gemeinden,
              features: gemeinden.features.map((f, i) => ({
                ...f,
                properties: { ...f.properties, color: PALETTE[(i + r) % PALETTE.length] },
              })),
            } as never),
        ),
      );
    }
    return {
      features: gemeinden.features.length,
      featureStateMs: Math.round(median(byState) * 10) / 10,
      setDataMs: Math.round(median(bySetData) * 10) / 10,
    };
  };
}
