import type { Plugin } from 'vite';
import { parseAllowedOrigins } from '../src/lib/data/origins.ts';

/**
 * The Content-Security-Policy of the dashboard and the embed, written into
 * the `<meta http-equiv="Content-Security-Policy">` of each HTML page: only
 * our own scripts, styles, workers and data, plus the dataset origins the
 * deployer allows (`KIM_ERLAUBTE_QUELLEN`). `frame-ancestors` cannot be set
 * in a meta tag; the README lists the headers a host adds.
 */
export function contentSecurityPolicy(allowed: readonly string[], dev: boolean): string {
  // `https:`: a viewer may load a foreign dataset after an explicit confirmation (then
  // marked on every page); which origin loads without asking is decided in
  // src/lib/data/origins.ts, never by the data. Scripts, styles and frames stay our own.
  const connect = ["'self'", ...allowed, 'https:', ...(dev ? ['ws:', 'wss:'] : [])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Vite's dev server injects component styles as <style> elements; the build links CSS files.
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "frame-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The deployer's list of allowed dataset origins, from the environment at build time. */
export const allowedOrigins = (): string[] => parseAllowedOrigins(process.env.KIM_ERLAUBTE_QUELLEN);

/** Fills the placeholder CSP meta tag of every HTML page (build: strict; dev: also HMR and injected styles). */
export function cspMeta(): Plugin {
  let dev = false;
  return {
    name: 'kim-csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const policy = contentSecurityPolicy(allowedOrigins(), dev);
      return html.replace(
        /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/,
        `$1${policy}$2`,
      );
    },
  };
}
