import fc from 'fast-check';
import { VerifiedTokenCache } from '../../src/auth/verified-token-cache';

/**
 * The off-heap cache answers only for the exact string it was given, only while its time claims
 * hold, and a slot taken by a newer token stops answering for the older one.
 */
const SIG = 'abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE'; // 43 base64url characters
const token = (payload: string, sig = SIG) => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${payload}.${sig}`;
const claims = { sub: 'oOpenid_123', exp: 2_000, nbf: undefined };

describe('verified-token cache', () => {
  it('answers with the remembered account while the token is timely, null outside its time', () => {
    const cache = new VerifiedTokenCache(1024);
    const t = token('eyJzdWIiOiJhIn0');
    expect(cache.lookup(t, 1_000)).toBeUndefined();
    cache.remember(t, claims);
    expect(cache.lookup(t, 1_000)).toBe('oOpenid_123');
    expect(cache.lookup(t, 1_999.9)).toBe('oOpenid_123');
    expect(cache.lookup(t, 2_000)).toBeNull();
    cache.remember(t, { ...claims, nbf: 1_500 });
    expect(cache.lookup(t, 1_499)).toBeNull();
    expect(cache.lookup(t, 1_500)).toBe('oOpenid_123');
  });

  it('never answers for another string: any change, a lookalike non-ASCII character, a prefix or an extension', () => {
    const cache = new VerifiedTokenCache(1024);
    const t = token('eyJzdWIiOiJhIn0');
    cache.remember(t, claims);
    fc.assert(
      fc.property(fc.nat(t.length - 1), fc.integer({ min: 1, max: 0xffff }), (i, code) => {
        const c = String.fromCharCode(code);
        fc.pre(c !== t[i]);
        return cache.lookup(t.slice(0, i) + c + t.slice(i + 1), 1_000) === undefined;
      }),
      { numRuns: 3000 },
    );
    // U+0100 + 'A' is written as 0x41 by latin1: the comparison must not be fooled by it.
    expect(cache.lookup(t.replace('eyJ', '\u0165yJ'), 1_000)).toBeUndefined();
    expect(cache.lookup(t.slice(0, -1), 1_000)).toBeUndefined();
    expect(cache.lookup(`${t}A`, 1_000)).toBeUndefined();
    expect(cache.lookup(t, 1_000)).toBe('oOpenid_123');
  });

  it('a newer token in the same slot replaces the older one, which is then verified again', () => {
    const cache = new VerifiedTokenCache(1);
    const first = token('Zmlyc3Q');
    const second = token('c2Vjb25k', 'zzz' + SIG.slice(3));
    cache.remember(first, claims);
    cache.remember(second, { ...claims, sub: 'second' });
    expect(cache.lookup(first, 1_000)).toBeUndefined();
    expect(cache.lookup(second, 1_000)).toBe('second');
    // A shorter token in a slot that held a longer one compares only its own length.
    cache.remember(first, claims);
    expect(cache.lookup(second, 1_000)).toBeUndefined();
    expect(cache.lookup(first, 1_000)).toBe('oOpenid_123');
  });

  it('keeps four tokens per set; a fifth takes the place of one of them', () => {
    const cache = new VerifiedTokenCache(4); // one set of four slots
    const tokens = ['QQ', 'Ug', 'Uw', 'VA', 'VQ'].map((p, i) => token(p, SIG.slice(0, 3) + String.fromCharCode(65 + i) + SIG.slice(4)));
    tokens.slice(0, 4).forEach((t, i) => cache.remember(t, { ...claims, sub: `o${i}` }));
    expect(tokens.map((t) => cache.lookup(t, 1_000))).toEqual(['o0', 'o1', 'o2', 'o3', undefined]);
    cache.remember(tokens[4]!, { ...claims, sub: 'o4' });
    const after = tokens.map((t) => cache.lookup(t, 1_000));
    expect(after[4]).toBe('o4');
    expect(after.slice(0, 4).filter((a) => a === undefined)).toHaveLength(1);
    expect(after.slice(0, 4).filter((a) => a !== undefined)).toEqual(['o0', 'o1', 'o2', 'o3'].filter((_, i) => after[i] !== undefined));
    // Remembering a remembered token updates its slot instead of taking a second one.
    const kept = tokens.findIndex((_, i) => i < 4 && after[i] !== undefined);
    cache.remember(tokens[kept]!, { ...claims, sub: `o${kept}`, exp: 500 });
    expect(tokens.map((t) => cache.lookup(t, 1_000))).toEqual(after.map((a, i) => (i === kept ? null : a)));
  });

  it('does not remember what it cannot hold: long tokens, long or non-ASCII account ids', () => {
    const cache = new VerifiedTokenCache(1024);
    const long = token('x'.repeat(300));
    cache.remember(long, claims);
    expect(cache.lookup(long, 1_000)).toBeUndefined();
    const t = token('eyJzdWIiOiJhIn0');
    cache.remember(t, { ...claims, sub: 'o'.repeat(65) });
    expect(cache.lookup(t, 1_000)).toBeUndefined();
    cache.remember(t, { ...claims, sub: 'o'.repeat(64) });
    expect(cache.lookup(t, 1_000)).toBe('o'.repeat(64));
  });
});
