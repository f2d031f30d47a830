/** An error whose message is German and names the fix: shown as it is. */
export class GermanError extends Error {
  override name = 'GermanError';
}

/** The message of a GermanError (also after a worker or structured clone), else `fallback`. */
export function germanMessage(e: unknown, fallback: string): string {
  return (e as { name?: unknown } | null)?.name === 'GermanError'
    ? String((e as Error).message)
    : fallback;
}

/** Where JSON.parse stopped, as „ (Fehler bei Zeichen 120)“ or „ (Fehler bei „…[}“)“; the engine's English text is not shown. */
export function jsonPosition(e: unknown): string {
  const message = String((e as Error)?.message ?? '');
  const at = /position (\d+)/.exec(message);
  if (at) return ` (Fehler bei Zeichen ${Number(at[1]).toLocaleString('de-DE')})`;
  const near = /(\.\.\.)?"(.{1,40})" is not valid JSON/.exec(message);
  return near ? ` (Fehler bei „${near[1] ? '…' : ''}${near[2]}“)` : '';
}
