import {
  decodeBytes,
  looksBinary,
  utf16WithoutBom,
  type Decoded,
  type Encoding,
} from './decode.ts';
import { decodeWindows1252 } from './windows-1252.ts';
import { fromCharCodes } from '../util/no-spread.ts';

/**
 * Decodes a file chunk by chunk (as `File.stream()` delivers it) with exactly
 * the result of `decodeBytes` on the whole file: a multi-byte UTF-8
 * character or a UTF-16 code unit split across two chunks is joined, never
 * replaced. The encoding is decided on the first 8 KB (BOM, binary check);
 * invalid UTF-8 anywhere switches the whole file to Windows-1252, as
 * `decodeBytes` does. The chunks are kept, so the caller also gets the bytes.
 */
export class StreamDecoder {
  #chunks: Uint8Array[] = [];
  #length = 0;
  #parts: string[] = [];
  #mode: 'undecided' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'whole' = 'undecided';
  #bom = false;
  #utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  #carry: number | null = null;
  /** Bytes not yet decoded while undecided (the first 8 KB). */
  #pending: Uint8Array[] = [];
  #pendingLength = 0;
  readonly #decideAfter: number;

  /** `decideAfter`: how many bytes decide the encoding (8 KB; tests use less to split tiny samples). */
  constructor(decideAfter = 8192) {
    this.#decideAfter = decideAfter;
  }

  /** Feeds the next chunk. */
  push(chunk: Uint8Array): void {
    this.#chunks.push(chunk);
    this.#length += chunk.byteLength;
    if (this.#mode === 'undecided') {
      this.#pending.push(chunk);
      this.#pendingLength += chunk.byteLength;
      if (this.#pendingLength >= this.#decideAfter) this.#decide(false);
      return;
    }
    this.#feed(chunk);
  }

  /** All bytes seen so far, as one array. */
  bytes(): Uint8Array {
    return concat(this.#chunks, this.#length);
  }

  /** Ends the stream: the decoded text, or why there is none (as `decodeBytes`). */
  end(): Decoded {
    if (this.#mode === 'undecided') this.#decide(true);
    if (this.#mode === 'whole') return decodeBytes(this.bytes());
    if (this.#mode === 'utf-8') {
      try {
        this.#parts.push(this.#utf8.decode());
      } catch {
        this.#toWindows1252();
      }
    }
    if (this.#mode === 'utf-16le' || this.#mode === 'utf-16be') {
      // An odd trailing byte is dropped, as decodeBytes does.
      this.#carry = null;
    }
    const encoding = this.#mode as Encoding;
    return { ok: true, text: this.#parts.join(''), encoding, bom: this.#bom };
  }

  #decide(atEnd: boolean) {
    const head = concat(this.#pending, this.#pendingLength);
    this.#pending = [];
    // Tiny files and binary ones: the whole-file decoder decides and reports.
    if (atEnd || head.byteLength < 4) {
      this.#mode = 'whole';
      return;
    }
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      this.#mode = head[0] === 0xff ? 'utf-16le' : 'utf-16be';
      this.#bom = true;
      this.#feed(head.subarray(2));
      return;
    }
    const utf16 = utf16WithoutBom(head);
    if (utf16) {
      this.#mode = utf16;
      this.#feed(head);
      return;
    }
    this.#bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    const body = this.#bom ? head.subarray(3) : head;
    if (looksBinary(body)) {
      this.#mode = 'whole';
      return;
    }
    this.#mode = 'utf-8';
    this.#feed(body);
  }

  #feed(chunk: Uint8Array) {
    if (this.#mode === 'utf-8') {
      try {
        this.#parts.push(this.#utf8.decode(chunk, { stream: true }));
      } catch {
        this.#toWindows1252();
      }
    } else if (this.#mode === 'windows-1252') {
      this.#parts.push(decodeWindows1252(chunk));
    } else if (this.#mode === 'utf-16le' || this.#mode === 'utf-16be') {
      this.#parts.push(this.#utf16(chunk, this.#mode === 'utf-16le'));
    }
  }

  /** Invalid UTF-8: the file is Windows-1252 from its first byte. */
  #toWindows1252() {
    this.#mode = 'windows-1252';
    this.#bom = false;
    this.#parts = [decodeWindows1252(this.bytes())];
  }

  #utf16(chunk: Uint8Array, littleEndian: boolean): string {
    let bytes = chunk;
    if (this.#carry !== null) {
      bytes = new Uint8Array(chunk.byteLength + 1);
      bytes[0] = this.#carry;
      bytes.set(chunk, 1);
      this.#carry = null;
    }
    const even = bytes.byteLength - (bytes.byteLength % 2);
    if (even < bytes.byteLength) this.#carry = bytes[even]!;
    const units = new Uint16Array(even / 2);
    for (let i = 0; i < even; i += 2)
      units[i / 2] = littleEndian
        ? bytes[i]! | (bytes[i + 1]! << 8)
        : (bytes[i]! << 8) | bytes[i + 1]!;
    return fromCharCodes(units);
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Reads a Blob (a picked or dropped file) as a stream; progress is the share of bytes read. */
export async function decodeBlob(
  blob: Blob,
  onProgress?: (done: number) => void,
): Promise<{ bytes: Uint8Array; decoded: Decoded }> {
  const decoder = new StreamDecoder();
  const reader = blob.stream().getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    decoder.push(value);
    read += value.byteLength;
    onProgress?.(read / Math.max(1, blob.size));
  }
  return { bytes: decoder.bytes(), decoded: decoder.end() };
}
