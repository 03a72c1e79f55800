/**
 * A fixed-size table of short ASCII keys and values, kept in one preallocated buffer outside the
 * JavaScript heap. It is the storage of the service's in-process caches (verified voter tokens,
 * the accounts known to have voted today), which see a new key on almost every request of a vote
 * push: as Map or lru-cache entries, each would live long enough to be promoted to V8's old
 * generation before it is evicted, and that churn alone kept the heap about twice as large.
 * Storing a key here allocates nothing; reading a value allocates only its string.
 *
 * Layout: sets of 4 slots; a key can sit in any slot of its set, and when the set is full a slot
 * chosen at random gives way (unlike least-recently-used, random eviction does not lose every key
 * of a set to a steady stream of newer ones cycling through it). The caller chooses the
 * set and a 32-bit fingerprint from a uniformly spread hash of the key; the fingerprint only saves
 * comparing against slots that cannot match. A hit needs the whole stored key to equal the one
 * asked for, compared in constant time (keys may be secrets: voter tokens).
 *
 * Owners keep any numeric fields per slot in typed arrays of `size` entries, indexed by slot.
 */

const WAYS = 4;

export class SlotTable {
  /** Number of slots: a power of two, at most 2^18. */
  readonly size: number;
  /** Sets are numbered 0..setMask; find and store mask the set they are given with it. */
  private readonly setMask: number;
  private readonly ways: number;
  private readonly slotBytes: number;
  private readonly bytes: Buffer;
  private readonly keyLength: Uint16Array;
  private readonly valueLength: Uint8Array;
  private readonly fingerprint: Uint32Array;

  /** `slots` is rounded down to a power of two, at most 2^18; keys up to `keyBytes` characters,
   * values up to `valueBytes` (at most 255). */
  constructor(
    slots: number,
    readonly keyBytes: number,
    readonly valueBytes: number,
  ) {
    if (valueBytes > 255) throw new Error('SlotTable values are at most 255 characters');
    this.size = 2 ** Math.min(18, Math.floor(Math.log2(Math.max(1, slots))));
    this.ways = Math.min(WAYS, this.size);
    this.setMask = this.size / this.ways - 1;
    this.slotBytes = keyBytes + valueBytes;
    // Zero-filled on demand by the OS: memory is taken as slots fill, up to size × slotBytes.
    this.bytes = Buffer.alloc(this.size * this.slotBytes);
    this.keyLength = new Uint16Array(this.size);
    this.valueLength = new Uint8Array(this.size);
    this.fingerprint = new Uint32Array(this.size);
  }

  /** The slot of `set` that holds exactly `key` under `print`, or -1. */
  find(key: string, set: number, print: number): number {
    const length = key.length;
    const first = (set & this.setMask) * this.ways;
    const bytes = this.bytes;
    for (let slot = first; slot < first + this.ways; slot++) {
      if (this.keyLength[slot] !== length || this.fingerprint[slot] !== print >>> 0) continue;
      const start = slot * this.slotBytes;
      // Every character against the stored byte, without stopping at the first difference
      // (constant time, as for any secret). A non-ASCII character (code > 255) never equals a byte.
      let difference = 0;
      for (let i = 0; i < length; i++) difference |= key.charCodeAt(i) ^ bytes[start + i]!;
      if (difference === 0) return slot;
    }
    return -1;
  }

  /**
   * Stores `value` under `key`: in the key's own slot if it has one, else an empty slot of its set,
   * else one at random (which one only changes what is remembered). Returns the slot, or -1 when
   * the key or value is empty, too long or not ASCII (nothing is stored then).
   */
  store(key: string, set: number, print: number, value: string): number {
    if (key.length === 0 || key.length > this.keyBytes || value.length > this.valueBytes) return -1;
    if (!isAscii(key) || !isAscii(value)) return -1;
    let slot = this.find(key, set, print);
    if (slot < 0) {
      const first = (set & this.setMask) * this.ways;
      slot = first + Math.floor(Math.random() * this.ways);
      for (let s = first; s < first + this.ways; s++) {
        if (this.keyLength[s] === 0) {
          slot = s;
          break;
        }
      }
    }
    const start = slot * this.slotBytes;
    this.bytes.write(key, start, key.length, 'latin1');
    this.bytes.write(value, start + this.keyBytes, value.length, 'latin1');
    this.keyLength[slot] = key.length;
    this.valueLength[slot] = value.length;
    this.fingerprint[slot] = print >>> 0;
    return slot;
  }

  /** The value stored in `slot`. */
  value(slot: number): string {
    const start = slot * this.slotBytes + this.keyBytes;
    return this.bytes.toString('latin1', start, start + this.valueLength[slot]!);
  }
}

/** One byte per character in the buffer: only ASCII is stored (tokens, ids and days are). */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}
