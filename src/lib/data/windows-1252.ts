import { fromCharCodes } from '../util/no-spread.ts';

/**
 * Windows-1252 decoding with our own table.
 *
 * TextDecoder alone is not enough: Node 20 (since 20.18.3) decodes bytes
 * 0x80–0x9F as C1 control characters instead of € „ “ – …, while browsers
 * follow WHATWG. The table below repairs those, so that Node (validate CLI,
 * tests) and the browser give identical text. Bytes 0xA0–0xFF equal their
 * Unicode code points (Latin-1).
 */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** The native decoder (WHATWG: `latin1` is Windows-1252), or null where the runtime has none. */
const native: TextDecoder | null = (() => {
  try {
    return new TextDecoder('windows-1252');
  } catch {
    return null;
  }
})();

const C1 = /[\u0080-\u009f]/g;
const fromC1 = (c: string) => String.fromCharCode(HIGH_CONTROL_RANGE[c.charCodeAt(0) - 0x80]!);

/**
 * Decodes Windows-1252 bytes to a string exactly as the WHATWG Encoding
 * Standard does: natively (≈ 30× faster than a loop in JavaScript), then the
 * bytes 0x80–0x9F a runtime left as C1 controls (Node) are mapped by our table.
 * Browsers map them already; the five undefined ones stay themselves in both.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  if (!native) return decodeByTable(bytes);
  const text = native.decode(bytes);
  C1.lastIndex = 0;
  return C1.test(text) ? text.replace(C1, fromC1) : text;
}

/** The same by table, for runtimes without a Windows-1252 TextDecoder. */
export function decodeByTable(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    codes[i] = b >= 0x80 && b <= 0x9f ? HIGH_CONTROL_RANGE[b - 0x80]! : b;
  }
  return fromCharCodes(codes);
}

/** Encodes a string to Windows-1252; characters outside it become `?`. Used by tests and templates. */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = HIGH_CONTROL_RANGE.indexOf(c);
    out[i] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : high >= 0 ? 0x80 + high : 0x3f;
  }
  return out;
}
