import { admit, afterGate, receiptOf, replayVerdict } from '../../src/domain/vote-decision';
import type { VotableBallot } from '../../src/domain/vote-rules';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const ballot: VotableBallot = {
  id: '00000000-0000-4000-8000-000000000001',
  status: 'published',
  opensAt: new Date('2026-06-01T00:00:00.000Z'),
  closesAt: new Date('2026-06-03T00:00:00.000Z'),
  maxChoices: 1,
  candidateIds: new Set([A, B]),
};

describe('admit', () => {
  it('an open ballot and a valid selection: admissible, for the Asia/Shanghai day', () => {
    // 20:00Z on 1 June is 04:00 on 2 June in Asia/Shanghai.
    expect(admit(ballot, [A], new Date('2026-06-01T20:00:00.000Z'))).toEqual({ kind: 'admissible', day: '2026-06-02' });
  });
  it('before opening and after closing: not open, with the phase', () => {
    expect(admit(ballot, [A], new Date('2026-05-31T23:59:59.999Z'))).toEqual({ kind: 'not-open', phase: 'upcoming' });
    expect(admit(ballot, [A], new Date('2026-06-03T00:00:00.000Z'))).toEqual({ kind: 'not-open', phase: 'closed' });
    expect(admit({ ...ballot, status: 'finalized' }, [A], new Date('2026-06-02T00:00:00.000Z'))).toMatchObject({ kind: 'not-open', phase: 'finalized' });
  });
  it('the window is decided before the selection', () => {
    expect(admit(ballot, [], new Date('2026-06-04T00:00:00.000Z'))).toMatchObject({ kind: 'not-open' });
  });
  it('too many, unknown or repeated candidates: invalid selection, with the day', () => {
    const now = new Date('2026-06-01T02:00:00.000Z');
    expect(admit(ballot, [A, B], now)).toEqual({ kind: 'invalid-selection', day: '2026-06-01', message: 'Select at most 1 candidate.' });
    expect(admit(ballot, ['nope'], now)).toMatchObject({ kind: 'invalid-selection' });
    expect(admit({ ...ballot, maxChoices: 2 }, [A, A], now)).toMatchObject({ kind: 'invalid-selection' });
  });
});

describe('afterGate', () => {
  it('limited: refuse with the wait; voted: a repeat of that vote', () => {
    expect(afterGate({ kind: 'limited', retryMs: 900 })).toEqual({ kind: 'limited', retryMs: 900 });
    expect(afterGate({ kind: 'voted', voteId: 'v1' })).toEqual({ kind: 'repeat', voteId: 'v1' });
  });
  it('reserved: write, holding the reservation; pending, counted or unknown: write, PostgreSQL decides', () => {
    expect(afterGate({ kind: 'reserved' })).toEqual({ kind: 'write', reserved: true });
    for (const kind of ['pending', 'counted', 'unknown'] as const) expect(afterGate({ kind })).toEqual({ kind: 'write', reserved: false });
  });
});

describe('replayVerdict', () => {
  it('no earlier vote, or no key: none', () => {
    expect(replayVerdict(null, 'h')).toBe('none');
    expect(replayVerdict({ requestHash: 'h' }, null)).toBe('none');
  });
  it('same request: replay; another request under the same key: reused', () => {
    expect(replayVerdict({ requestHash: 'h' }, 'h')).toBe('replay');
    expect(replayVerdict({ requestHash: 'other' }, 'h')).toBe('reused');
    expect(replayVerdict({ requestHash: null }, 'h')).toBe('reused');
  });
});

describe('receiptOf', () => {
  const vote = { id: 'v1', ballotId: ballot.id, day: '2026-06-01', candidateIds: [A], castAt: new Date('2026-06-01T02:00:00.000Z') };
  it('next vote at the next Asia/Shanghai midnight', () => {
    expect(receiptOf(vote, ballot.closesAt)).toEqual({
      voteId: 'v1',
      ballotId: ballot.id,
      day: '2026-06-01',
      candidateIds: [A],
      castAt: '2026-06-01T02:00:00.000Z',
      nextVoteAt: '2026-06-01T16:00:00.000Z',
    });
  });
  it('no next vote when the ballot closes before that midnight', () => {
    expect(receiptOf(vote, new Date('2026-06-01T10:00:00.000Z')).nextVoteAt).toBeNull();
  });
});
