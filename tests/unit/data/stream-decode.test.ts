import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/data/decode.ts';
import { decodeBlob, StreamDecoder } from '../../../src/lib/data/stream-decode.ts';
import { encodeWindows1252 } from '../../../src/lib/data/windows-1252.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE =
  'Körperschaft;VZÄ;Träger\r\nKreis Siegen-Wittgenstein;1,5;„Caritas“ – 55.000 €\r\n😀 Straße;ß;\n';

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out[at++] = littleEndian ? 0xff : 0xfe;
    out[at++] = littleEndian ? 0xfe : 0xff;
  }
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[at++] = littleEndian ? u & 0xff : u >> 8;
    out[at++] = littleEndian ? u >> 8 : u & 0xff;
  }
  return out;
}

/** Decodes `bytes` split into two chunks at `cut`, and into one-byte chunks. */
function streamed(bytes: Uint8Array, cuts: number[], decideAfter = 4) {
  const d = new StreamDecoder(decideAfter);
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    d.push(bytes.slice(from, cut));
    from = cut;
  }
  return { decoded: d.end(), bytes: d.bytes() };
}

const SAMPLES: [string, Uint8Array][] = [
  ['UTF-8', utf8(SAMPLE)],
  ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)])],
  ['UTF-16 LE', utf16(SAMPLE, true)],
  ['UTF-16 BE', utf16(SAMPLE, false)],
  ['UTF-16 LE without BOM', utf16(SAMPLE, true, false)],
  ['UTF-16 BE without BOM', utf16(SAMPLE, false, false)],
  ['Windows-1252', encodeWindows1252('Körperschaft;VZÄ\r\n„Caritas“ – 55.000 €;ß\n')],
  ['UTF-8 broken only at the end', new Uint8Array([...utf8(SAMPLE), 0xc3])],
];

describe('StreamDecoder', () => {
  it.each(SAMPLES)('%s: a cut at every offset gives the whole-file result', (_name, bytes) => {
    const whole = decodeBytes(bytes);
    expect(whole.ok).toBe(true);
    for (let cut = 0; cut <= bytes.length; cut++) {
      const { decoded, bytes: kept } = streamed(bytes, [cut]);
      expect(decoded, `cut at ${cut}`).toEqual(whole);
      expect([...kept]).toEqual([...bytes]);
    }
  });

  it.each(SAMPLES)('%s: one byte per chunk gives the whole-file result', (_name, bytes) => {
    const cuts = [...bytes.keys()].slice(1);
    expect(streamed(bytes, cuts).decoded).toEqual(decodeBytes(bytes));
    expect(streamed(bytes, cuts, 8192).decoded).toEqual(decodeBytes(bytes));
  });

  it('never produces replacement characters or mojibake for split umlauts', () => {
    const bytes = utf8('ä'.repeat(5000));
    for (const cut of [1, 4097, 4098, 8191, 8192, 8193]) {
      const { decoded } = streamed(bytes, [cut], 8192);
      expect(decoded.ok && decoded.text).toBe('ä'.repeat(5000));
    }
  });

  it('reports empty and binary files like decodeBytes', () => {
    expect(streamed(new Uint8Array(), []).decoded).toEqual({ ok: false, reason: 'empty' });
    const xlsx = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0, 0, 0,
    ]);
    expect(streamed(xlsx, [2, 7]).decoded).toEqual({ ok: false, reason: 'binary' });
  });

  it('reads a Blob as a stream with progress', async () => {
    const bytes = utf8(SAMPLE.repeat(3000));
    const seen: number[] = [];
    const { decoded, bytes: kept } = await decodeBlob(new Blob([bytes as BlobPart]), (d) =>
      seen.push(d),
    );
    expect(decoded).toEqual(decodeBytes(bytes));
    expect(kept.byteLength).toBe(bytes.byteLength);
    expect(seen.at(-1)).toBe(1);
  });
});
