import { toCsv } from '../data/csv-export.ts';
import { pngBlob, svgBlob } from '../ui/download.ts';
import type { ChartExport } from './export-hook.ts';
import { framedSvg } from '../ui/chart-export.ts';

export type ExportFormat = 'png' | 'svg' | 'csv';

/** A chart file that cannot be made, named by its text key (the caller words it in its language). */
export class ChartFileError extends Error {
  constructor(readonly key: 'chart.noDrawing' | 'chart.timeout' | 'chart.noPng') {
    super(key);
  }
}

/** The file of a rendered chart: PNG at 2× or SVG (both framed with title and source), or the CSV shown. */
export async function chartFile(
  e: ChartExport,
  format: ExportFormat,
): Promise<{ blob: Blob; name: string }> {
  if (format === 'csv')
    return {
      blob: new Blob([toCsv(e.table.header, e.table.rows)], { type: 'text/csv;charset=utf-8' }),
      name: `${e.fileName}.csv`,
    };
  const drawn = e.svg();
  if (!drawn) throw new ChartFileError('chart.noDrawing');
  const svg = framedSvg(drawn.chart, drawn.frame);
  return format === 'svg'
    ? { blob: svgBlob(svg), name: `${e.fileName}.svg` }
    : {
        blob: await pngBlob(svg, 2).catch(() => Promise.reject(new ChartFileError('chart.noPng'))),
        name: `${e.fileName}.png`,
      };
}
