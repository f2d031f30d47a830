import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/data/decode.ts';
import {
  decodeByTable,
  decodeWindows1252,
  encodeWindows1252,
} from '../../../src/lib/data/windows-1252.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', utf8('Körperschaft;VZÄ'), 'utf-8', 'Körperschaft;VZÄ'],
    [
      'UTF-8 with BOM (BOM removed)',
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ä;ö')]),
      'utf-8',
      'ä;ö',
    ],
    [
      'Windows-1252 umlauts',
      new Uint8Array([0x4b, 0xf6, 0x72, 0x3b, 0x56, 0x5a, 0xc4]),
      'windows-1252',
      'Kör;VZÄ',
    ],
    [
      'UTF-16 LE with BOM',
      new Uint8Array([0xff, 0xfe, 0xe4, 0x00, 0x3b, 0x00, 0xac, 0x20]),
      'utf-16le',
      'ä;€',
    ],
    [
      'UTF-16 BE with BOM',
      new Uint8Array([0xfe, 0xff, 0x00, 0xe4, 0x00, 0x3b, 0x20, 0xac]),
      'utf-16be',
      'ä;€',
    ],
  ])('%s', (_name, bytes, encoding, text) => {
    const r = decodeBytes(bytes);
    expect(r).toMatchObject({ ok: true, encoding, text });
  });

  it('reads UTF-16 without a BOM by its zero bytes (LE and BE), and a 1252 file is not taken for it', () => {
    const text =
      'datum;art;koerperschaft;titel\r\n16.11.2022;sitzung;05970040;Ausschuss für Soziales\r\n';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
      be[2 * i] = text.charCodeAt(i) >> 8;
      be[2 * i + 1] = text.charCodeAt(i) & 0xff;
    }
    expect(decodeBytes(le)).toEqual({ ok: true, text, encoding: 'utf-16le', bom: false });
    expect(decodeBytes(be)).toEqual({ ok: true, text, encoding: 'utf-16be', bom: false });
    expect(decodeBytes(encodeWindows1252(text))).toMatchObject({ encoding: 'windows-1252', text });
    // A binary file with scattered NULs stays binary.
    const xlsx = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00,
    ]);
    expect(decodeBytes(xlsx)).toEqual({ ok: false, reason: 'binary' });
  });

  it('never shows mojibake for UTF-8 umlauts', () => {
    const r = decodeBytes(utf8('Träger;Förderung'));
    expect(r.ok && r.text).toBe('Träger;Förderung');
    expect(r.ok && r.text).not.toContain('Ã');
  });

  it('reports empty and binary files', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, reason: 'empty' });
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(decodeBytes(xlsx)).toEqual({ ok: false, reason: 'binary' });
  });

  it('does not modify its input', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]);
    decodeBytes(bytes);
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
  });
});

describe('decodeWindows1252', () => {
  // Node 20's TextDecoder gets 0x80–0x9F wrong; our table must match the WHATWG standard.
  it.each([
    [0x80, '€'],
    [0x84, '„'],
    [0x93, '“'],
    [0x96, '–'],
    [0x85, '…'],
    [0x9f, 'Ÿ'],
    [0x81, '\u0081'],
    [0xa0, '\u00a0'],
    [0xdf, 'ß'],
    [0xfc, 'ü'],
  ])('byte 0x%s', (byte, char) => {
    expect(decodeWindows1252(new Uint8Array([byte]))).toBe(char);
  });

  it('round-trips through encodeWindows1252', () => {
    const text = 'Förderung 55.000 € „Träger“ – Straße';
    expect(decodeWindows1252(encodeWindows1252(text))).toBe(text);
  });

  it('decodes long inputs (chunked fromCharCode)', () => {
    const bytes = new Uint8Array(100_000).fill(0xe4);
    expect(decodeWindows1252(bytes)).toBe('ä'.repeat(100_000));
    expect(decodeByTable(bytes)).toBe('ä'.repeat(100_000));
  });

  it('gives the same text natively (with the C1 repair) as by table, for every byte', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 }, (_, i) => i % 256);
    expect(decodeWindows1252(bytes)).toBe(decodeByTable(bytes));
    expect(decodeWindows1252(bytes)).toContain('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ');
  });
});
