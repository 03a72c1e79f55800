import { SlotTable } from '../memory/slot-table';

/**
 * Voter tokens that passed verification, kept outside the JavaScript heap (in a SlotTable: why,
 * and how it is laid out, is told there).
 *
 * A voter's phone presents its token several times (the ballot page, "my votes", the vote, a retry
 * on a flaky network) and a stuffing script replays a few tokens thousands of times; a remembered
 * token skips the HMAC and the JSON decoding, most of what a refused duplicate vote costs.
 *
 * The set and a 30-bit fingerprint come from the token's signature, an HMAC, so they are uniformly
 * spread, and only verified tokens are ever stored. A hit needs the whole stored string to equal
 * the presented one, compared in constant time, so only the exact string that was verified is ever
 * accepted from here.
 */

/** Longest token and account id remembered (longer ones are verified every time, as before). */
const TOKEN_BYTES = 256;
const SUB_BYTES = 64;
const SIGNATURE_CHARS = 43;

/**
 * Default number of slots: taken as they fill, 65,536 slots are at most 20 MB, and hold the tokens
 * of the last half minute or so at 2,000 new voters a second (the page, then the vote).
 */
export { VERIFIED_TOKEN_CACHE_SIZE } from '../config';

const BASE64URL = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].entries()) BASE64URL[c.charCodeAt(0)] = i;

export interface RememberedClaims {
  sub: string;
  exp: number;
  nbf: number | undefined;
}

export class VerifiedTokenCache {
  private readonly table: SlotTable;
  private readonly exp: Float64Array;
  private readonly nbf: Float64Array;
  // The set and fingerprint of the token last passed to locate().
  private set = 0;
  private print = 0;

  /** `slots` is rounded down to a power of two, at most 2^18. */
  constructor(slots: number) {
    this.table = new SlotTable(slots, TOKEN_BYTES, SUB_BYTES);
    this.exp = new Float64Array(this.table.size);
    this.nbf = new Float64Array(this.table.size);
  }

  /** The remembered account id if `token` is remembered and timely at `nowS`; null if remembered
   * but expired or not yet valid; undefined if not remembered. */
  lookup(token: string, nowS: number): string | null | undefined {
    const slot = this.locate(token) ? this.table.find(token, this.set, this.print) : -1;
    if (slot < 0) return undefined;
    const nbf = this.nbf[slot]!;
    if (!(this.exp[slot]! > nowS) || nbf > nowS) return null;
    return this.table.value(slot);
  }

  /** Remembers a token that passed every check, with the claims it was verified with. */
  remember(token: string, claims: RememberedClaims): void {
    if (!this.locate(token)) return;
    const slot = this.table.store(token, this.set, this.print, claims.sub);
    if (slot < 0) return;
    this.exp[slot] = claims.exp;
    this.nbf[slot] = claims.nbf ?? -Infinity;
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
    this.set = set;
    this.print = print >>> 0;
    return true;
  }
}
