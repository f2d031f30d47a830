import { wrapMeasured } from '../charts/wrap.ts';
import { textMeasure } from '../charts/measure.ts';

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'DejaVu Sans, Segoe UI, Arial, sans-serif';

/** Title, subtitle and footer lines drawn into an exported chart, so a PNG or SVG is never without source. */
export interface ChartFrame {
  title: string;
  subtitle?: string;
  /** e.g. "Quelle: …", "Stand …", "© GeoBasis-DE / BKG". */
  footer: string[];
}

function text(
  doc: Document,
  x: number,
  y: number,
  content: string,
  size: number,
  weight = 400,
  fill = '#111111',
): SVGTextElement {
  const t = doc.createElementNS(NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', String(weight));
  t.setAttribute('font-family', FONT);
  t.setAttribute('fill', fill);
  t.textContent = content;
  return t;
}

/** Splits a line so that it fits `width` in its font and size; nothing is cut. */
const wrap = (line: string, width: number, size: number, weight = 400) =>
  wrapMeasured(line, width, textMeasure(size, weight));

/**
 * A standalone copy of a chart with title, subtitle and footer drawn in,
 * on white, with every style as an attribute (opens in Inkscape/Illustrator).
 */
export function framedSvg(chart: SVGSVGElement, frame: ChartFrame): SVGSVGElement {
  const doc = chart.ownerDocument;
  const pad = 16;
  const w = Number(chart.getAttribute('width'));
  const h = Number(chart.getAttribute('height'));
  const width = w + 2 * pad;
  const out = doc.createElementNS(NS, 'svg');
  out.setAttribute('xmlns', NS);
  out.setAttribute('color', '#111111');
  const parts: SVGElement[] = [];
  let y = pad;
  for (const line of wrap(frame.title, w, 20, 700))
    parts.push(text(doc, pad, (y += 24), line, 20, 700));
  if (frame.subtitle)
    for (const line of wrap(frame.subtitle, w, 14))
      parts.push(text(doc, pad, (y += 20), line, 14, 400, '#444444'));
  y += 14;
  const inner = chart.cloneNode(true) as SVGSVGElement;
  inner.setAttribute('x', String(pad));
  inner.setAttribute('y', String(y));
  inner.removeAttribute('data-testid');
  // Tooltips, focus and their accessible names belong to the page, not to a file
  // (396 map areas would carry their tip twice).
  for (const el of inner.querySelectorAll('[data-tip], [tabindex], [data-roving]'))
    for (const a of ['data-tip', 'tabindex', 'role', 'aria-label', 'aria-pressed', 'data-roving'])
      el.removeAttribute(a);
  for (const el of inner.querySelectorAll('[data-hit]')) el.remove();
  y += h + 10;
  for (const line of frame.footer.flatMap((l) => wrap(l, w, 12)))
    parts.push(text(doc, pad, (y += 17), line, 12, 400, '#444444'));
  const height = y + pad;
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bg = doc.createElementNS(NS, 'rect');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', '#ffffff');
  out.append(bg);
  for (const part of parts) out.append(part);
  out.append(inner);
  const title = doc.createElementNS(NS, 'title');
  title.textContent = frame.title;
  out.prepend(title);
  return out;
}
