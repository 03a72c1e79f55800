import { createSigner, createVerifier } from 'fast-jwt';

/**
 * Voter tokens: JWT, HS256 only, audience "voter", subject = WeChat openid.
 * Verification pins the algorithm, so `alg: none` or an RS/ES token is refused whatever it claims.
 */
export const VOTER_AUDIENCE = 'voter';

export interface VoterTokens {
  /** Signs a token for `openid`, issued at `now` (seconds precision), valid `ttlS` seconds. */
  mint(openid: string, now: Date): { token: string; expiresAt: Date };
  /** The openid of a valid token, or null (bad signature, algorithm, audience, expired, malformed). */
  verify(token: string, now: Date): string | null;
}

export function createVoterTokens(secret: string, ttlS: number): VoterTokens {
  const sign = createSigner({ key: secret, algorithm: 'HS256', aud: VOTER_AUDIENCE, noTimestamp: true });
  // Expiry is checked below against the injected clock (so the test clock governs it too),
  // not against fast-jwt's own reading of the system time.
  const decode = createVerifier({
    key: secret,
    algorithms: ['HS256'],
    allowedAud: VOTER_AUDIENCE,
    requiredClaims: ['sub', 'exp', 'aud'],
    ignoreExpiration: true,
    ignoreNotBefore: true,
    cache: 1000,
  });
  return {
    mint(openid, now) {
      const iat = Math.floor(now.getTime() / 1000);
      const exp = iat + ttlS;
      return { token: sign({ sub: openid, iat, exp }), expiresAt: new Date(exp * 1000) };
    },
    verify(token, now) {
      let claims: { sub?: unknown; exp?: unknown; nbf?: unknown };
      try {
        claims = decode(token) as typeof claims;
      } catch {
        return null;
      }
      const nowS = now.getTime() / 1000;
      if (typeof claims.exp !== 'number' || claims.exp <= nowS) return null;
      if (typeof claims.nbf === 'number' && claims.nbf > nowS) return null;
      const sub = claims.sub;
      return typeof sub === 'string' && sub.length > 0 && sub.length <= 128 ? sub : null;
    },
  };
}
