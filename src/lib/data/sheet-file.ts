/**
 * A sheet of an Excel workbook travels through the pipeline as a file of its
 * own (its rows as text, xlsx-read.ts), named so that every problem says
 * where it is as Excel shows it: „mappe.xlsx › Blatt stellen“.
 */

const SEPARATOR = ' › Blatt ';

/** The lookup sheet of our templates (AGS and names): known, never a table, never a message. */
export const LOOKUP_SHEET = 'Gebiete';

/** An Excel workbook (Office Open XML, `.xlsx`). */
export const isWorkbookName = (name: string): boolean => /\.xlsx$/i.test(name);

/**
 * The name of a sheet's file. A sheet name that ends like a file type
 * (`gebiete.geojson`) gets ` (Blatt)`, so that the sheet is never taken
 * for a file of that type.
 */
export function sheetFileName(book: string, sheet: string): string {
  const base = book.replace(/^.*[\\/]/, '');
  const safe = /\.(csv|txt|tsv|json|geojson|topojson|zip|xlsx)$/i.test(sheet)
    ? `${sheet} (Blatt)`
    : sheet;
  return `${base}${SEPARATOR}${safe}`;
}

/** The workbook and sheet of a sheet's file name, or null for every other file. */
export function sheetOf(fileName: string): { book: string; sheet: string } | null {
  const at = fileName.lastIndexOf(SEPARATOR);
  if (at < 0 || !isWorkbookName(fileName.slice(0, at))) return null;
  return { book: fileName.slice(0, at), sheet: fileName.slice(at + SEPARATOR.length) };
}

/** Excel's letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based column index of Excel's letters (`F` → 5, `AA` → 26); -1 when they are none. */
export function columnIndexOf(letters: string): number {
  if (letters.length < 1 || letters.length > 3) return -1;
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) return -1;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}
