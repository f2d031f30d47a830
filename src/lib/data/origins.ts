/**
 * Whose data is this: where a dataset (`quelle=`) or a map style may be
 * loaded from. The app's own origin always; further origins only when whoever
 * deploys the app allows them at build time (`KIM_ERLAUBTE_QUELLEN`, see the
 * README). A dataset can never allow itself, and `data:`, `blob:`,
 * `javascript:` and `file:` addresses are always refused.
 */

/** How an address relates to the published data of this dashboard. */
export type SourceKind =
  /** The app's own origin: the published data (or a folder beside it). */
  | 'own'
  /** An origin the deployer allowed: loaded like the own data. */
  | 'allowed'
  /** Any other https origin: embeds refuse it, the dashboard asks first and marks it. */
  | 'foreign'
  /** Never loaded: not an http(s) address. */
  | 'refused';

/** The verdict on one address. */
export interface SourceCheck {
  kind: SourceKind;
  /** The absolute URL (null when refused). */
  url: string | null;
  /** Host to name in messages and marks (`example.org`), or the scheme for a refused address. */
  host: string;
  /** Why a refused address is refused: not http(s) at all, or a foreign origin without https. */
  reason?: 'scheme' | 'http';
}

/** Origins the deployer allowed: `https://daten.example.org` (no path), parsed from a list. */
export function parseAllowedOrigins(raw: string | undefined | null): string[] {
  const out: string[] = [];
  for (const part of (raw ?? '').split(/[\s,;]+/)) {
    if (!part) continue;
    try {
      const u = new URL(part);
      if (u.protocol === 'https:' || u.protocol === 'http:') out.push(u.origin);
    } catch {
      // Not a URL: ignored (the build prints the list it uses).
    }
  }
  return [...new Set(out)];
}

/** Checks an address (relative to `page`) against the app's origin and the allowed ones. */
export function checkSource(
  address: string,
  page: string,
  allowed: readonly string[],
): SourceCheck {
  const trimmed = address.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https')
    return { kind: 'refused', url: null, host: `${scheme}:`, reason: 'scheme' };
  let url: URL;
  try {
    url = new URL(trimmed, page);
  } catch {
    return { kind: 'refused', url: null, host: trimmed.slice(0, 40), reason: 'scheme' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { kind: 'refused', url: null, host: url.protocol, reason: 'scheme' };
  const own = new URL(page).origin;
  if (url.origin === own) return { kind: 'own', url: url.href, host: url.host };
  if (allowed.includes(url.origin)) return { kind: 'allowed', url: url.href, host: url.host };
  // Foreign data travels only encrypted: an http dataset could be altered on its way.
  if (url.protocol === 'http:')
    return { kind: 'refused', url: null, host: url.host, reason: 'http' };
  return { kind: 'foreign', url: url.href, host: url.host };
}

/** True for the kinds that load without asking and show no mark. */
export const trusted = (kind: SourceKind): boolean => kind === 'own' || kind === 'allowed';
