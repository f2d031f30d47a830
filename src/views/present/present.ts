import { GLOBAL_PARAMS } from '../../lib/state/route.ts';

/** The channel a notes window listens on for the slide shown. */
export const PRESENT_CHANNEL = 'kim-praesentation';

/** What a slide message carries to the notes window. */
export interface SlideMessage {
  index: number;
  total: number;
  title: string;
  notes: string;
}

/** The hash that presents slide `index` (0-based): its view, the session's global parameters, `folie=n`. */
export function presentHref(view: string, index: number, current: URLSearchParams): string {
  const [path = '#/', query = ''] = view.split('?', 2);
  const params = new URLSearchParams(query);
  for (const key of GLOBAL_PARAMS) {
    const v = current.get(key);
    if (v) params.set(key, v);
  }
  params.set('folie', String(index + 1));
  return `${path}?${params}`;
}

/** The slide a URL presents (0-based), or null when not presenting or out of range. */
export function presentedIndex(params: URLSearchParams, count: number): number | null {
  const n = Number(params.get('folie'));
  return Number.isInteger(n) && n >= 1 && n <= count ? n - 1 : null;
}

export type Step =
  | 'next'
  | 'prev'
  | 'blank'
  | 'notes'
  | 'leave'
  | 'highlight'
  | 'pointNext'
  | 'pointPrev'
  | 'activate';

type Target = { tagName?: string; isContentEditable?: boolean } | null;
const isField = (el: Target) =>
  Boolean(el?.isContentEditable) || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el?.tagName ?? '');
const isControl = (el: Target) =>
  isField(el) || ['BUTTON', 'A', 'SUMMARY'].includes(el?.tagName ?? '');

/**
 * What a key does while presenting. Clickers send PageDown/PageUp (or arrows);
 * typing in a field is never hijacked, and Enter/Space on a focused button do
 * what the button does. With the highlight on, arrows move it instead.
 */
export function stepFor(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'> & { target: EventTarget | null },
  state: { highlighting: boolean },
): Step | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const target = e.target as Target;
  if (e.key === 'PageDown') return 'next';
  if (e.key === 'PageUp') return 'prev';
  if (e.key === 'Escape') return 'leave';
  if (isField(target)) return null;
  // The map canvas uses arrows for panning while it has focus.
  if (target?.tagName === 'CANVAS' && e.key.startsWith('Arrow')) return null;
  if (state.highlighting) {
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') return 'pointNext';
    if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') return 'pointPrev';
    if (e.key === 'Enter') return 'activate';
  } else {
    if (e.key === 'ArrowRight') return 'next';
    if (e.key === 'ArrowLeft') return 'prev';
    if ((e.key === ' ' || e.key === 'Enter') && !isControl(target)) return 'next';
  }
  if (e.key === 'b' || e.key === 'B' || e.key === '.') return 'blank';
  if (e.key === 'n' || e.key === 'N') return 'notes';
  if (e.key === 'h' || e.key === 'H') return 'highlight';
  return null;
}
