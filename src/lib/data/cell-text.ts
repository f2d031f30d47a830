import { restoreNeutralised } from './neutralise.ts';

const APOSTROPHE = 39;

/** A character `trim` never removes (printable ASCII, Latin-1 letters up to U+167F). */
const plain = (c: number) => (c > 32 && c < 127) || (c > 160 && c < 0x1680);

/** `cell.trim()`, without the call where both ends are plain (nearly every cell). */
export const trimmed = (cell: string) =>
  plain(cell.charCodeAt(0)) && plain(cell.charCodeAt(cell.length - 1)) ? cell : cell.trim();

/** Empty or only spaces; one character decides for nearly every cell. */
export const blank = (cell: string) => {
  const c = cell.charCodeAt(0);
  return cell.length === 0 || ((c <= 32 || c === 160 || c > 0x167f) && cell.trim() === '');
};

/** A raw cell with our apostrophe guard undone (neutralise.ts), copying only when it has one. */
export const unguarded = (cell: string) =>
  cell.charCodeAt(0) === APOSTROPHE ? restoreNeutralised(cell) : cell;
