/** A location hash split into its path and parameters: `#/karte?lang=en` → `/karte`, `lang=en`; an empty hash is `/`. */
export function splitHash(hash: string): { path: string; params: URLSearchParams } {
  const body = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', query = ''] = body.split('?', 2);
  const path = (pathPart.startsWith('/') ? pathPart : `/${pathPart}`).replace(/\/+$/, '') || '/';
  return { path, params: new URLSearchParams(query) };
}
