import fc from 'fast-check';
import { closesAt, dayOf, DAY_MS, localHour, nextMidnight, nextVoteAt, phaseOf, startOfDay } from '../../src/domain/calendar';

const at = (iso: string) => new Date(iso);

describe('dayOf: Asia/Shanghai calendar days', () => {
  it('the day changes at 16:00:00.000Z (midnight UTC+8)', () => {
    expect(dayOf(at('2026-06-01T15:59:59.999Z'))).toBe('2026-06-01');
    expect(dayOf(at('2026-06-01T16:00:00.000Z'))).toBe('2026-06-02');
  });

  it('early UTC morning is already the same local day', () => {
    expect(dayOf(at('2026-06-01T00:00:00.000Z'))).toBe('2026-06-01');
    expect(dayOf(at('2026-05-31T16:00:00.000Z'))).toBe('2026-06-01');
  });

  it('crosses month and year ends by local time', () => {
    expect(dayOf(at('2025-12-31T15:59:59.999Z'))).toBe('2025-12-31');
    expect(dayOf(at('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
    expect(dayOf(at('2028-02-28T16:00:00.000Z'))).toBe('2028-02-29');
  });

  it('accepts inputs written with any offset: it is the instant that counts', () => {
    expect(dayOf(at('2026-06-02T00:00:00+08:00'))).toBe('2026-06-02');
    expect(dayOf(at('2026-06-01T23:59:59.999+08:00'))).toBe('2026-06-01');
    expect(dayOf(at('2026-06-01T12:00:00-05:00'))).toBe('2026-06-02'); // 17:00Z
  });
});

describe('dayOf and nextMidnight agree with the plain formulas whatever order instants come in', () => {
  // dayOf remembers the last day it computed; jumping back and forth (and across 1970 and midnights)
  // must never return a stale day.
  const naiveDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  it('for random instants, and instants next to a midnight', () => {
    const instant = fc.oneof(
      fc.integer({ min: -2_000_000_000_000, max: 4_000_000_000_000 }),
      fc.integer({ min: -40_000, max: 40_000 }).map((k) => k * DAY_MS - 8 * 3600_000 + [-1, 0, 1][Math.abs(k) % 3]),
    );
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (times) => {
        for (const t of times) {
          const d = new Date(t);
          expect(dayOf(d)).toBe(naiveDay(d));
          expect(nextMidnight(d).getTime()).toBe(startOfDay(naiveDay(d)).getTime() + DAY_MS);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('startOfDay / nextMidnight', () => {
  it('a day starts at 16:00Z of the previous UTC date', () => {
    expect(startOfDay('2026-06-02').toISOString()).toBe('2026-06-01T16:00:00.000Z');
  });

  it('refuses something that is not a day', () => {
    expect(() => startOfDay('2026-6-2')).toThrow();
  });

  it('the next midnight is strictly after, even exactly at a midnight', () => {
    expect(nextMidnight(at('2026-06-01T15:59:59.999Z')).toISOString()).toBe('2026-06-01T16:00:00.000Z');
    expect(nextMidnight(at('2026-06-01T16:00:00.000Z')).toISOString()).toBe('2026-06-02T16:00:00.000Z');
  });

  it('localHour is the UTC+8 hour', () => {
    expect(localHour(at('2026-06-01T15:59:59.999Z'))).toBe(23);
    expect(localHour(at('2026-06-01T16:00:00.000Z'))).toBe(0);
  });
});

describe('closesAt', () => {
  it('is opensAt plus whole days', () => {
    expect(closesAt(at('2026-06-01T00:00:00.000Z'), 7).toISOString()).toBe('2026-06-08T00:00:00.000Z');
    expect(closesAt(at('2026-06-01T00:00:00.000Z'), 1).getTime() - at('2026-06-01T00:00:00.000Z').getTime()).toBe(DAY_MS);
  });
});

describe('phaseOf: the window is [opensAt, closesAt)', () => {
  const opensAt = at('2026-06-01T16:00:00.000Z');
  const closes = at('2026-06-08T16:00:00.000Z');
  const published = { status: 'published' as const, opensAt, closesAt: closes };

  it('is upcoming until the opening instant, open at it', () => {
    expect(phaseOf(published, at('2026-06-01T15:59:59.999Z'))).toBe('upcoming');
    expect(phaseOf(published, opensAt)).toBe('open');
  });

  it('is open until the last millisecond, closed at closesAt', () => {
    expect(phaseOf(published, at('2026-06-08T15:59:59.999Z'))).toBe('open');
    expect(phaseOf(published, closes)).toBe('closed');
  });

  it('draft and finalized do not depend on the clock', () => {
    for (const now of [at('2020-01-01T00:00:00Z'), opensAt, closes, at('2030-01-01T00:00:00Z')]) {
      expect(phaseOf({ ...published, status: 'draft' }, now)).toBe('draft');
      expect(phaseOf({ ...published, status: 'finalized' }, now)).toBe('finalized');
    }
  });
});

describe('nextVoteAt', () => {
  const closes = at('2026-06-08T16:00:00.000Z'); // a local midnight

  it('is the next Asia/Shanghai midnight while the ballot is still open then', () => {
    expect(nextVoteAt(at('2026-06-01T02:00:00.000Z'), closes)?.toISOString()).toBe('2026-06-01T16:00:00.000Z');
    expect(nextVoteAt(at('2026-06-01T15:59:59.999Z'), closes)?.toISOString()).toBe('2026-06-01T16:00:00.000Z');
    expect(nextVoteAt(at('2026-06-01T16:00:00.000Z'), closes)?.toISOString()).toBe('2026-06-02T16:00:00.000Z');
  });

  it('is null on the last day, when the ballot closes at that midnight', () => {
    expect(nextVoteAt(at('2026-06-07T16:00:00.000Z'), closes)).toBeNull();
    expect(nextVoteAt(at('2026-06-08T15:59:59.999Z'), closes)).toBeNull();
  });

  it('is null when the ballot closes before the next midnight', () => {
    expect(nextVoteAt(at('2026-06-05T02:00:00.000Z'), at('2026-06-05T10:00:00.000Z'))).toBeNull();
  });

  it('is the midnight when the ballot closes one millisecond after it', () => {
    expect(nextVoteAt(at('2026-06-05T02:00:00.000Z'), at('2026-06-05T16:00:00.001Z'))?.toISOString()).toBe('2026-06-05T16:00:00.000Z');
  });
});
