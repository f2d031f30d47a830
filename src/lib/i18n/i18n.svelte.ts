import { createContext } from 'svelte';
import { de, type TextKey } from './de.ts';
import { formatDate, formatNumber, formatPercent } from './format.ts';

/** UI languages; German is the default. */
export type Lang = 'de' | 'en';

type Texts = Partial<Record<TextKey, string>>;

/**
 * German is built in (the dashboard adds its own texts with `addTexts`);
 * English is fetched on first use (about 5 KB gzipped every page saves).
 */
const DICTS: Partial<Record<Lang, Texts>> = { de };
const LOADERS: Record<Lang, () => Promise<Texts>> = {
  de: async () => de,
  en: async () => (await import('./en.ts')).en,
};

/** Registers more texts of a language (the dashboard's own German texts, before it mounts). */
export function addTexts(lang: Lang, texts: Texts): void {
  DICTS[lang] = { ...DICTS[lang], ...texts };
}

/** The active language and its texts and formats; one instance per app, passed by context. */
export class I18n {
  #lang = $state<Lang>('de');
  /** Bumped when a dictionary arrives, so texts shown before it re-render. */
  #arrived = $state(0);

  /** The active language; setting it loads its dictionary (German texts show meanwhile). */
  get lang(): Lang {
    return this.#lang;
  }
  set lang(lang: Lang) {
    this.#lang = lang;
    if (!DICTS[lang]) void this.ready(lang);
  }

  /** Resolves once the dictionary of `lang` is loaded. */
  async ready(lang: Lang = this.#lang): Promise<void> {
    if (DICTS[lang]) return;
    DICTS[lang] = await LOADERS[lang]();
    this.#arrived++;
  }

  /** The text for a key with `{name}` placeholders filled in. */
  t = (key: TextKey, params: Record<string, string | number> = {}): string => {
    void this.#arrived;
    const text = DICTS[this.#lang]?.[key] ?? DICTS.de?.[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  };

  /** A number in the active locale (`1,5` in German). */
  num = (value: number, digits = 1): string => formatNumber(value, this.lang, digits);

  /** A share as percent (`37 %`). */
  pct = (share: number): string => formatPercent(share, this.lang);

  /** An ISO date of any precision (`16.11.2022`, `09/2021` → `September 2021`, `2021`). */
  date = (iso: string): string => formatDate(iso, this.lang);
}

/** Typed context pair: the getter throws outside <App> (a programming error), the setter provides it. */
export const [getI18n, setI18n] = createContext<I18n>();
