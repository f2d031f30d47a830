import { describe, expect, it } from 'vitest';
import { de } from '../../../src/lib/i18n/de.ts';
import { deTools } from '../../../src/lib/i18n/de-tools.ts';
import { deMap } from '../../../src/lib/i18n/de-map.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { deChartBaustein } from '../../../src/lib/i18n/de-chart-bausteine.ts';
import { deChartTimeline } from '../../../src/lib/i18n/de-chart-timeline.ts';
import { deChartTraeger } from '../../../src/lib/i18n/de-chart-traeger.ts';
import { deChartVergleich } from '../../../src/lib/i18n/de-chart-vergleich.ts';
import { deChartVerteilung } from '../../../src/lib/i18n/de-chart-verteilung.ts';
import { deChartVerlauf } from '../../../src/lib/i18n/de-chart-verlauf.ts';

const charts = [
  deChartBaustein,
  deChartTimeline,
  deChartTraeger,
  deChartVergleich,
  deChartVerteilung,
  deChartVerlauf,
];

const german: Record<string, string> = Object.assign({}, de, deTools, deMap, ...charts);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('the shared, dashboard-only, map and chart German texts do not overlap', () => {
    const keys = [de, deTools, deMap, ...charts].flatMap((d) => Object.keys(d));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('English has exactly the German keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(german).sort());
  });

  it('every English text fills the same placeholders as its German one', () => {
    const differing = Object.keys(german).filter(
      (k) =>
        placeholders(german[k]!).join() !== placeholders((en as Record<string, string>)[k]!).join(),
    );
    expect(differing).toEqual([]);
  });

  it('no text is empty', () => {
    for (const [k, v] of [...Object.entries(german), ...Object.entries(en)])
      expect(v.trim(), k).not.toBe('');
  });
});
