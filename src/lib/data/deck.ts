import { decodeBytes } from './decode.ts';
import { problemAt, type Problem } from './problem.ts';
import type { InputFile } from './read-table.ts';
import { parseHash } from '../state/route.ts';
import { SLIDE_PAGES, type Slide } from './deck-file.ts';
import { jsonPosition } from './german-error.ts';

export { DECK_FILE, isDeckFile, type Slide } from './deck-file.ts';

/** Parameters of presenting and of the session that a slide must not carry. */
const DROP = ['folie', 'vortrag', 'notizen', 'heute', 'quelle', 'lang'];

/**
 * A view as a slide stores it: the page path and its own parameters, without
 * presenting, language or data-source parameters; null for pages a slide cannot show.
 */
export function slideView(hash: string): string | null {
  const { path, params: all } = parseHash(hash);
  if (!path || !SLIDE_PAGES.includes(path)) return null;
  const params = new URLSearchParams(all);
  for (const key of DROP) params.delete(key);
  const q = params.toString();
  return `#${path}${q ? `?${q}` : ''}`;
}

/** Reads `praesentation.json`: `{ "folien": [{ "titel", "ansicht", "notizen" }] }`; bad slides are named, not dropped silently. */
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
        ),
      ],
    };
  }
  const slides: Slide[] = [];
  list.forEach((raw, i) => {
    const s = (raw ?? {}) as Record<string, unknown>;
    const view = typeof s.ansicht === 'string' ? slideView(s.ansicht) : null;
    if (!view) {
      problems.push(
        problemAt(
          place,
          'Warnung',
          `Folie ${i + 1}: Die Ansicht „${String(s.ansicht ?? '')}“ ist keine Seite des Dashboards; die Folie wird nicht gezeigt.`,
          'Erlaubt sind #/, #/karte, #/zeitleiste und #/verteilung mit ihren Parametern. Am einfachsten die Folie im Dashboard mit „Zur Präsentation hinzufügen“ neu anlegen.',
          { column: 'ansicht', value: String(s.ansicht ?? '') },
        ),
      );
      return;
    }
    slides.push({
      title: typeof s.titel === 'string' && s.titel.trim() ? s.titel.trim() : `Folie ${i + 1}`,
      view,
      notes: typeof s.notizen === 'string' ? s.notizen : '',
    });
  });
  return { slides, problems };
}

/** The deck as `praesentation.json` (German keys, like the tables). */
export function deckJson(slides: readonly Slide[]): string {
  return `${JSON.stringify(
    { folien: slides.map((s) => ({ titel: s.title, ansicht: s.view, notizen: s.notes })) },
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
