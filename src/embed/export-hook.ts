import { getContext, setContext } from 'svelte';
import type { Cell } from '../lib/data/csv-export.ts';

/** What a rendered chart frame hands out for downloads: the framed SVG and the data shown. */
export interface ChartExport {
  /** A standalone SVG with title, subtitle, source and Stand drawn in. */
  svg(): SVGSVGElement | null;
  table: { header: string[]; rows: Cell[][] };
  fileName: string;
  title: string;
}

const KEY = Symbol('kim-chart-export');

/** Lets a host (the dashboard's download buttons) receive a frame's export once it has rendered. */
export function provideExport(receive: (e: ChartExport) => void): void {
  setContext(KEY, receive);
}

/** The receiver set by a host, if any (an embed page has none). */
export function exportReceiver(): ((e: ChartExport) => void) | undefined {
  return getContext<((e: ChartExport) => void) | undefined>(KEY);
}
