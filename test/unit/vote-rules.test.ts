import fc from 'fast-check';
import { decideSelection, decideWindow, nextVoteForVoter, requestHash, type VotableBallot } from '../../src/domain/vote-rules';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

const ballot = (over: Partial<VotableBallot> = {}): VotableBallot => ({
  id: '99999999-9999-4999-8999-999999999999',
  status: 'published',
  opensAt: new Date('2026-05-31T16:00:00.000Z'),
  closesAt: new Date('2026-06-07T16:00:00.000Z'),
  maxChoices: 2,
  candidateIds: new Set([A, B, C]),
  ...over,
});

describe('decideWindow', () => {
  it('is open from opensAt (inclusive) to closesAt (exclusive) and names the Shanghai day', () => {
    expect(decideWindow(ballot(), new Date('2026-05-31T16:00:00.000Z'))).toEqual({ ok: true, day: '2026-06-01' });
    expect(decideWindow(ballot(), new Date('2026-06-01T15:59:59.999Z'))).toEqual({ ok: true, day: '2026-06-01' });
    expect(decideWindow(ballot(), new Date('2026-06-01T16:00:00.000Z'))).toEqual({ ok: true, day: '2026-06-02' });
    expect(decideWindow(ballot(), new Date('2026-05-31T15:59:59.999Z'))).toEqual({ ok: false, phase: 'upcoming' });
    expect(decideWindow(ballot(), new Date('2026-06-07T16:00:00.000Z'))).toEqual({ ok: false, phase: 'closed' });
    expect(decideWindow(ballot({ status: 'finalized' }), new Date('2026-06-03T00:00:00.000Z'))).toEqual({ ok: false, phase: 'finalized' });
    expect(decideWindow(ballot({ status: 'draft' }), new Date('2026-06-03T00:00:00.000Z'))).toEqual({ ok: false, phase: 'draft' });
  });
});

describe('decideSelection', () => {
  it('accepts 1..maxChoices distinct candidates of the ballot, in any case', () => {
    expect(decideSelection(ballot(), [A])).toEqual({ ok: true });
    expect(decideSelection(ballot(), [A, B.toUpperCase()])).toEqual({ ok: true });
  });
  it('refuses none, too many, repeated and unknown candidates', () => {
    expect(decideSelection(ballot(), [])).toMatchObject({ ok: false, message: expect.stringMatching(/at least one/) });
    expect(decideSelection(ballot(), [A, B, C])).toMatchObject({ ok: false, message: expect.stringMatching(/at most 2/) });
    expect(decideSelection(ballot(), [A, A.toUpperCase()])).toMatchObject({ ok: false, message: expect.stringMatching(/more than once/) });
    expect(decideSelection(ballot(), ['not-a-candidate'])).toMatchObject({ ok: false, message: expect.stringMatching(/Unknown candidate/) });
    expect(decideSelection(ballot({ maxChoices: 1 }), [A, B])).toMatchObject({ ok: false });
  });
  it('never accepts a selection with a repeat or an outsider (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(A, B, C, 'x', '44444444-4444-4444-8444-444444444444'), { maxLength: 5 }), (ids) => {
        const d = decideSelection(ballot({ maxChoices: 3 }), ids);
        const valid = ids.length >= 1 && new Set(ids).size === ids.length && ids.every((i) => [A, B, C].includes(i));
        expect(d.ok).toBe(valid);
      }),
    );
  });
});

describe('requestHash', () => {
  it('ignores selection order and case, and differs by ballot and selection', () => {
    expect(requestHash('b1', [A, B])).toBe(requestHash('b1', [B.toUpperCase(), A]));
    expect(requestHash('b1', [A])).not.toBe(requestHash('b1', [B]));
    expect(requestHash('b1', [A])).not.toBe(requestHash('b2', [A]));
  });
});

describe('nextVoteForVoter', () => {
  const now = new Date('2026-06-02T02:00:00.000Z');
  it('is now when the voter may vote right away, the next midnight after voting', () => {
    expect(nextVoteForVoter(ballot(), false, now)).toEqual(now);
    expect(nextVoteForVoter(ballot(), true, now)).toEqual(new Date('2026-06-02T16:00:00.000Z'));
  });
  it('is null after a vote on the last day, and when closed; the opening time when upcoming', () => {
    expect(nextVoteForVoter(ballot(), true, new Date('2026-06-07T10:00:00.000Z'))).toBeNull();
    expect(nextVoteForVoter(ballot(), false, new Date('2026-06-08T10:00:00.000Z'))).toBeNull();
    expect(nextVoteForVoter(ballot(), false, new Date('2026-05-30T10:00:00.000Z'))).toEqual(ballot().opensAt);
  });
});
