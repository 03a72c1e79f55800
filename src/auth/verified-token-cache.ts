/**
 * Voter tokens that passed verification, kept outside the JavaScript heap.
 *
 * A voter's phone presents its token several times (the ballot page, "my votes", the vote, a retry
 * on a flaky network) and a stuffing script replays a few tokens thousands of times; a remembered
 * token skips the HMAC and the JSON decoding, most of what a refused duplicate vote costs.
 *
 * Why not a Map or lru-cache: under a vote push every token is new, and each remembered one lives
 * long enough to be promoted to V8's old generation before it is evicted. That churn alone kept the
 * heap twice as large (300 s soak: RSS peak 404 MB with 50,000 entries in lru-cache, against 279 MB
 * without a cache). Here the tokens sit in one preallocated buffer the garbage collector never
 * scans: remembering a token allocates nothing, and a hit allocates only its account id.
 *
 * Layout: sets of 4 slots; a token can sit in any slot of its set, and when the set is full a slot
 * chosen at random gives way (unlike least-recently-used, random eviction does not lose every token
 * of a set to a steady stream of newer ones: simulated on 30,000 tokens replayed in turn through
 * 32,768 slots, 71% hits against 51% for LRU and 40% for one slot per set). The set and a 30-bit
 * fingerprint come from the token's signature, an HMAC, so they are uniformly spread, and only
 * verified tokens are ever stored. A hit needs the whole stored string to
 * equal the presented one, compared in constant time, so only the exact string that was verified is
 * ever accepted from here; the fingerprint only saves comparing against slots that cannot match.
 */

/** Longest token and account id remembered (longer ones are verified every time, as before). */
const TOKEN_BYTES = 256;
const SUB_BYTES = 64;
const SLOT_BYTES = TOKEN_BYTES + SUB_BYTES;
const SIGNATURE_CHARS = 43;
const WAYS = 4;

/**
 * Default number of slots: taken as they fill, 65,536 slots are at most 20 MB, and hold the tokens
 * of the last half minute or so at 2,000 new voters a second (the page, then the vote).
 */
export const VERIFIED_TOKEN_CACHE_SIZE = 65_536;

const BASE64URL = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].entries()) BASE64URL[c.charCodeAt(0)] = i;

export interface RememberedClaims {
  sub: string;
  exp: number;
  nbf: number | undefined;
}

export class VerifiedTokenCache {
  private readonly ways: number;
  private readonly setMask: number;
  private readonly bytes: Buffer;
  private readonly tokenLength: Uint16Array;
  private readonly fingerprint: Uint32Array;
  private readonly subLength: Uint8Array;
  private readonly exp: Float64Array;
  private readonly nbf: Float64Array;
  // The set and fingerprint of the token last passed to locate().
  private set = 0;
  private print = 0;

  /** `slots` is rounded down to a power of two, at most 2^18. */
  constructor(slots: number) {
    const size = 2 ** Math.min(18, Math.floor(Math.log2(Math.max(1, slots))));
    this.ways = Math.min(WAYS, size);
    this.setMask = size / this.ways - 1;
    // Zero-filled on demand by the OS: memory is taken as slots fill, up to size × 320 bytes.
    this.bytes = Buffer.alloc(size * SLOT_BYTES);
    this.tokenLength = new Uint16Array(size);
    this.fingerprint = new Uint32Array(size);
    this.subLength = new Uint8Array(size);
    this.exp = new Float64Array(size);
    this.nbf = new Float64Array(size);
  }

  /** The remembered account id if `token` is remembered and timely at `nowS`; null if remembered
   * but expired or not yet valid; undefined if not remembered. */
  lookup(token: string, nowS: number): string | null | undefined {
    const slot = this.locate(token) ? this.search(token) : -1;
    if (slot < 0) return undefined;
    const nbf = this.nbf[slot]!;
    if (!(this.exp[slot]! > nowS) || nbf > nowS) return null;
    const start = slot * SLOT_BYTES + TOKEN_BYTES;
    return this.bytes.toString('latin1', start, start + this.subLength[slot]!);
  }

  /** Remembers a token that passed every check, with the claims it was verified with. */
  remember(token: string, claims: RememberedClaims): void {
    if (claims.sub.length > SUB_BYTES) return;
    // Stored strings are ASCII (tokens and account ids are), one byte a character.
    if (Buffer.byteLength(token) !== token.length || Buffer.byteLength(claims.sub) !== claims.sub.length) return;
    if (!this.locate(token)) return;
    let slot = this.search(token);
    if (slot < 0) {
      // An empty slot of the set, else one at random (which one only changes what is remembered).
      const first = this.set * this.ways;
      slot = first + Math.floor(Math.random() * this.ways);
      for (let s = first; s < first + this.ways; s++) {
        if (this.tokenLength[s] === 0) {
          slot = s;
          break;
        }
      }
    }
    const start = slot * SLOT_BYTES;
    this.bytes.write(token, start, token.length, 'latin1');
    this.bytes.write(claims.sub, start + TOKEN_BYTES, claims.sub.length, 'latin1');
    this.tokenLength[slot] = token.length;
    this.fingerprint[slot] = this.print;
    this.subLength[slot] = claims.sub.length;
    this.exp[slot] = claims.exp;
    this.nbf[slot] = claims.nbf ?? -Infinity;
  }

  /** The slot of the set locate() chose that holds exactly `token`, or -1. */
  private search(token: string): number {
    const length = token.length;
    const first = this.set * this.ways;
    for (let slot = first; slot < first + this.ways; slot++) {
      if (this.tokenLength[slot] !== length || this.fingerprint[slot] !== this.print) continue;
      const start = slot * SLOT_BYTES;
      const bytes = this.bytes;
      // Every character against the stored byte, without stopping at the first difference
      // (constant time, as for any secret). A non-ASCII character (code > 255) never equals a byte.
      let difference = 0;
      for (let i = 0; i < length; i++) difference |= token.charCodeAt(i) ^ bytes[start + i]!;
      if (difference === 0) return slot;
    }
    return -1;
  }

  /** Sets `set` and `print` from the signature's first 8 characters; false for strings that cannot
   * be remembered (too short or too long, not base64url there). */
  private locate(token: string): boolean {
    const length = token.length;
    if (length <= SIGNATURE_CHARS || length > TOKEN_BYTES) return false;
    const at = length - SIGNATURE_CHARS;
    let set = 0;
    let print = 0;
    for (let i = 0; i < 8; i++) {
      const v = BASE64URL[token.charCodeAt(at + i)] ?? -1;
      if (v < 0) return false;
      if (i < 3) set = (set << 6) | v;
      else print = (print << 6) | v;
    }
    this.set = set & this.setMask;
    this.print = print >>> 0;
    return true;
  }
}
