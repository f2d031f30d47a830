/**
 * What one upload or dataset may hold. Far above real KIM data (the largest
 * shipped table has 600 rows; the bench reads 1,000,000 rows, 70 MB), low
 * enough that a hostile or broken file cannot exhaust a browser tab.
 */
export const LIMITS = {
  /** One file, as uploaded or unpacked from a zip. */
  fileBytes: 200 * 1024 * 1024,
  /** All files of one upload together, zips counted unpacked. */
  totalBytes: 400 * 1024 * 1024,
  /** Files in one zip (a bundle has at most eight). */
  zipEntries: 100,
  /** Unpacked ÷ packed size of one zip entry above 1 MB (CSV packs 5–20 fold). */
  zipRatio: 200,
  /** Columns of one table (ours have at most 18). */
  columns: 500,
  /** Characters in one cell. */
  fieldChars: 100_000,
} as const;
