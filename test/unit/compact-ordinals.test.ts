import { CompactOrdinals } from '../../src/fraud/compact-ordinals';

describe('CompactOrdinals', () => {
  it('numbers strings densely in order of first sight, the same string always the same number', () => {
    const o = new CompactOrdinals();
    expect(['a', 'b', 'a', 'c', 'b'].map((s) => o.of(s))).toEqual([0, 1, 0, 2, 1]);
    expect(o.size).toBe(3);
  });

  it('agrees with a Map over many strings, through every growth of its tables', () => {
    const o = new CompactOrdinals();
    const reference = new Map<string, number>();
    // 60,000 distinct ids (WeChat-like, plus lengths 0-255), each seen twice, interleaved.
    const ids = Array.from({ length: 60_000 }, (_, i) => (i % 97 === 0 ? 'x'.repeat(i % 256) + i : `oXyZ${(i * 2654435761) >>> 0}q${i}`));
    for (let pass = 0; pass < 2; pass++) {
      for (const id of pass === 0 ? ids : [...ids].reverse()) {
        if (!reference.has(id)) reference.set(id, reference.size);
        expect(o.of(id)).toBe(reference.get(id));
      }
    }
    expect(o.size).toBe(reference.size);
  });

  it('tells apart strings that differ only late, or only in length', () => {
    const o = new CompactOrdinals();
    const base = 'oXyZ0123456789abcdef0123456789ab';
    const variants = [base, `${base}c`, base.slice(0, -1), `${base.slice(0, -1)}c`, '', `${base}\u0000`];
    const ks = variants.map((s) => o.of(s));
    expect(new Set(ks).size).toBe(variants.length);
    expect(variants.map((s) => o.of(s))).toEqual(ks);
  });

  it('numbers strings outside the arena (non-Latin-1, over 255 characters) in the same sequence', () => {
    const o = new CompactOrdinals();
    const long = 'y'.repeat(300);
    expect([o.of('账号一'), o.of('plain'), o.of(long), o.of('账号一'), o.of(long), o.of('plain')]).toEqual([0, 1, 2, 0, 2, 1]);
  });
});
