import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { ballotsRepository } from '../../src/storage/ballots-repository';
import { closesAt as closesAtOf, dayOf } from '../../src/domain/calendar';
import type { Ballot, Candidate } from '../../src/domain/ballot';
import { withTransaction } from '../../src/storage/db';

/**
 * Ballots and votes for the scores, finalize, ledger and verify tests, written straight to
 * PostgreSQL: votes and their counters in one transaction, exactly as the voting path keeps them.
 */

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export interface ScoresBallot {
  ballot: Ballot;
  candidates: Candidate[];
}

export async function createScoresBallot(
  pool: Pool,
  opts: { names: Array<{ name: string; city: string }>; opensAt?: string; durationDays?: number; maxChoices?: number; status?: 'draft' | 'published' },
): Promise<ScoresBallot> {
  const repo = ballotsRepository(pool);
  const opensAt = new Date(opts.opensAt ?? '2026-05-31T16:00:00.000Z');
  const durationDays = opts.durationDays ?? 7;
  const maxChoices = opts.maxChoices ?? 1;
  const created = new Date(opensAt.getTime() - 86_400_000);
  let ballot = await repo.insert({
    title: '2026年度示范县网络投票',
    category: 'county',
    year: 2026,
    seats: Math.max(maxChoices, 1),
    maxChoices,
    opensAt,
    durationDays,
    closesAt: closesAtOf(opensAt, durationDays),
    showLiveCounts: true,
    now: created,
  });
  const candidates = await repo.insertCandidates(ballot.id, opts.names, created, pool);
  if ((opts.status ?? 'published') === 'published') ballot = await repo.setStatus(ballot.id, 'published', created, pool);
  return { ballot, candidates };
}

export interface FixtureVote {
  accountId: string;
  candidateIds: string[];
  castAt: Date;
  ip?: string;
  userAgent?: string;
}

/** Inserts accepted votes (in the order given, which becomes cast order) and bumps the counters. */
export async function insertVotes(pool: Pool, ballotId: string, votes: FixtureVote[]): Promise<string[]> {
  const ids = votes.map(() => randomUUID());
  await withTransaction(pool, async (tx) => {
    // One row at a time keeps seq in the order given.
    for (let i = 0; i < votes.length; i++) {
      const v = votes[i];
      await tx.query(
        `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [ids[i], ballotId, v.accountId, dayOf(v.castAt), v.candidateIds, v.castAt, v.ip ?? '10.1.2.3', v.userAgent ?? 'Mozilla/5.0 MicroMessenger/8.0.47'],
      );
    }
    const increments = new Map<string, number>([[NIL_UUID, votes.length]]);
    for (const v of votes) for (const c of v.candidateIds) increments.set(c, (increments.get(c) ?? 0) + 1);
    for (const [candidateId, n] of increments) {
      await tx.query(
        `INSERT INTO vote_tallies (ballot_id, candidate_id, shard, votes) VALUES ($1, $2, 0, $3)
         ON CONFLICT (ballot_id, candidate_id, shard) DO UPDATE SET votes = vote_tallies.votes + EXCLUDED.votes`,
        [ballotId, candidateId, n],
      );
    }
  });
  return ids;
}

/** `n` votes for one candidate from distinct accounts, a minute apart from `start`. */
export function votesFor(candidateId: string, n: number, start: string, prefix = 'o'): FixtureVote[] {
  const t0 = new Date(start).getTime();
  return Array.from({ length: n }, (_, i) => ({
    accountId: `${prefix}-${candidateId.slice(0, 8)}-${i}`,
    candidateIds: [candidateId],
    castAt: new Date(t0 + i * 60_000),
  }));
}

/** A stuffing flag straight in the table (the flags API is another area's). */
export async function insertFlag(pool: Pool, ballotId: string, candidateId: string, status: 'active' | 'confirmed' | 'dismissed'): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `INSERT INTO flags (id, ballot_id, candidate_id, rule, status, severity, created_at, created_by)
     VALUES ($1, $2, $3, 'manual', $4, 'high', now(), 'auditor:test')`,
    [id, ballotId, candidateId, status],
  );
  return id;
}
