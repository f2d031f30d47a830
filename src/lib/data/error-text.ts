import { GermanError } from './german-error.ts';

export { GermanError };

/**
 * Errors that reach a person. Our own are thrown as GermanError with a message
 * that says what happened and what to do; anything else (a browser's or the
 * JS engine's English text) is replaced by a German sentence of its kind and
 * logged to the console for whoever maintains the app.
 */

const TOO_BIG =
  /out of memory|allocation failed|invalid (array|string|typed array) length|call stack/i;

/** The German text for an error; `what` names the step (`Das Laden`, `Die Prüfung`). */
export function errorText(e: unknown, what = 'Der Vorgang'): string {
  const name = (e as { name?: unknown } | null)?.name;
  const message = String((e as { message?: unknown } | null)?.message ?? e ?? '');
  // Our own (also after crossing a worker or a structured clone, which loses the class).
  if (name === 'GermanError') return message;
  console.error(e);
  if (name === 'QuotaExceededError')
    return `${what} ist gescheitert: Der Speicherplatz im Browser ist voll. Bitte Browserdaten anderer Seiten löschen oder den Datensatz als Ordner neben der Anwendung veröffentlichen.`;
  if (name === 'AbortError') return `${what} wurde abgebrochen.`;
  if (name === 'DataCloneError' || name === 'RangeError' || TOO_BIG.test(message))
    return `${what} ist gescheitert: Die Daten sind für diesen Browser zu groß oder zu tief verschachtelt. Bitte die Datei aufteilen oder verkleinern; der Datensatz in Gebrauch bleibt unverändert.`;
  if (name === 'SyntaxError')
    return `${what} ist gescheitert: Eine Datei ist kein gültiges JSON. Bitte die Datei neu exportieren.`;
  if (name === 'TypeError' && /fetch|network|load failed/i.test(message))
    return `${what} ist gescheitert: Der Server ist nicht erreichbar. Bitte die Verbindung prüfen und die Seite neu laden.`;
  if (name === 'SecurityError' || name === 'NotAllowedError')
    return `${what} ist gescheitert: Der Browser hat es nicht erlaubt (z. B. im privaten Modus oder durch eine Sicherheitseinstellung).`;
  return `${what} ist gescheitert (unerwarteter Fehler). Bitte die Seite neu laden; bleibt es so, bitte die Datei und diese Meldung an die Betreuer der Anwendung schicken.`;
}
