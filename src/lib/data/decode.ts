import { decodeWindows1252 } from './windows-1252.ts';
import { fromCharCodes } from '../util/no-spread.ts';

/**
 * The encodings we recognise, named as in the validate report; `xlsx`: the
 * text of a sheet of an Excel workbook (xlsx-read.ts), which has none.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'xlsx';

/** Result of decoding: text, or the reason there is none. */
export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; reason: 'empty' | 'binary' };

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, from = 2): string {
  const units = new Uint16Array(Math.max(0, (bytes.length - from) >> 1));
  for (let i = from, j = 0; i + 1 < bytes.length; i += 2, j++)
    units[j] = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  return fromCharCodes(units);
}

/**
 * UTF-16 without a BOM (some exports and PowerShell write it), told by its
 * zero bytes: text of Latin letters, digits and `;` has a zero in every
 * second byte — at odd positions in little endian, at even ones in big
 * endian — and (nearly) none at the others. `null`: not UTF-16 by this test.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // German text is nearly all Latin-1: nine in ten high bytes are zero. A zip or xlsx
  // header (PK, a few zeros) is far from that.
  if (oddZero >= pairs * 0.9 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.9 && oddZero <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** A file with NUL bytes or many control characters in its first 8 KB is not a text table. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control += 1;
  }
  return control > n * 0.05;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes file bytes the way staff files arrive: UTF-16 with BOM (or without,
 * by its zero bytes: utf16WithoutBom), UTF-8 with or
 * without BOM, else Windows-1252 (Excel's "CSV (Trennzeichen-getrennt)" on
 * German Windows). Strict UTF-8 fails on 1252 umlauts, which makes the
 * fallback reliable. The BOM is removed from the text.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: decodeUtf16(bytes, true), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: decodeUtf16(bytes, false), encoding: 'utf-16be', bom: true };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16)
    return {
      ok: true,
      text: decodeUtf16(bytes, utf16 === 'utf-16le', 0),
      encoding: utf16,
      bom: false,
    };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.length === 0) return { ok: false, reason: 'empty' };
  if (looksBinary(body)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: utf8.decode(body), encoding: 'utf-8', bom };
  } catch {
    return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252', bom: false };
  }
}
