import { chartParamNames, type ChartId } from './embed-params.ts';

import { HEIGHT_MESSAGE } from './height-message.ts';

/** The message an embed sends its host page: only a height, nothing else. */
export { HEIGHT_MESSAGE };

/**
 * The host snippet (vanilla JS, a few hundred bytes): it accepts a message
 * only from its own iframe (`event.source === iframe.contentWindow`), only
 * of our type and only a sane number, and sets nothing but the height.
 */
export const HOST_SNIPPET = `<script>(function(f){window.addEventListener("message",function(e){var d=e.data;if(e.source!==f.contentWindow||!d||d.type!=="${HEIGHT_MESSAGE}"||typeof d.height!=="number"||d.height<50||d.height>5000)return;f.style.height=Math.ceil(d.height)+"px"})})(document.currentScript.previousElementSibling)</script>`;

/** Escapes text for an HTML attribute. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The code a journalist pastes: a responsive iframe with a sensible fixed
 * height (used when a CMS strips the script), followed by the snippet.
 */
export function embedCode(url: string, title: string, fallbackHeight: number): string {
  return `<iframe src="${attr(url)}" title="${attr(title)}" style="width:100%;min-width:300px;max-width:1200px;border:0" height="${Math.round(fallbackHeight)}" loading="lazy" scrolling="no"></iframe>${HOST_SNIPPET}`;
}

/**
 * The embed URL for a chart: `embed.html?grafik=…` next to the app, with only
 * the chart's own parameters (plus `lang`, `quelle`, `titel`, `notiz`), pinned to a
 * snapshot or current.
 */
export function embedUrl(
  appUrl: string,
  chart: ChartId,
  params: URLSearchParams,
  stand: string | null,
): string {
  const url = new URL('embed.html', appUrl.replace(/#.*$/, ''));
  url.search = '';
  url.searchParams.set('grafik', chart);
  const keep = new Set([
    ...chartParamNames(chart),
    'lang',
    'titel',
    'notiz',
    ...(stand ? [] : ['quelle']),
  ]);
  for (const [k, v] of params) {
    if (!keep.has(k) || !v) continue;
    // Notes repeat (`notiz=…&notiz=…`); every other parameter is one value.
    if (k === 'notiz') url.searchParams.append(k, v);
    else url.searchParams.set(k, v);
  }
  if (stand) url.searchParams.set('stand', stand);
  return url.href;
}

/** The chart's parameters plus the dialog's choices: English (`lang=en`) and an own title (`titel=`). */
export function withOptions(
  params: URLSearchParams,
  options: { lang: 'de' | 'en'; title: string },
): URLSearchParams {
  const p = new URLSearchParams(params);
  p.delete('lang');
  if (options.lang === 'en') p.set('lang', 'en');
  if (options.title.trim()) p.set('titel', options.title.trim());
  return p;
}
