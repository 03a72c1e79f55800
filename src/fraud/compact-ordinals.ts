import { stringHash32 } from '../string-hash';
import { resized } from './typed-arrays';

/**
 * Dense ordinals (0, 1, 2, … in order of first sight) for a great many short strings, without a
 * JavaScript object per string: the vote log's account ids. A pass over a ballot where every vote
 * is a new account (600,000 in the soak) held 600,000 account strings as a Map's keys, about 100
 * bytes each with the Map's entry; here each costs its characters in one byte arena plus about 17
 * bytes of typed arrays. Exact: a lookup compares the characters, never a hash alone.
 *
 * Strings of Latin-1 characters up to 255 long (every account id the service accepts) go to the
 * arena; any other string goes to an ordinary Map, in the same numbering. Which of the two a string
 * goes to depends only on the string, so a string always finds its own ordinal.
 */
export class CompactOrdinals {
  private arena: Uint8Array;
  private used = 0;
  /** Per ordinal: where its characters start in the arena, how many, and their hash. */
  private start: Int32Array;
  private length: Uint8Array;
  private hash: Int32Array;
  /** Open addressing, linear probing: an ordinal, or -1. Kept at most half full. */
  private slots: Int32Array;
  private readonly others = new Map<string, number>();
  private n = 0;

  /** `expected`: room for about that many strings (of up to 36 characters) is taken at once. */
  constructor(expected = 1024) {
    const capacity = Math.max(1024, expected);
    this.arena = new Uint8Array(capacity * 36);
    this.start = new Int32Array(capacity);
    this.length = new Uint8Array(capacity);
    this.hash = new Int32Array(capacity);
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * capacity + 1))).fill(-1);
  }

  get size(): number {
    return this.n;
  }

  of(s: string): number {
    const len = s.length;
    if (len > 255 || !isLatin1(s)) return this.other(s);
    // Signed, as the Int32Array of hashes holds it.
    const h = stringHash32(s) | 0;
    const mask = this.slots.length - 1;
    let i = h & mask;
    for (let k = this.slots[i]; k >= 0; k = this.slots[i]) {
      if (this.hash[k] === h && this.length[k] === len && this.sameAs(k, s)) return k;
      i = (i + 1) & mask;
    }
    const k = this.next();
    if (this.used + len > this.arena.length) this.arena = grown(this.arena, this.used + len);
    for (let j = 0; j < len; j++) this.arena[this.used + j] = s.charCodeAt(j);
    this.start[k] = this.used;
    this.length[k] = len;
    this.hash[k] = h;
    this.used += len;
    this.slots[i] = k;
    if (2 * this.n > this.slots.length) this.rehash();
    return k;
  }

  private sameAs(k: number, s: string): boolean {
    const at = this.start[k];
    for (let j = 0; j < s.length; j++) if (this.arena[at + j] !== s.charCodeAt(j)) return false;
    return true;
  }

  private other(s: string): number {
    let k = this.others.get(s);
    if (k === undefined) {
      k = this.next();
      this.others.set(s, k);
    }
    return k;
  }

  /** A new ordinal, with room for its per-ordinal facts. */
  private next(): number {
    if (this.n === this.start.length) {
      this.start = grown(this.start, this.n + 1);
      this.length = grown(this.length, this.n + 1);
      this.hash = grown(this.hash, this.n + 1);
    }
    return this.n++;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (const k of this.slots) {
      if (k < 0) continue;
      let i = this.hash[k] & mask;
      while (slots[i] >= 0) i = (i + 1) & mask;
      slots[i] = k;
    }
    this.slots = slots;
  }
}

/** Every character fits in a byte. */
function isLatin1(s: string): boolean {
  for (let j = 0; j < s.length; j++) if (s.charCodeAt(j) > 255) return false;
  return true;
}

/** A copy at least `need` long (doubling). */
function grown<T extends Uint8Array | Int32Array>(a: T, need: number): T {
  let size = a.length * 2;
  while (size < need) size *= 2;
  return resized(a, size);
}
