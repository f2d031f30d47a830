import { flushSync, mount, unmount } from 'svelte';
import type { Loaded } from '../data/loader.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { CHART_VIEWS } from './chart-views.ts';
import { readEmbedParams, type ChartId } from './embed-params.ts';
import ExportHost from './ExportHost.svelte';
import type { ChartExport } from './export-hook.ts';
import { ChartFileError, chartFile, type ExportFormat } from './chart-file.ts';

/**
 * Renders a chart exactly as its embed does, off-screen, with the dataset in
 * use, and returns the file: the dashboard's downloads and the embed's are
 * one code path (same title, source line, Stand and CSV columns).
 */
export async function exportChart(
  chart: ChartId,
  chartParams: URLSearchParams,
  format: ExportFormat,
  ctx: { loaded: Loaded; i18n: I18n; today: string; width?: number },
): Promise<{ blob: Blob; name: string }> {
  const params = readEmbedParams(new URLSearchParams([['grafik', chart], ...chartParams]));
  const View = (await CHART_VIEWS[chart]()).default;
  const target = document.createElement('div');
  let app: ReturnType<typeof mount> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const ready = new Promise<ChartExport>((resolve, reject) => {
      timer = setTimeout(() => reject(new ChartFileError('chart.timeout')), 30_000);
      app = mount(ExportHost, {
        target,
        props: {
          i18n: ctx.i18n,
          View,
          viewProps: { loaded: ctx.loaded, params, width: ctx.width ?? 760, today: ctx.today },
          onready: resolve,
        },
      });
      flushSync();
    });
    return await chartFile(await ready, format);
  } finally {
    clearTimeout(timer);
    if (app) unmount(app);
  }
}
