import { GLOBAL_PARAMS } from '../../lib/state/route.ts';

/** The channel a notes window listens on for the slide shown. */
export const PRESENT_CHANNEL = 'kim-praesentation';

/** What the presenting window and the presenter view tell each other (BroadcastChannel). */
export type PresentMessage =
  | { type: 'state'; index: number; blank: boolean; sender: string }
  | { type: 'hello'; sender: string }
  | { type: 'leave'; sender: string };

/** Parameters of presenting that travel between the deck page, the slides and the presenter view. */
const PRESENT_PARAMS = [...GLOBAL_PARAMS, 'thema'] as const;

/** The hash of slide `index` (0-based) in `mode`, keeping the session's global parameters and the theme. */
export function presentHref(
  index: number,
  current: URLSearchParams,
  mode: 'vortrag' | 'referent' = 'vortrag',
): string {
  const params = new URLSearchParams();
  for (const key of PRESENT_PARAMS) {
    const v = current.get(key);
    if (v) params.set(key, v);
  }
  params.set('folie', String(index + 1));
  return `#/praesentation/${mode}?${params}`;
}

/** The slide a URL presents (0-based), clamped to the deck; 0 when it names none. */
export function presentedIndex(params: URLSearchParams, count: number): number {
  const n = Number(params.get('folie'));
  return Number.isInteger(n) && n >= 1 ? Math.min(n, Math.max(1, count)) - 1 : 0;
}

/** A link of the first version (`#/karte?folie=2`): the page of a slide, presented. */
export function legacyPresentIndex(params: URLSearchParams): number | null {
  const n = Number(params.get('folie'));
  return Number.isInteger(n) && n >= 1 ? n - 1 : null;
}

export type Step = 'next' | 'prev' | 'blank' | 'leave' | 'first' | 'last';

type Target = { tagName?: string; isContentEditable?: boolean } | null;
const isField = (el: Target) =>
  Boolean(el?.isContentEditable) || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el?.tagName ?? '');
const isControl = (el: Target) =>
  isField(el) || ['BUTTON', 'A', 'SUMMARY'].includes(el?.tagName ?? '');

/**
 * What a key does while presenting. Clickers send PageDown/PageUp (or
 * arrows); typing in a field is never hijacked, and Enter/Space on a focused
 * button (in the presenter view) do what the button does.
 */
export function stepFor(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'> & { target: EventTarget | null },
): Step | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const target = e.target as Target;
  if (e.key === 'PageDown') return 'next';
  if (e.key === 'PageUp') return 'prev';
  if (e.key === 'Escape') return 'leave';
  if (isField(target)) return null;
  if (e.key === 'ArrowRight' || e.key === 'ArrowDown') return 'next';
  if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') return 'prev';
  if (e.key === 'Home') return 'first';
  if (e.key === 'End') return 'last';
  if ((e.key === ' ' || e.key === 'Enter') && !isControl(target)) return 'next';
  if (e.key === 'b' || e.key === 'B' || e.key === '.') return 'blank';
  return null;
}
