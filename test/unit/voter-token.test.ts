import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { createVoterTokens, VOTER_AUDIENCE } from '../../src/auth/voter-token';

/**
 * Voter token security (issue 7): only an HS256 token we signed, for audience "voter", with a sane
 * subject, not yet expired by the injected clock, verifies. Attack tokens are forged here by hand
 * (node:crypto), not with the library under test, so a library default cannot hide a hole.
 */

const SECRET = 'unit-test-secret-unit-test-secret-0123456789';
const TTL_S = 3600;
const NOW = new Date('2026-06-01T02:00:00.000Z');
const NOW_S = NOW.getTime() / 1000;
const tokens = createVoterTokens(SECRET, TTL_S);

const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

function forge(header: Record<string, unknown>, payload: Record<string, unknown>, sign: (input: string) => string): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${sign(input)}`;
}
const hmac = (alg: 'sha256' | 'sha384' | 'sha512', key: string) => (input: string) => createHmac(alg, key).update(input).digest('base64url');
const hs256 = hmac('sha256', SECRET);
const goodClaims = (over: Record<string, unknown> = {}) => ({ sub: 'oOpenid_123', aud: VOTER_AUDIENCE, iat: NOW_S, exp: NOW_S + 600, ...over });

describe('voter tokens', () => {
  it('mints an HS256 JWT with sub, aud voter, iat and exp from the injected clock', () => {
    const { token, expiresAt } = tokens.mint('oOpenid_123', NOW);
    const [h, p] = token.split('.');
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(p, 'base64url').toString())).toEqual({ sub: 'oOpenid_123', aud: 'voter', iat: NOW_S, exp: NOW_S + TTL_S });
    expect(expiresAt.toISOString()).toBe('2026-06-01T03:00:00.000Z');
    expect(tokens.verify(token, NOW)).toBe('oOpenid_123');
  });

  it('a hand-made HS256 token with our secret verifies (the forging helper is right)', () => {
    expect(tokens.verify(forge({ alg: 'HS256', typ: 'JWT' }, goodClaims(), hs256), NOW)).toBe('oOpenid_123');
  });

  it('expires by the injected clock: valid one second before exp, refused at exp and after', () => {
    const { token } = tokens.mint('abc', NOW);
    expect(tokens.verify(token, new Date(NOW.getTime() + (TTL_S - 1) * 1000))).toBe('abc');
    expect(tokens.verify(token, new Date(NOW.getTime() + TTL_S * 1000))).toBeNull();
    expect(tokens.verify(token, new Date(NOW.getTime() + 365 * 86400_000))).toBeNull();
    // A token long expired by the real clock still follows the injected one (tests, test clock).
    const old = tokens.mint('abc', new Date('2001-01-01T00:00:00Z')).token;
    expect(tokens.verify(old, new Date('2001-01-01T00:30:00Z'))).toBe('abc');
    expect(tokens.verify(old, NOW)).toBeNull();
  });

  it('refuses alg none, with or without a signature', () => {
    for (const alg of ['none', 'None', 'NONE']) {
      expect(tokens.verify(forge({ alg, typ: 'JWT' }, goodClaims(), () => ''), NOW)).toBeNull();
      expect(tokens.verify(forge({ alg, typ: 'JWT' }, goodClaims(), hs256), NOW)).toBeNull();
    }
  });

  it('refuses HS384 and HS512 even when signed with our secret', () => {
    expect(tokens.verify(forge({ alg: 'HS384', typ: 'JWT' }, goodClaims(), hmac('sha384', SECRET)), NOW)).toBeNull();
    expect(tokens.verify(forge({ alg: 'HS512', typ: 'JWT' }, goodClaims(), hmac('sha512', SECRET)), NOW)).toBeNull();
  });

  it('refuses RS256 tokens: a real RSA signature, and an HMAC labelled RS256 (key confusion)', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsa = (input: string) => createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url');
    expect(tokens.verify(forge({ alg: 'RS256', typ: 'JWT' }, goodClaims(), rsa), NOW)).toBeNull();
    expect(tokens.verify(forge({ alg: 'RS256', typ: 'JWT' }, goodClaims(), hs256), NOW)).toBeNull();
    expect(tokens.verify(forge({ alg: 'ES256', typ: 'JWT' }, goodClaims(), hs256), NOW)).toBeNull();
  });

  it('refuses a token signed with another secret', () => {
    expect(tokens.verify(forge({ alg: 'HS256', typ: 'JWT' }, goodClaims(), hmac('sha256', `${SECRET}x`)), NOW)).toBeNull();
    expect(tokens.verify(createVoterTokens('another-secret-another-secret-0123456789', TTL_S).mint('abc', NOW).token, NOW)).toBeNull();
  });

  it.each<[string, Record<string, unknown>]>([
    ['another audience', { aud: 'admin' }],
    ['an audience differing in case', { aud: 'Voter' }],
    ['no audience', { aud: undefined }],
    ['no exp', { exp: undefined }],
    ['a string exp', { exp: String(NOW_S + 600) }],
    ['exp in the past', { exp: NOW_S - 1 }],
    ['exp equal to now', { exp: NOW_S }],
    ['nbf in the future', { nbf: NOW_S + 60 }],
    ['no sub', { sub: undefined }],
    ['an empty sub', { sub: '' }],
    ['a numeric sub', { sub: 12345 }],
    ['an object sub', { sub: { openid: 'x' } }],
    ['a sub with a space', { sub: 'a b' }],
    ['a sub with a newline', { sub: 'ab\nc' }],
    ['a 129-char sub', { sub: 'o'.repeat(129) }],
  ])('refuses a correctly signed HS256 token with %s', (_name, over) => {
    expect(tokens.verify(forge({ alg: 'HS256', typ: 'JWT' }, goodClaims(over), hs256), NOW)).toBeNull();
  });

  it('refuses a tampered payload (another sub, a later exp) under the original signature', () => {
    const { token } = tokens.mint('victim', NOW);
    const [h, , s] = token.split('.');
    expect(tokens.verify(`${h}.${b64({ sub: 'attacker', aud: 'voter', iat: NOW_S, exp: NOW_S + TTL_S })}.${s}`, NOW)).toBeNull();
    expect(tokens.verify(`${h}.${b64({ sub: 'victim', aud: 'voter', iat: NOW_S, exp: NOW_S + 10 * TTL_S })}.${s}`, NOW)).toBeNull();
    // The header swapped for alg none, payload and signature kept.
    expect(tokens.verify(`${b64({ alg: 'none', typ: 'JWT' })}.${token.split('.')[1]}.${s}`, NOW)).toBeNull();
  });

  it('refuses every single-character change anywhere in a valid token', () => {
    const { token } = tokens.mint('oOpenid_123', NOW);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    fc.assert(
      fc.property(fc.nat(token.length - 1), fc.constantFrom(...alphabet), (i, c) => {
        fc.pre(token[i] !== c);
        return tokens.verify(token.slice(0, i) + c + token.slice(i + 1), NOW) === null;
      }),
      { numRuns: 2000 },
    );
    // The last character carries spare bits: base64url-equivalent variants are refused too.
    for (const c of alphabet) {
      if (c !== token[token.length - 1]) expect(tokens.verify(token.slice(0, -1) + c, NOW)).toBeNull();
    }
  });

  it.each<[string, string]>([
    ['an empty string', ''],
    ['two segments', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0'],
    ['four segments', `${tokens.mint('a', NOW).token}.x`],
    ['four segments ending in a valid signature', (() => { const [h, p, sig] = tokens.mint('a', NOW).token.split('.'); return `${h}.${p}.x.${sig}`; })()],
    ['an empty payload between valid parts', (() => { const [h, , sig] = tokens.mint('a', NOW).token.split('.'); return `${h}..${sig}`; })()],
    ['a valid token with whitespace', ` ${tokens.mint('a', NOW).token}`],
    ['a JWE-shaped five-part token', 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aaaa.bbbb.cccc'],
    ['an API-key-looking string', 'bk_0123456789abcdef0123456789abcdef'],
    ['non-JSON segments', 'abc.def.ghi'],
  ])('refuses %s', (_name, token) => {
    expect(tokens.verify(token, NOW)).toBeNull();
  });

  it('never accepts random strings, and never throws on them', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (s) => tokens.verify(s, NOW) === null),
      { numRuns: 1000 },
    );
  });

  it('refuses to mint for an account id it would refuse to verify', () => {
    expect(() => tokens.mint('', NOW)).toThrow();
    expect(() => tokens.mint('a b', NOW)).toThrow();
    expect(() => tokens.mint('o'.repeat(129), NOW)).toThrow();
    expect(tokens.verify(tokens.mint('o'.repeat(128), NOW).token, NOW)).toBe('o'.repeat(128));
  });
});

describe('voter tokens: the verified-token cache', () => {
  it('a remembered token still expires by the injected clock, and verifies again if the clock goes back', () => {
    const mine = createVoterTokens(SECRET, TTL_S);
    const { token } = mine.mint('abc', NOW);
    expect(mine.verify(token, NOW)).toBe('abc');
    expect(mine.verify(token, new Date(NOW.getTime() + (TTL_S - 1) * 1000))).toBe('abc');
    expect(mine.verify(token, new Date(NOW.getTime() + TTL_S * 1000))).toBeNull();
    expect(mine.verify(token, NOW)).toBe('abc');
  });

  it('remembering a token opens none of its variants', () => {
    const mine = createVoterTokens(SECRET, TTL_S);
    const { token } = mine.mint('oOpenid_123', NOW);
    expect(mine.verify(token, NOW)).toBe('oOpenid_123');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let i = 0; i < token.length; i++) {
      for (const c of alphabet) {
        if (c !== token[i]) expect(mine.verify(token.slice(0, i) + c + token.slice(i + 1), NOW)).toBeNull();
      }
    }
    expect(mine.verify(` ${token}`, NOW)).toBeNull();
    expect(mine.verify(`${token}.x`, NOW)).toBeNull();
    expect(mine.verify(token.slice(0, -1), NOW)).toBeNull();
    expect(mine.verify(token, NOW)).toBe('oOpenid_123');
  });

  it.each([0, 1, 2, 50])('answers alike with room for %i remembered tokens (0: no cache)', (size) => {
    const mine = createVoterTokens(SECRET, TTL_S, size);
    const issued = Array.from({ length: 5 }, (_, i) => ({ sub: `o${i}`, token: mine.mint(`o${i}`, NOW).token }));
    const forged = forge({ alg: 'HS256', typ: 'JWT' }, goodClaims(), hmac('sha256', 'not-our-secret'));
    for (let round = 0; round < 3; round++) {
      for (const { sub, token } of issued) expect(mine.verify(token, NOW)).toBe(sub);
      expect(mine.verify(forged, NOW)).toBeNull();
      const later = new Date(NOW.getTime() + TTL_S * 1000);
      expect(mine.verify(issued[round]!.token, later)).toBeNull();
    }
  });
});
