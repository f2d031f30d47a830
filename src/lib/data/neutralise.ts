/** Formula injection (OWASP): what a spreadsheet would run, and how an import undoes our guard. */

const DANGER = /^[\s\u00a0]*[=+\-@\t\r]/;

/**
 * Neutralises text that a spreadsheet would run as a formula (OWASP): when
 * any line starts — after spaces or NBSP — with = + - @ tab or CR, the cell
 * gets a leading apostrophe. Numbers are written as numbers and never touched.
 */
export function neutralise(text: string): string {
  return text.split(/\r\n|\n|\r/).some((line) => DANGER.test(line)) ? `'${text}` : text;
}

/**
 * Undoes `neutralise` on import, so export → import is the identity: a leading
 * apostrophe is dropped only where `neutralise` would have added it.
 */
export function restoreNeutralised(text: string): string {
  return text.startsWith("'") && neutralise(text.slice(1)) === text ? text.slice(1) : text;
}
