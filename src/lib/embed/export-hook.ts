import { getContext, setContext } from 'svelte';
import type { Cell } from '../data/csv-export.ts';
import type { ChartFrame } from '../ui/chart-export.ts';

/** What a rendered chart frame hands out for downloads: the chart and its frame, and the data shown. */
export interface ChartExport {
  /**
   * The drawn chart and the title, subtitle, source and Stand to frame it with
   * (chart-file draws them in, loaded only when a file is asked for).
   */
  svg(): { chart: SVGSVGElement; frame: ChartFrame } | null;
  table: { header: string[]; rows: Cell[][] };
  fileName: string;
  title: string;
}

const KEY = Symbol('kim-chart-export');
const MARK = Symbol('kim-foreign-mark');

/**
 * Lets a host (the dashboard's download buttons) receive a frame's export
 * once it has rendered. `mark` names foreign data in use: every file carries it.
 */
export function provideExport(receive: (e: ChartExport) => void, mark: string | null = null): void {
  setContext(KEY, receive);
  setContext(MARK, mark);
}

/** The foreign-data mark the host set, if any (an embed page never shows foreign data). */
export function exportMark(): string | null {
  return getContext<string | null | undefined>(MARK) ?? null;
}

/** The receiver set by a host, if any (an embed page has none). */
export function exportReceiver(): ((e: ChartExport) => void) | undefined {
  return getContext<((e: ChartExport) => void) | undefined>(KEY);
}
