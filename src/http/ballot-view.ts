import { z } from 'zod';
import type { Ballot, Candidate } from '../domain/ballot';
import { phaseOf, TIMEZONE } from '../domain/calendar';
import type { Tally } from '../storage/tally-queries';

/**
 * How ballots and candidates look on the wire (API.md "Ballot"). The route schemas below and the
 * view functions live together so the OpenAPI document and the JSON we send cannot drift apart.
 */

export const candidateResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  city: z.string(),
  county: z.string().nullable(),
  summary: z.string().nullable(),
  /** Present on public reads only when the ballot shows live counts; always on staff reads. */
  votes: z.number().int().optional(),
});

export const ballotResponse = z.object({
  id: z.uuid(),
  title: z.string(),
  category: z.enum(['county', 'township']),
  year: z.number().int(),
  seats: z.number().int(),
  maxChoices: z.number().int(),
  opensAt: z.string(),
  closesAt: z.string(),
  durationDays: z.number().int(),
  timezone: z.literal(TIMEZONE),
  status: z.enum(['draft', 'published', 'finalized']),
  phase: z.enum(['draft', 'upcoming', 'open', 'closed', 'finalized']),
  showLiveCounts: z.boolean(),
  publishedAt: z.string().nullable(),
  finalizedAt: z.string().nullable(),
  totalVotes: z.number().int().optional(),
  candidates: z.array(candidateResponse).optional(),
});

export type CandidateJson = z.infer<typeof candidateResponse>;
export type BallotJson = z.infer<typeof ballotResponse>;

export function candidateView(c: Candidate, votes?: number): CandidateJson {
  const json: CandidateJson = { id: c.id, name: c.name, city: c.city, county: c.county, summary: c.summary };
  if (votes !== undefined) json.votes = votes;
  return json;
}

export interface BallotViewOptions {
  /** Include the candidates (the list endpoint leaves them out). */
  candidates?: Candidate[];
  /** Live counts to show; omitted means no `votes` / `totalVotes` fields at all. */
  tally?: Tally;
}

/** Ballot → API JSON. `phase` is derived from `now`, never stored. */
export function ballotView(b: Ballot, now: Date, opts: BallotViewOptions = {}): BallotJson {
  const json: BallotJson = {
    id: b.id,
    title: b.title,
    category: b.category,
    year: b.year,
    seats: b.seats,
    maxChoices: b.maxChoices,
    opensAt: b.opensAt.toISOString(),
    closesAt: b.closesAt.toISOString(),
    durationDays: b.durationDays,
    timezone: TIMEZONE,
    status: b.status,
    phase: phaseOf(b, now),
    showLiveCounts: b.showLiveCounts,
    publishedAt: b.publishedAt ? b.publishedAt.toISOString() : null,
    finalizedAt: b.finalizedAt ? b.finalizedAt.toISOString() : null,
  };
  const { tally, candidates } = opts;
  if (tally) json.totalVotes = tally.totalVotes;
  if (candidates) json.candidates = candidates.map((c) => candidateView(c, tally ? (tally.byCandidate.get(c.id) ?? 0) : undefined));
  return json;
}

/** A tally with no votes: what a ballot that was never open has. */
export const EMPTY_TALLY: Tally = { byCandidate: new Map(), totalVotes: 0 };
