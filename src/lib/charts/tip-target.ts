import type { Attachment } from 'svelte/attachments';

/**
 * Makes a chart mark (a bar's group) the target of its tip: with a text it is
 * a button — `data-tip` for ChartTips, role and tab stop together — and
 * without one it stays a plain graphic. Set on the live mark only: the
 * exported SVG strips these again (chart-export).
 */
export function tipTarget(text: string | undefined): Attachment<Element> {
  return (el) => {
    if (!text) return;
    el.setAttribute('data-tip', text);
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    return () => {
      for (const a of ['data-tip', 'tabindex', 'role']) el.removeAttribute(a);
    };
  };
}
