import { decodeBytes } from './decode.ts';
import { problemAt, type Problem } from './problem.ts';
import type { InputFile } from './read-table.ts';
import { splitHash } from '../util/hash.ts';
import { SLIDE_PAGES, type Slide } from './deck-file.ts';
import {
  kindOfPage,
  MAX_ANNOTATION,
  MAX_BULLETS,
  pageOfKind,
  SLIDE_KINDS,
  type SlideKind,
} from './deck-kinds.ts';
import { jsonPosition } from './german-error.ts';
import { jsonWhere } from './manifest.ts';

export { DECK_FILE, isDeckFile, type Slide } from './deck-file.ts';
export { newSlide, type SlideKind } from './deck-kinds.ts';

/** Parameters of presenting and of the session that a slide must not carry. */
const DROP = ['folie', 'vortrag', 'notizen', 'heute', 'quelle', 'lang'];

/**
 * A view as a slide stores it: the page path and its own parameters, without
 * presenting, language or data-source parameters; null for pages a slide cannot show.
 */
export function slideView(hash: string): string | null {
  const { path, params: all } = splitHash(hash);
  if (!path || !SLIDE_PAGES.includes(path)) return null;
  const params = new URLSearchParams(all);
  for (const key of DROP) params.delete(key);
  const q = params.toString();
  return `#${path}${q ? `?${q}` : ''}`;
}

/**
 * Reads `praesentation.json`: `{ "folien": [{ "art", "titel", "ansicht", "notizen",
 * "hervorhebung", "anmerkung", "punkte" }] }`. Files of the first version (titel,
 * ansicht, notizen) load as they were; bad slides and fields are named, never dropped silently.
 */
export function readDeck(input: InputFile): { slides: Slide[]; problems: Problem[] } {
  const place = { table: 'praesentation', file: input.name };
  const problems: Problem[] = [];
  let json: unknown;
  try {
    const decoded = decodeBytes(input.bytes);
    json = JSON.parse(decoded.ok ? decoded.text : '');
  } catch (e) {
    return {
      slides: [],
      problems: [
        problemAt(
          place,
          'Fehler',
          `${input.name} ist kein gültiges JSON${jsonPosition(e)}; die Präsentation wird nicht geladen.`,
          'Bitte die Datei auf der Seite „Präsentation“ neu anlegen oder mit einem JSON-Prüfer reparieren.',
          { text: { key: 'deck.invalidJson', params: { file: input.name, ...jsonWhere(e) } } },
        ),
      ],
    };
  }
  const list = (json as { folien?: unknown } | null)?.folien;
  if (!Array.isArray(list)) {
    return {
      slides: [],
      problems: [
        problemAt(
          place,
          'Fehler',
          `${input.name} enthält keine Liste „folien“.`,
          'Erwartet wird { "folien": [ { "titel": …, "ansicht": "#/karte?…", "notizen": … } ] }.',
          { text: { key: 'deck.noSlides', params: { file: input.name } } },
        ),
      ],
    };
  }
  const slides: Slide[] = [];
  const warn = (
    i: number,
    column: string,
    value: string,
    text: string,
    hint: string,
    key: string,
    params: Record<string, string | number> = {},
  ) =>
    problems.push(
      problemAt(place, 'Warnung', `Folie ${i + 1}: ${text}`, hint, {
        column,
        value,
        text: { key, params: { slide: i + 1, ...params } },
      }),
    );
  list.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      warn(
        i,
        'folien',
        JSON.stringify(raw) ?? '',
        'Der Eintrag ist kein Objekt; die Folie wird nicht gezeigt.',
        'Jede Folie ist ein Objekt wie { "art": "karte", "titel": …, "ansicht": "#/karte?…" }.',
        'deck.notObject',
      );
      return;
    }
    const s = raw as Record<string, unknown>;
    const rawKind = typeof s.art === 'string' ? s.art.trim() : null;
    const text = rawKind === 'text';
    const view = text ? '#/' : typeof s.ansicht === 'string' ? slideView(s.ansicht) : null;
    if (!view) {
      warn(
        i,
        'ansicht',
        String(s.ansicht ?? ''),
        `Die Ansicht „${String(s.ansicht ?? '')}“ ist keine Seite des Dashboards; die Folie wird nicht gezeigt.`,
        'Erlaubt sind #/, #/karte, #/zeitleiste und #/verteilung mit ihren Parametern. Am einfachsten die Folie im Dashboard mit „Zur Präsentation hinzufügen“ neu anlegen.',
        'deck.badView',
        { view: String(s.ansicht ?? '') },
      );
      return;
    }
    const page = splitHash(view).path;
    let kind = kindOfPage(page);
    if (rawKind !== null && !text) {
      const known = (SLIDE_KINDS as readonly string[]).includes(rawKind);
      if (known && pageOfKind(rawKind as SlideKind) === page) kind = rawKind as SlideKind;
      else
        warn(
          i,
          'art',
          rawKind,
          known
            ? `Die Art „${rawKind}“ passt nicht zur Ansicht ${page}; die Folie wird als „${kind}“ gezeigt.`
            : `Die Art „${rawKind}“ gibt es nicht; die Folie wird als „${kind}“ gezeigt.`,
          `Erlaubt sind ${SLIDE_KINDS.join(', ')}; „vorschlag“ und „rechnung“ gehören zur Ansicht #/verteilung.`,
          known ? 'deck.kindMismatch' : 'deck.unknownKind',
          { kind: rawKind, page, shown: kind, kinds: SLIDE_KINDS.join(', ') },
        );
    }
    if (text) kind = 'text';
    const bullets: string[] = [];
    if (s.punkte !== undefined) {
      const items = Array.isArray(s.punkte) ? s.punkte : [s.punkte];
      for (const item of items)
        if (typeof item === 'string' && item.trim()) bullets.push(item.trim());
        else if (typeof item !== 'string')
          warn(
            i,
            'punkte',
            JSON.stringify(item) ?? '',
            'Ein Punkt ist kein Text und wird nicht gezeigt.',
            'Schreiben Sie die Punkte als Liste von Texten: "punkte": ["Erstens", "Zweitens"].',
            'deck.bulletNotText',
          );
      if (bullets.length > MAX_BULLETS)
        warn(
          i,
          'punkte',
          String(bullets.length),
          `Die Folie hat ${bullets.length} Punkte; gezeigt werden die ersten ${MAX_BULLETS}, die übrigen stehen weiter in der Datei und in den Notizen.`,
          `Höchstens ${MAX_BULLETS} Punkte je Folie passen lesbar auf die Leinwand; teilen Sie sie auf zwei Folien auf.`,
          'deck.tooManyBullets',
          { n: bullets.length, max: MAX_BULLETS },
        );
    }
    const annotation = typeof s.anmerkung === 'string' ? s.anmerkung.trim() : '';
    if (annotation.length > MAX_ANNOTATION)
      warn(
        i,
        'anmerkung',
        annotation,
        `Die Anmerkung hat ${annotation.length} Zeichen; auf der Folie wird sie umbrochen.`,
        `Eine Anmerkung in der Grafik sollte höchstens ${MAX_ANNOTATION} Zeichen haben.`,
        'deck.longAnnotation',
        { n: annotation.length, max: MAX_ANNOTATION },
      );
    const title = typeof s.titel === 'string' ? s.titel.trim() : '';
    slides.push({
      kind,
      title: title || (text ? `Folie ${i + 1}` : ''),
      view,
      notes: typeof s.notizen === 'string' ? s.notizen : '',
      highlight:
        typeof s.hervorhebung === 'string' && s.hervorhebung.trim() ? s.hervorhebung.trim() : null,
      annotation,
      bullets,
    });
  });
  return { slides, problems };
}

/** The deck as `praesentation.json` (German keys, like the tables); empty optional fields are left out. */
export function deckJson(slides: readonly Slide[]): string {
  return `${JSON.stringify(
    {
      version: 2,
      folien: slides.map((s) => ({
        art: s.kind,
        titel: s.title,
        ...(s.kind === 'text' ? {} : { ansicht: s.view }),
        notizen: s.notes,
        ...(s.highlight ? { hervorhebung: s.highlight } : {}),
        ...(s.annotation ? { anmerkung: s.annotation } : {}),
        ...(s.kind === 'text' ? { punkte: s.bullets } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}

/** The deck with slide `i` moved by `delta` places (clamped). */
export function moveSlide(slides: readonly Slide[], i: number, delta: number): Slide[] {
  const j = Math.min(slides.length - 1, Math.max(0, i + delta));
  const next = [...slides];
  const [s] = next.splice(i, 1);
  if (s) next.splice(j, 0, s);
  return next;
}
