/**
 * The first value stored for each text: a hash table over typed arrays
 * (open addressing, FNV-1a). For a million ids it costs about a quarter of
 * a `Map<string, number>`, whose growth rehashes every key and whose entries
 * are scattered over the heap; here the slots are one Int32Array.
 */
export class FirstSeen {
  #keys: string[] = [];
  #values: number[] = [];
  /** Slot → index of the key + 1; 0 is empty. */
  #slots = new Int32Array(1024);
  #mask = 1023;

  /** The value stored for `key`; if there is none, stores `value` and returns `undefined`. */
  firstOrAdd(key: string, value: number): number | undefined {
    const keys = this.#keys;
    const slots = this.#slots;
    const mask = this.#mask;
    let slot = hash(key) & mask;
    for (;;) {
      const at = slots[slot]!;
      if (at === 0) break;
      if (keys[at - 1] === key) return this.#values[at - 1];
      slot = (slot + 1) & mask;
    }
    keys.push(key);
    this.#values.push(value);
    slots[slot] = keys.length;
    if (keys.length * 2 > mask) this.#grow();
    return undefined;
  }

  get size(): number {
    return this.#keys.length;
  }

  #grow() {
    const mask = this.#mask * 2 + 1;
    const slots = new Int32Array(mask + 1);
    const keys = this.#keys;
    for (let i = 0; i < keys.length; i++) {
      let slot = hash(keys[i]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
