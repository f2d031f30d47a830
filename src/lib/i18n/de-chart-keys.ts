import type { deChartBaustein } from './de-chart-bausteine.ts';
import type { deChartTraeger } from './de-chart-traeger.ts';
import type { deChartVergleich } from './de-chart-vergleich.ts';
import type { deChartVerteilung } from './de-chart-verteilung.ts';
import type { deChartTimeline } from './de-chart-timeline.ts';
import type { deChartVerlauf } from './de-chart-verlauf.ts';

/** The text keys of the chart embeds (one module each). */
export type ChartKey =
  | keyof typeof deChartBaustein
  | keyof typeof deChartTraeger
  | keyof typeof deChartVergleich
  | keyof typeof deChartVerteilung
  | keyof typeof deChartTimeline
  | keyof typeof deChartVerlauf;
