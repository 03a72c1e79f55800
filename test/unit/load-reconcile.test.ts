import { reconcileVotes, type StoredVote } from '../../load-tests/lib/reconcile';
import { VoteTracker } from '../../load-tests/lib/vote-tracker';

// The load test's reconciliation decides whether a throughput figure counts; these pin what it
// accepts (cut-off requests may or may not leave a vote) and what it must refuse.

const DAY = '2026-11-28';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const created = (n: number) => JSON.stringify({ voteId: id(n), ballotId: id(999), day: DAY, candidateIds: [id(500)], castAt: 'x', nextVoteAt: null });
const already = (n: number) => JSON.stringify({ statusCode: 409, code: 'ALREADY_VOTED_TODAY', message: 'm', requestId: 'r', voteId: id(n), nextVoteAt: null });
const stored = (n: number, accountId: string): StoredVote => ({ id: id(n), accountId, day: DAY });

function answered(tracker: VoteTracker, account: string, status: number, body: string): void {
  tracker.sent(account);
  tracker.responded(account, status, body);
}

describe('load-test vote reconciliation', () => {
  it('accepts exactly the acknowledged votes, with duplicates answered 409', () => {
    const t = new VoteTracker();
    answered(t, 'a', 201, created(1));
    answered(t, 'b', 201, created(2));
    answered(t, 'a', 409, already(1));
    const r = reconcileVotes(t, [stored(1, 'a'), stored(2, 'b')]);
    expect(r.problems).toEqual([]);
    expect(r.stats).toMatchObject({ stored: 2, acknowledged: 2, cutOffStored: 0, cutOffNotStored: 0 });
  });

  it('reconciles requests cut off without an answer whether or not their vote was stored', () => {
    const t = new VoteTracker();
    t.sent('a');
    t.sent('b');
    const r = reconcileVotes(t, [stored(7, 'a')]);
    expect(r.ok).toBe(true);
    expect(r.stats).toMatchObject({ cutOffStored: 1, cutOffNotStored: 1 });
  });

  it('fails when a 201 vote is missing from PostgreSQL', () => {
    const t = new VoteTracker();
    answered(t, 'a', 201, created(1));
    const r = reconcileVotes(t, []);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatch(/acknowledged \(201\) vote missing/);
  });

  it('fails when a vote is stored although its only request was answered 503', () => {
    const t = new VoteTracker();
    answered(t, 'a', 503, '{"code":"UNAVAILABLE"}');
    const r = reconcileVotes(t, [stored(3, 'a')]);
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatch(/stored although its request got no 201/);
  });

  it('fails on a second 201 for the same account and day', () => {
    const t = new VoteTracker();
    answered(t, 'a', 201, created(1));
    answered(t, 'a', 201, created(2));
    const r = reconcileVotes(t, [stored(1, 'a')]);
    expect(r.problems.some((p) => p.startsWith('two 201s'))).toBe(true);
  });

  it('fails on a stored vote from an account the generator never used, and on a 409 naming an unknown vote', () => {
    const t = new VoteTracker();
    answered(t, 'a', 201, created(1));
    answered(t, 'a', 409, already(9));
    const r = reconcileVotes(t, [stored(1, 'a'), stored(2, 'intruder')]);
    expect(r.problems.some((p) => p.startsWith('stored vote from an account the load generator never used'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('409 ALREADY_VOTED_TODAY named a vote that is not stored'))).toBe(true);
  });

  it('counts a 409 with another code as an unexpected answer, not as a duplicate', () => {
    const t = new VoteTracker();
    t.sent('a');
    expect(t.responded('a', 409, '{"code":"BALLOT_NOT_OPEN"}')).toBe('409:BALLOT_NOT_OPEN');
    expect(t.accounts.get('a')!.alreadyVoted.size).toBe(0);
  });
});
