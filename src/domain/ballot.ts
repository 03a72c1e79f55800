import type { BallotStatus } from './calendar';

export type Category = 'county' | 'township';

export interface Candidate {
  id: string;
  ballotId: string;
  position: number;
  name: string;
  city: string;
  county: string | null;
  summary: string | null;
}

export interface Ballot {
  id: string;
  title: string;
  category: Category;
  year: number;
  seats: number;
  maxChoices: number;
  opensAt: Date;
  durationDays: number;
  closesAt: Date;
  showLiveCounts: boolean;
  status: BallotStatus;
  createdAt: Date;
  publishedAt: Date | null;
  finalizedAt: Date | null;
}

export interface BallotWithCandidates extends Ballot {
  candidates: Candidate[];
}

export type PublishDecision = { ok: true } | { ok: false; code: 'INVALID_STATE' | 'NOT_DIFFERENTIAL' | 'INVALID_WINDOW'; message: string };

/** A ballot can be published once: while draft, with more candidates than seats, before its window ends. */
export function decidePublish(ballot: Ballot, candidateCount: number, now: Date): PublishDecision {
  if (ballot.status !== 'draft') return { ok: false, code: 'INVALID_STATE', message: `The ballot is ${ballot.status}, not draft.` };
  if (candidateCount <= ballot.seats) {
    return {
      ok: false,
      code: 'NOT_DIFFERENTIAL',
      message: `A differential ballot needs more candidates than seats (${candidateCount} candidates, ${ballot.seats} seats).`,
    };
  }
  if (now.getTime() >= ballot.closesAt.getTime()) {
    return { ok: false, code: 'INVALID_WINDOW', message: 'The ballot window has already ended.' };
  }
  return { ok: true };
}
