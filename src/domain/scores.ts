/**
 * The vote score (SPEC.md): the online vote is worth 20 points of a candidate's evaluation.
 *
 *   M = the largest `votes` among candidates without an active or confirmed flag
 *   flagged candidate → 0;  otherwise 20 × votes / M, two decimals, half-up;  0 when M is 0
 *   rank: by score desc, then votes desc; equal (score, votes) share a rank (1, 1, 3)
 *
 * Scores are computed in integer hundredths with exact rational rounding, so a value such as
 * 12.345 becomes 12.35 and never 12.34 the way binary floating point would round it.
 */

export const SCORE_WEIGHT = 20;
export const SCORE_METHOD = 'max-normalized';

export interface ScoreInput {
  candidateId: string;
  name: string;
  city: string;
  /** Display order; breaks ties in the output order of candidates that share a rank. */
  position: number;
  votes: number;
  flagged: boolean;
}

export interface ScoredCandidate {
  candidateId: string;
  name: string;
  city: string;
  votes: number;
  flagged: boolean;
  /** 0..20 with at most two decimals, as a JSON number (13.33, 20, 0). */
  voteScore: number;
  rank: number;
}

/** round_half_up(weight × 100 × votes / max) as an exact integer number of hundredths. */
export function scoreHundredths(votes: number, max: number): number {
  if (max <= 0 || votes <= 0) return 0;
  // BigInt: exact for any vote count, no reasoning about 2^53 needed.
  const numerator = BigInt(SCORE_WEIGHT * 100) * BigInt(votes);
  const denominator = BigInt(max);
  const quotient = numerator / denominator;
  const remainder = numerator - quotient * denominator;
  // Half-up: round up when the remainder is at least half of the denominator.
  return Number(remainder * 2n >= denominator ? quotient + 1n : quotient);
}

/** A score in hundredths as the two-decimal text used by the CSV and the digest ("13.30", "20.00", "0.00"). */
export function formatHundredths(hundredths: number): string {
  const whole = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  return `${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/** The two-decimal text of a `voteScore` (which is always a whole number of hundredths). */
export function formatScore(voteScore: number): string {
  return formatHundredths(Math.round(voteScore * 100));
}

/** The largest vote count among unflagged candidates (M). */
export function maxUnflaggedVotes(candidates: readonly Pick<ScoreInput, 'votes' | 'flagged'>[]): number {
  let max = 0;
  for (const c of candidates) if (!c.flagged && c.votes > max) max = c.votes;
  return max;
}

/** Scores and ranks every candidate; the result is ordered by rank, then display position. */
export function computeScores(candidates: readonly ScoreInput[]): ScoredCandidate[] {
  const max = maxUnflaggedVotes(candidates);
  const scored = candidates.map((c) => ({ input: c, hundredths: c.flagged ? 0 : scoreHundredths(c.votes, max) }));
  scored.sort(
    (a, b) =>
      b.hundredths - a.hundredths ||
      b.input.votes - a.input.votes ||
      a.input.position - b.input.position ||
      (a.input.candidateId < b.input.candidateId ? -1 : a.input.candidateId > b.input.candidateId ? 1 : 0),
  );
  const out: ScoredCandidate[] = [];
  scored.forEach((s, i) => {
    const prev = i > 0 ? scored[i - 1] : null;
    // Competition ranking: an entry equal to the previous one (same score and votes) shares its rank;
    // otherwise its rank is its 1-based place in the order.
    const rank = prev && prev.hundredths === s.hundredths && prev.input.votes === s.input.votes ? out[i - 1].rank : i + 1;
    out.push({
      candidateId: s.input.candidateId,
      name: s.input.name,
      city: s.input.city,
      votes: s.input.votes,
      flagged: s.input.flagged,
      voteScore: s.hundredths / 100,
      rank,
    });
  });
  return out;
}
