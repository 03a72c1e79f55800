/**
 * Voter tokens that passed verification, kept outside the JavaScript heap.
 *
 * A voter's phone presents its token several times (the ballot page, "my votes", the vote, a retry
 * on a flaky network) and a stuffing script replays a few tokens thousands of times; a remembered
 * token skips the HMAC and the JSON decoding, most of what a refused duplicate vote costs.
 *
 * Why not a Map or lru-cache: under a vote push every token is new, and each remembered one lives
 * long enough to be promoted to V8's old generation before it is evicted. That churn alone kept the
 * heap twice as large (soak test: RSS 170-280 MB with 10,000 entries against 140-210 MB without).
 * Here the tokens sit in one preallocated buffer the garbage collector never scans: remembering a
 * token allocates nothing, and a hit allocates only its account id.
 *
 * The cache is direct-mapped: a token's slot comes from the first characters of its signature (an
 * HMAC: uniformly spread, and only verified tokens are ever stored), and a newer token takes the
 * slot of an older one. A hit needs the whole stored string to equal the presented one, compared in
 * constant time, so only the exact string that was verified is ever accepted from here.
 */

/** Longest token and account id remembered (longer ones are verified every time, as before). */
const TOKEN_BYTES = 256;
const SUB_BYTES = 64;
const SLOT_BYTES = TOKEN_BYTES + SUB_BYTES;
const SIGNATURE_CHARS = 43;

const BASE64URL = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].entries()) BASE64URL[c.charCodeAt(0)] = i;

export interface RememberedClaims {
  sub: string;
  exp: number;
  nbf: number | undefined;
}

export class VerifiedTokenCache {
  private readonly mask: number;
  private readonly bytes: Buffer;
  private readonly tokenLength: Uint16Array;
  private readonly subLength: Uint8Array;
  private readonly exp: Float64Array;
  private readonly nbf: Float64Array;

  /** `slots` is rounded down to a power of two, at most 2^18 (the 18 bits of 3 signature characters). */
  constructor(slots: number) {
    const size = 2 ** Math.min(18, Math.floor(Math.log2(Math.max(1, slots))));
    this.mask = size - 1;
    // Zero-filled on demand by the OS: memory is taken as slots fill, up to size × 320 bytes.
    this.bytes = Buffer.alloc(size * SLOT_BYTES);
    this.tokenLength = new Uint16Array(size);
    this.subLength = new Uint8Array(size);
    this.exp = new Float64Array(size);
    this.nbf = new Float64Array(size);
  }

  /** The remembered account id if `token` is remembered and timely at `nowS`; null if remembered
   * but expired or not yet valid; undefined if not remembered. */
  lookup(token: string, nowS: number): string | null | undefined {
    const slot = this.slotOf(token);
    if (slot < 0 || this.tokenLength[slot] !== token.length) return undefined;
    const length = token.length;
    const start = slot * SLOT_BYTES;
    const bytes = this.bytes;
    // Every character against the stored byte, without stopping at the first difference (constant
    // time, as for any secret). A non-ASCII character (code > 255) can never equal a byte.
    let difference = 0;
    for (let i = 0; i < length; i++) difference |= token.charCodeAt(i) ^ bytes[start + i]!;
    if (difference !== 0) return undefined;
    const nbf = this.nbf[slot]!;
    if (!(this.exp[slot]! > nowS) || nbf > nowS) return null;
    return bytes.toString('latin1', start + TOKEN_BYTES, start + TOKEN_BYTES + this.subLength[slot]!);
  }

  /** Remembers a token that passed every check, with the claims it was verified with. */
  remember(token: string, claims: RememberedClaims): void {
    const slot = this.slotOf(token);
    if (slot < 0 || claims.sub.length > SUB_BYTES) return;
    const start = slot * SLOT_BYTES;
    // Stored strings are ASCII (tokens and account ids are), one byte a character.
    if (Buffer.byteLength(token) !== token.length || Buffer.byteLength(claims.sub) !== claims.sub.length) return;
    this.bytes.write(token, start, token.length, 'latin1');
    this.bytes.write(claims.sub, start + TOKEN_BYTES, claims.sub.length, 'latin1');
    this.tokenLength[slot] = token.length;
    this.subLength[slot] = claims.sub.length;
    this.exp[slot] = claims.exp;
    this.nbf[slot] = claims.nbf ?? -Infinity;
  }

  /** -1 for strings that cannot be remembered (too short or long, not base64url where it matters). */
  private slotOf(token: string): number {
    const length = token.length;
    if (length <= SIGNATURE_CHARS || length > TOKEN_BYTES) return -1;
    const at = length - SIGNATURE_CHARS;
    const a = BASE64URL[token.charCodeAt(at)] ?? -1;
    const b = BASE64URL[token.charCodeAt(at + 1)] ?? -1;
    const c = BASE64URL[token.charCodeAt(at + 2)] ?? -1;
    if (a < 0 || b < 0 || c < 0) return -1;
    return ((a << 12) | (b << 6) | c) & this.mask;
  }
}
