import { nextVoteAt, type Phase } from './calendar';
import { decideSelection, decideWindow, type VotableBallot } from './vote-rules';

/**
 * The vote path's decisions, as pure functions: the service (services/vote-service.ts) does the
 * I/O between them and follows what they say.
 */

/** What the gate (rate limits and the day's marker, one Redis script) answered for a request. */
export type GateAnswer =
  /** The marker was free and now holds this request's pending token. */
  | { kind: 'reserved' }
  /** Only counted against the limits (no reservation was asked for). */
  | { kind: 'counted' }
  | { kind: 'limited'; retryMs: number }
  /** A vote of this account today is committed. */
  | { kind: 'voted'; voteId: string }
  /** Another request of this account is on its way to PostgreSQL; its unique constraint decides. */
  | { kind: 'pending' }
  /** Redis failed: PostgreSQL alone decides. */
  | { kind: 'unknown' };

/** Whether a ballot takes this selection now: the day it counts for, or why not. */
export type Admission =
  | { kind: 'admissible'; day: string }
  | { kind: 'not-open'; phase: Exclude<Phase, 'open'> }
  | { kind: 'invalid-selection'; day: string; message: string };

export function admit(ballot: VotableBallot, candidateIds: readonly string[], now: Date): Admission {
  const window = decideWindow(ballot, now);
  if (!window.ok) return { kind: 'not-open', phase: window.phase };
  const selection = decideSelection(ballot, candidateIds);
  return selection.ok ? { kind: 'admissible', day: window.day } : { kind: 'invalid-selection', day: window.day, message: selection.message };
}

/** After the gate: refuse (429), answer as a repeat (409 or a replay), or write the vote. */
export type GateStep = { kind: 'limited'; retryMs: number } | { kind: 'repeat'; voteId: string } | { kind: 'write'; reserved: boolean };

export function afterGate(answer: GateAnswer): GateStep {
  switch (answer.kind) {
    case 'limited':
      return { kind: 'limited', retryMs: answer.retryMs };
    case 'voted':
      return { kind: 'repeat', voteId: answer.voteId };
    case 'reserved':
      return { kind: 'write', reserved: true };
    case 'counted':
    case 'pending':
    case 'unknown':
      return { kind: 'write', reserved: false };
    default: {
      const never: never = answer;
      throw new Error(`unknown gate answer ${JSON.stringify(never)}`);
    }
  }
}

/**
 * An earlier vote found under the request's Idempotency-Key: the same ballot and selection make
 * this request its replay; anything else reuses the key ('reused': 422, or ignored where the
 * request is refused anyway).
 */
export type ReplayVerdict = 'none' | 'replay' | 'reused';

export function replayVerdict(earlier: { requestHash: string | null } | null, requestHash: string | null): ReplayVerdict {
  if (!earlier || requestHash === null) return 'none';
  return earlier.requestHash === requestHash ? 'replay' : 'reused';
}

export interface VoteReceipt {
  voteId: string;
  ballotId: string;
  day: string;
  candidateIds: string[];
  castAt: string;
  nextVoteAt: string | null;
}

/** The receipt of a committed vote: when it was cast and when its account may vote next. */
export function receiptOf(vote: { id: string; ballotId: string; day: string; candidateIds: string[]; castAt: Date }, closesAt: Date): VoteReceipt {
  const next = nextVoteAt(vote.castAt, closesAt);
  return {
    voteId: vote.id,
    ballotId: vote.ballotId,
    day: vote.day,
    candidateIds: vote.candidateIds,
    castAt: vote.castAt.toISOString(),
    nextVoteAt: next ? next.toISOString() : null,
  };
}
