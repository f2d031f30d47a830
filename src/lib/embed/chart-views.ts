import type { Component } from 'svelte';
import type { Loaded } from '../data/loader.ts';
import type { ChartId, EmbedParams } from './embed-params.ts';

/** What every chart view of an embed receives. */
export interface ChartViewProps {
  loaded: Loaded;
  params: EmbedParams;
  width: number;
  today: string;
}

type ChartView = Component<ChartViewProps>;

/** One chunk per chart type: a bar chart never loads map or timeline code. */
export const CHART_VIEWS: Record<ChartId, () => Promise<{ default: ChartView }>> = {
  bausteine: () => import('./charts/BausteinEmbed.svelte') as never,
  zeitleiste: () => import('./charts/TimelineEmbed.svelte') as never,
  karte: () => import('./charts/KarteEmbed.svelte') as never,
  verteilung: () => import('./charts/VerteilungEmbed.svelte') as never,
  traeger: () => import('./charts/TraegerEmbed.svelte') as never,
  vergleich: () => import('./charts/VergleichEmbed.svelte') as never,
  verlauf: () => import('./charts/VerlaufEmbed.svelte') as never,
};
