import { createHash } from 'node:crypto';
import { dayOf, nextVoteAt, phaseOf, type BallotStatus, type Phase } from './calendar';

/**
 * The rules a vote must pass before it is worth writing: pure functions of the ballot, the request
 * and the instant. The one rule that needs state ("one vote per account per day") is enforced by
 * PostgreSQL's unique constraint, not here.
 */

/** What the vote path needs to know about a ballot (immutable once published, except its status). */
export interface VotableBallot {
  id: string;
  status: BallotStatus;
  opensAt: Date;
  closesAt: Date;
  maxChoices: number;
  candidateIds: ReadonlySet<string>;
}

export type WindowDecision = { ok: true; day: string } | { ok: false; phase: Exclude<Phase, 'open'> };

/** Is the ballot open at `now`? If so, the Asia/Shanghai day the vote counts for. */
export function decideWindow(ballot: VotableBallot, now: Date): WindowDecision {
  const phase = phaseOf(ballot, now);
  if (phase === 'open') return { ok: true, day: dayOf(now) };
  return { ok: false, phase };
}

export type SelectionDecision = { ok: true } | { ok: false; message: string };

/** 1..maxChoices distinct candidates of this ballot. */
export function decideSelection(ballot: VotableBallot, candidateIds: readonly string[]): SelectionDecision {
  if (candidateIds.length === 0) return { ok: false, message: 'Select at least one candidate.' };
  if (candidateIds.length > ballot.maxChoices) {
    return { ok: false, message: `Select at most ${ballot.maxChoices} candidate${ballot.maxChoices === 1 ? '' : 's'}.` };
  }
  const seen = new Set<string>();
  for (const id of candidateIds) {
    // Candidate ids are stored lower-case; a client sending upper-case hex means the same candidate.
    const norm = id.toLowerCase();
    if (!ballot.candidateIds.has(norm)) return { ok: false, message: `Unknown candidate ${JSON.stringify(id.slice(0, 100))}.` };
    if (seen.has(norm)) return { ok: false, message: `Candidate ${norm} is selected more than once.` };
    seen.add(norm);
  }
  return { ok: true };
}

/**
 * Fingerprint of what an Idempotency-Key promises: the ballot and the set of candidates. Order of
 * the selection does not matter (the same choice in another order is the same vote).
 */
export function requestHash(ballotId: string, candidateIds: readonly string[]): string {
  const sorted = candidateIds.map((c) => c.toLowerCase()).sort();
  return createHash('sha256').update(`${ballotId.toLowerCase()}|${sorted.join(',')}`).digest('base64url');
}

/**
 * When the voter may vote next, as shown by `GET …/votes/me`:
 * - voted today: the next midnight, or null when the ballot closes before it;
 * - not voted today and open: `now` (they may vote right away);
 * - upcoming: the opening time;
 * - closed or finalized: null.
 */
export function nextVoteForVoter(ballot: VotableBallot, votedToday: boolean, now: Date): Date | null {
  const phase = phaseOf(ballot, now);
  switch (phase) {
    case 'open':
      return votedToday ? nextVoteAt(now, ballot.closesAt) : now;
    case 'upcoming':
      return ballot.opensAt;
    case 'draft':
    case 'closed':
    case 'finalized':
      return null;
    default: {
      const never: never = phase;
      throw new Error(`unknown phase ${String(never)}`);
    }
  }
}
