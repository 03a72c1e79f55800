import { VotedTodayMemo } from '../../src/services/voted-today-memo';

const BALLOT = '3f2b6c1e-8d4a-4c2e-9b1f-0a1b2c3d4e5f';
const OTHER_BALLOT = '3f2b6c1e-8d4a-4c2e-9b1f-0a1b2c3d4e60';
const VOTE = '11111111-2222-4333-8444-555555555555';
const T0 = Date.parse('2026-06-01T02:00:00.000Z');

describe('VotedTodayMemo', () => {
  it('finds exactly the (ballot, day, account) it was told, with its vote id', () => {
    const memo = new VotedTodayMemo(1024);
    memo.remember(BALLOT, '2026-06-01', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M', VOTE, T0);
    const entry = memo.find(BALLOT, '2026-06-01', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M');
    expect(entry).toBeGreaterThanOrEqual(0);
    expect(memo.voteId(entry)).toBe(VOTE);
    // Another day, ballot or account (even a prefix or a one-character change) is not known.
    expect(memo.find(BALLOT, '2026-06-02', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M')).toBe(-1);
    expect(memo.find(OTHER_BALLOT, '2026-06-01', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2M')).toBe(-1);
    expect(memo.find(BALLOT, '2026-06-01', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2')).toBe(-1);
    expect(memo.find(BALLOT, '2026-06-01', 'o6_bmjrPTlm6_2sgVt7hMZOPfL2N')).toBe(-1);
    expect(memo.find(BALLOT, '2026-06-01', 'O6_bmjrPTlm6_2sgVt7hMZOPfL2M')).toBe(-1);
  });

  it('never confuses accounts: 20,000 remembered in 4,096 entries, every hit is the right vote', () => {
    const memo = new VotedTodayMemo(4096);
    const voteOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    for (let i = 0; i < 20_000; i++) memo.remember(BALLOT, '2026-06-01', `acct-${i}`, voteOf(i), T0);
    let hits = 0;
    for (let i = 0; i < 20_000; i++) {
      const e = memo.find(BALLOT, '2026-06-01', `acct-${i}`);
      if (e < 0) continue;
      hits++;
      expect(memo.voteId(e)).toBe(voteOf(i));
    }
    // Bounded: at most its size, and the sets fill evenly enough to use most of it.
    expect(hits).toBeLessThanOrEqual(4096);
    expect(hits).toBeGreaterThan(3500);
    expect(memo.find(BALLOT, '2026-06-01', 'acct-20000')).toBe(-1);
  });

  it('does not remember account ids too long or not ASCII (they always ask Redis)', () => {
    const memo = new VotedTodayMemo(64);
    memo.remember(BALLOT, '2026-06-01', 'x'.repeat(81), VOTE, T0);
    memo.remember(BALLOT, '2026-06-01', 'acctÉ', VOTE, T0);
    expect(memo.find(BALLOT, '2026-06-01', 'x'.repeat(81))).toBe(-1);
    expect(memo.find(BALLOT, '2026-06-01', 'acctÉ')).toBe(-1);
    memo.remember(BALLOT, '2026-06-01', 'x'.repeat(80), VOTE, T0);
    expect(memo.find(BALLOT, '2026-06-01', 'x'.repeat(80))).toBeGreaterThanOrEqual(0);
  });

  it('counts requests in a fixed window that starts with the remembered vote', () => {
    const memo = new VotedTodayMemo(64);
    memo.remember(BALLOT, '2026-06-01', 'a', VOTE, T0);
    const e = memo.find(BALLOT, '2026-06-01', 'a');
    // The vote itself was request 1; with a maximum of 3, requests 2 and 3 pass, 4 waits.
    expect(memo.countRequest(e, T0 + 1000, 60_000, 3)).toBeNull();
    expect(memo.countRequest(e, T0 + 2000, 60_000, 3)).toBeNull();
    expect(memo.countRequest(e, T0 + 20_000, 60_000, 3)).toBe(40_000);
    expect(memo.countRequest(e, T0 + 59_999, 60_000, 3)).toBe(1);
    // A new window: counting starts again.
    expect(memo.countRequest(e, T0 + 60_000, 60_000, 3)).toBeNull();
    expect(memo.countRequest(e, T0 + 60_001, 60_000, 3)).toBeNull();
    expect(memo.countRequest(e, T0 + 60_002, 60_000, 3)).toBeNull();
    expect(memo.countRequest(e, T0 + 60_003, 60_000, 3)).toBe(59_997);
    // A clock set back (test clock, NTP step) starts a new window rather than waiting for ever.
    expect(memo.countRequest(e, T0, 60_000, 3)).toBeNull();
  });
});
