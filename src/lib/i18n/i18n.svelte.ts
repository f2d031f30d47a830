import { createContext } from 'svelte';
import { de, type TextKey } from './de.ts';
import { en } from './en.ts';
import { formatDate, formatNumber, formatPercent } from './format.ts';

/** UI languages; German is the default. */
export type Lang = 'de' | 'en';

const DICTS: Record<Lang, Record<TextKey, string>> = { de, en };

/** The active language and its texts and formats; one instance per app, passed by context. */
export class I18n {
  lang = $state<Lang>('de');

  /** The text for a key with `{name}` placeholders filled in. */
  t = (key: TextKey, params: Record<string, string | number> = {}): string =>
    DICTS[this.lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));

  /** A number in the active locale (`1,5` in German). */
  num = (value: number, digits = 1): string => formatNumber(value, this.lang, digits);

  /** A share as percent (`37 %`). */
  pct = (share: number): string => formatPercent(share, this.lang);

  /** An ISO date of any precision (`16.11.2022`, `09/2021` → `September 2021`, `2021`). */
  date = (iso: string): string => formatDate(iso, this.lang);
}

/** Typed context pair: the getter throws outside <App> (a programming error), the setter provides it. */
export const [getI18n, setI18n] = createContext<I18n>();
