import { createSigner, createVerifier } from 'fast-jwt';
import { VERIFIED_TOKEN_CACHE_SIZE, VerifiedTokenCache } from './verified-token-cache';

/**
 * Voter tokens: JWT, HS256 only, audience "voter", subject = WeChat openid.
 * Verification pins the algorithm, so `alg: none` or an RS/ES token is refused whatever it claims.
 */
export const VOTER_AUDIENCE = 'voter';

/**
 * What a voter's account id may look like. WeChat openids are 28 chars of base64url; `.`, `:` and
 * `@` are also allowed for ids minted by tools (load tests, `cli token`). Minting refuses anything
 * else and verifying rejects it, so a token can never carry a strange account id (spaces, control
 * characters, 10 kB) into the votes table, the ledger or the logs.
 */
export const ACCOUNT_ID_PATTERN = /^[A-Za-z0-9_.:@-]{1,128}$/;

/**
 * Clock difference tolerated between whoever minted a token and this service: an `iat` up to this
 * far in the future, and a lifetime (exp - iat) up to the configured TTL plus this, are accepted.
 */
export const TOKEN_CLOCK_SKEW_S = 60;

export interface VoterTokens {
  /** Signs a token for `openid`, issued at `now` (seconds precision), valid `ttlS` seconds. */
  mint(openid: string, now: Date): { token: string; expiresAt: Date };
  /** The openid of a valid token, or null (bad signature, algorithm, audience, expired, malformed). */
  verify(token: string, now: Date): string | null;
}

export function createVoterTokens(secret: string, ttlS: number, cacheSize = VERIFIED_TOKEN_CACHE_SIZE): VoterTokens {
  // iat and exp come from the injected clock (passed in the payload), never from fast-jwt's own
  // Date.now(). (noTimestamp would drop the iat claim API.md promises, so it is not used.)
  const sign = createSigner({ key: secret, algorithm: 'HS256', aud: VOTER_AUDIENCE });
  // Expiry is checked below against the injected clock (so the test clock governs it too),
  // not against fast-jwt's own reading of the system time.
  const decode = createVerifier({
    key: secret,
    algorithms: ['HS256'],
    allowedAud: VOTER_AUDIENCE,
    requiredClaims: ['sub', 'iat', 'exp', 'aud'],
    ignoreExpiration: true,
    ignoreNotBefore: true,
    // fast-jwt's own cache is not used: its key is a SHA-256 of the token, which costs about what
    // the HMAC it saves does. The cache below keys on the token string itself.
  });
  // Only tokens that passed every check are remembered, under their exact string, so a hit is the
  // same bytes that were verified; the time claims are still checked on every use.
  const verified = cacheSize > 0 ? new VerifiedTokenCache(cacheSize) : null;
  return {
    mint(openid, now) {
      if (!ACCOUNT_ID_PATTERN.test(openid)) throw new Error('openid must be 1..128 characters of [A-Za-z0-9_.:@-]');
      const iat = Math.floor(now.getTime() / 1000);
      const exp = iat + ttlS;
      return { token: sign({ sub: openid, iat, exp }), expiresAt: new Date(exp * 1000) };
    },
    verify(token, now) {
      const nowS = now.getTime() / 1000;
      const known = verified?.lookup(token, nowS);
      if (known !== undefined) return known;
      if (!isCanonical(token)) return null;
      let claims: { sub?: unknown; iat?: unknown; exp?: unknown; nbf?: unknown };
      try {
        claims = decode(token) as typeof claims;
      } catch {
        return null;
      }
      const { sub, iat, exp } = claims;
      if (typeof exp !== 'number' || typeof iat !== 'number' || typeof sub !== 'string' || !ACCOUNT_ID_PATTERN.test(sub)) return null;
      // A token lives at most the configured TTL: one minted with a far `exp` (a leaked secret's
      // forgery, a tool's mistake) is refused, whatever its signature.
      if (exp - iat > ttlS + TOKEN_CLOCK_SKEW_S) return null;
      // A token issued in the future is not valid yet: its iat (less the skew) acts as a not-before.
      const notBefore = Math.max(typeof claims.nbf === 'number' ? claims.nbf : -Infinity, iat - TOKEN_CLOCK_SKEW_S);
      if (exp <= nowS || notBefore > nowS) return null;
      verified?.remember(token, { sub, exp, nbf: notBefore });
      return sub;
    },
  };
}

/**
 * Only the exact string we signed is accepted. Base64url's last character carries spare bits, so
 * without this check four different strings decode to one valid signature; a token is then
 * exactly one string (any future revocation list or cache can key on the string).
 */
function isCanonical(token: string): boolean {
  // Exactly three parts, the last a canonical HS256 signature.
  const first = token.indexOf('.');
  const last = token.lastIndexOf('.');
  return first > 0 && last > first + 1 && token.indexOf('.', first + 1) === last && HS256_SIGNATURE.test(token.slice(last + 1));
}

/**
 * An HS256 signature is 32 bytes: 43 base64url characters, the last carrying 4 bits of the
 * signature and 2 zero bits, so it is one of the 16 characters whose low 2 bits are 0. (A regular
 * expression instead of a decode and re-encode round trip: this runs on every vote.)
 */
const HS256_SIGNATURE = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
