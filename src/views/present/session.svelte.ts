import type { AppState } from '../../lib/state/app.svelte.ts';
import { presentedIndex, presentHref, stepFor, type Step } from './present.ts';
import { presentSync } from './sync.ts';

/**
 * One presenting window (the slides or the presenter view): which slide,
 * whether the screen is black, the clicker's keys, and the other window kept
 * in step. Call it while a component initialises; its effects end with it.
 */
export function presentSession(
  app: AppState,
  mode: 'vortrag' | 'referent',
  /** The presentation ends: in this window (`local`) or in the other one. */
  onleave: (local: boolean) => void,
): {
  readonly index: number;
  readonly total: number;
  readonly blank: boolean;
  apply: (step: Step) => void;
} {
  let blank = $state(false);
  const total = $derived(app.loaded?.dataset.deck?.length ?? 0);
  const index = $derived(presentedIndex(app.route.params, total));

  function go(i: number) {
    if (i < 0 || i >= total || i === index) return;
    blank = false;
    location.hash = presentHref(i, app.route.params, mode);
    // The route follows at once, so that slide and blank change in one update (one message).
    app.setHash(location.hash);
  }
  function apply(step: Step) {
    if (step === 'next') go(index + 1);
    else if (step === 'prev') go(index - 1);
    else if (step === 'first') go(0);
    else if (step === 'last') go(total - 1);
    else if (step === 'blank') blank = !blank;
    else if (blank) blank = false;
    else {
      sync.send({ type: 'leave' });
      onleave(true);
    }
  }

  /** The state last received: not sent back (no echo between the windows). */
  let echo: string | null = null;
  const sync = presentSync((m) => {
    if (m.type === 'state') {
      echo = `${m.index}|${m.blank}`;
      go(m.index);
      blank = m.blank;
    } else if (m.type === 'hello') sync.send({ type: 'state', index, blank });
    else onleave(false);
  });
  $effect(() => () => sync.close());
  // A presenter view opened later asks where the slides are.
  if (mode === 'referent') sync.send({ type: 'hello' });
  // Every change of slide or blank is told to the other window.
  $effect(() => {
    const key = `${index}|${blank}`;
    if (key === echo) return;
    echo = null;
    sync.send({ type: 'state', index, blank });
  });
  $effect(() => {
    const onKey = (e: KeyboardEvent) => {
      const step = stepFor(e);
      if (!step) return;
      e.preventDefault();
      apply(step);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });
  $effect(() => {
    document.documentElement.classList.add('presenting');
    return () => document.documentElement.classList.remove('presenting');
  });
  return {
    get index() {
      return index;
    },
    get total() {
      return total;
    },
    get blank() {
      return blank;
    },
    apply,
  };
}

/**
 * The window's size, followed (a projector's resolution may change mid-session).
 * Not `<svelte:window bind:innerWidth>`: its runtime lands in the chunk every
 * embed shares and costs each 0.2 KB gz.
 */
export function windowSize(fallback: { width: number; height: number }): {
  readonly width: number;
  readonly height: number;
} {
  let width = $state(innerWidth || fallback.width);
  let height = $state(innerHeight || fallback.height);
  $effect(() => {
    const onResize = () => {
      width = innerWidth;
      height = innerHeight;
    };
    addEventListener('resize', onResize);
    return () => removeEventListener('resize', onResize);
  });
  return {
    get width() {
      return width;
    },
    get height() {
      return height;
    },
  };
}
