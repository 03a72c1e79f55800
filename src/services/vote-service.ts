import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type Redis from 'ioredis';
import { AppError, errors } from '../errors';
import type { AppMetrics } from '../plugins/metrics';
import { DAY_MS, dayOf, nextMidnight, nextVoteAt } from '../domain/calendar';
import { decideSelection, decideWindow, nextVoteForVoter, requestHash, type VotableBallot } from '../domain/vote-rules';
import { votesRepository, type StoredVote } from '../storage/votes-repository';
import { defineVoteScripts, PENDING_PREFIX, voteMarkerKey } from '../storage/redis-scripts';
import type { BallotCache } from './ballot-cache';
import type { VoteBatcher } from './vote-batcher';

/**
 * Casting a vote. The order of work is chosen so that the common cases cost the least:
 * 1. ballot (in-process cache), window and selection: pure checks, no I/O;
 * 2. Redis marker of (ballot, day, account): a repeat voter is answered 409 here, with no
 *    PostgreSQL work (this path absorbs retries and stuffing scripts); otherwise it is reserved;
 * 3. the vote joins the next group-commit batch; 201 only once PostgreSQL committed it;
 * 4. rows PostgreSQL refused (unique constraints) are looked up to answer 409, a replay or 422.
 * Redis down or flushed changes only speed: the unique constraint still decides.
 */

export interface CastRequest {
  ballotId: string;
  accountId: string;
  candidateIds: string[];
  idempotencyKey: string | null;
  now: Date;
  ip: string;
  userAgent: string;
}

export interface VoteReceipt {
  voteId: string;
  ballotId: string;
  day: string;
  candidateIds: string[];
  castAt: string;
  nextVoteAt: string | null;
}

export type CastResult = { replayed: boolean; receipt: VoteReceipt };

export interface MyVotes {
  ballotId: string;
  day: string;
  votedToday: boolean;
  nextVoteAt: string | null;
  votes: Array<{ voteId: string; day: string; candidateIds: string[]; castAt: string }>;
}

export interface VoteService {
  /**
   * `gate` is a check that must pass before anything is written (the rate limits). It runs in
   * parallel with the Redis lookup, so both cost one round trip; a reservation made for a request
   * the gate then refuses is released.
   */
  cast(req: CastRequest, gate?: Promise<void> | null): Promise<CastResult>;
  mine(ballotId: string, accountId: string, now: Date): Promise<MyVotes>;
}

export interface VoteServiceDeps {
  pool: Pool;
  redis: Redis;
  ballots: BallotCache;
  batcher: VoteBatcher;
  metrics: AppMetrics;
  /** How long a reservation lives if its holder dies before answering. */
  reservationMs?: number;
}

const USER_AGENT_MAX = 512;
// Markers outlive their day a little (clock skew between instances); the day is in the key anyway.
const MARKER_GRACE_MS = 3600 * 1000;

export function createVoteService(deps: VoteServiceDeps): VoteService {
  const { redis, ballots, batcher, metrics } = deps;
  const votes = votesRepository(deps.pool);
  const reservationMs = deps.reservationMs ?? 30_000;
  defineVoteScripts(redis);

  const receiptOf = (v: StoredVote, ballot: VotableBallot): VoteReceipt => {
    const next = nextVoteAt(v.castAt, ballot.closesAt);
    return {
      voteId: v.id,
      ballotId: v.ballotId,
      day: v.day,
      candidateIds: v.candidateIds,
      castAt: v.castAt.toISOString(),
      nextVoteAt: next ? next.toISOString() : null,
    };
  };

  const alreadyVoted = (voteId: string, ballot: VotableBallot, now: Date): AppError => {
    const next = nextVoteAt(now, ballot.closesAt);
    return new AppError('ALREADY_VOTED_TODAY', 'This account has already voted in this ballot today.', {
      voteId,
      nextVoteAt: next ? next.toISOString() : null,
    });
  };

  /** Same key + same ballot and selection: the original receipt; same key, anything else: 422. */
  const replayOrReject = (earlier: StoredVote, hash: string, ballot: VotableBallot): CastResult => {
    if (earlier.requestHash !== hash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request.');
    }
    return { replayed: true, receipt: receiptOf(earlier, ballot) };
  };

  // Redis helpers: every failure falls back to PostgreSQL alone (counted, never thrown).
  const redisFailed = (operation: string) => () => {
    metrics.fallbacks.inc({ store: 'redis', operation });
    return undefined;
  };
  const markerTtl = (now: Date) => Math.max(nextMidnight(now).getTime() - now.getTime(), 0) + MARKER_GRACE_MS;
  const remember = (key: string, voteId: string, now: Date): void => {
    redis.set(key, voteId, 'PX', Math.min(markerTtl(now), DAY_MS + MARKER_GRACE_MS)).catch(redisFailed('remember'));
  };
  const release = (key: string, token: string): void => {
    redis.voteRelease(key, token).catch(redisFailed('release'));
  };

  async function cast(req: CastRequest, gate: Promise<void> | null = null): Promise<CastResult> {
    const ballot = await ballots.get(req.ballotId);
    if (!ballot) throw errors.notFound('ballot');
    const candidateIds = req.candidateIds.map((c) => c.toLowerCase());
    const hash = req.idempotencyKey === null ? null : requestHash(ballot.id, candidateIds);

    const window = decideWindow(ballot, req.now);
    if (!window.ok) {
      // A client retrying a vote that was accepted just before closing still gets its receipt.
      if (req.idempotencyKey !== null && hash !== null) {
        const earlier = await votes.findByIdempotencyKey(req.accountId, req.idempotencyKey);
        if (earlier && earlier.requestHash === hash) return replayOrReject(earlier, hash, ballot);
      }
      throw new AppError('BALLOT_NOT_OPEN', `Voting is not open (the ballot is ${window.phase}).`, { phase: window.phase });
    }
    const selection = decideSelection(ballot, candidateIds);
    if (!selection.ok) throw new AppError('INVALID_SELECTION', selection.message);
    const day = window.day;

    const key = voteMarkerKey(ballot.id, day, req.accountId);
    const token = PENDING_PREFIX + randomUUID();
    const reservation = redis.voteReserve(key, token, reservationMs).catch(redisFailed('reserve'));
    let marker: string | null | undefined;
    if (gate) {
      try {
        [, marker] = await Promise.all([gate, reservation]);
      } catch (err) {
        void reservation.then((m) => {
          if (m === null) release(key, token);
        });
        throw err;
      }
    } else {
      marker = await reservation;
    }
    if (typeof marker === 'string' && !marker.startsWith(PENDING_PREFIX)) {
      // Already voted today (per Redis). An Idempotency-Key may still make this a replay.
      if (req.idempotencyKey !== null && hash !== null) {
        const earlier = await votes.findByIdempotencyKey(req.accountId, req.idempotencyKey).catch(() => null);
        if (earlier) return replayOrReject(earlier, hash, ballot);
      }
      throw alreadyVoted(marker, ballot, req.now);
    }
    // null: reserved for us. 'pending:…': someone else is on the way; PostgreSQL will decide.
    // undefined: Redis failed; PostgreSQL alone decides.
    const reserved = marker === null;

    const id = randomUUID();
    const outcome = await batcher.submit({
      id,
      ballotId: ballot.id,
      accountId: req.accountId,
      day,
      candidateIds,
      castAt: req.now,
      ip: req.ip,
      userAgent: req.userAgent.length > USER_AGENT_MAX ? req.userAgent.slice(0, USER_AGENT_MAX) : req.userAgent,
      idempotencyKey: req.idempotencyKey,
      requestHash: hash,
    });

    if (outcome === 'inserted') {
      remember(key, id, req.now);
      const next = nextVoteAt(req.now, ballot.closesAt);
      return {
        replayed: false,
        receipt: { voteId: id, ballotId: ballot.id, day, candidateIds, castAt: req.now.toISOString(), nextVoteAt: next ? next.toISOString() : null },
      };
    }
    if (outcome === 'failed') {
      if (reserved) release(key, token);
      throw errors.unavailable();
    }
    if (outcome === 'closed') {
      // Finalize locked the ballot first and froze the result without this vote: refuse it, and
      // drop the cached ballot so the next request reads the new status.
      if (reserved) release(key, token);
      ballots.invalidate(ballot.id);
      if (req.idempotencyKey !== null && hash !== null) {
        const earlier = await votes.findByIdempotencyKey(req.accountId, req.idempotencyKey).catch(() => null);
        if (earlier && earlier.requestHash === hash) return replayOrReject(earlier, hash, ballot);
      }
      throw new AppError('BALLOT_NOT_OPEN', 'Voting is not open (the ballot is finalized).', { phase: 'finalized' });
    }

    // Conflict: find out which constraint refused the row.
    try {
      if (req.idempotencyKey !== null && hash !== null) {
        const earlier = await votes.findByIdempotencyKey(req.accountId, req.idempotencyKey);
        if (earlier) {
          if (earlier.ballotId === ballot.id && earlier.day === day) remember(key, earlier.id, req.now);
          else if (reserved) release(key, token);
          return replayOrReject(earlier, hash, ballot);
        }
      }
      const today = await votes.findForDay(ballot.id, req.accountId, day);
      if (!today) throw new Error('vote conflict without a conflicting row');
      remember(key, today.id, req.now);
      throw alreadyVoted(today.id, ballot, req.now);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (reserved) release(key, token);
      throw errors.unavailable();
    }
  }

  async function mine(ballotId: string, accountId: string, now: Date): Promise<MyVotes> {
    const ballot = await ballots.get(ballotId);
    if (!ballot) throw errors.notFound('ballot');
    const list = await votes.listForAccount(ballot.id, accountId);
    const day = dayOf(now);
    const votedToday = list.some((v) => v.day === day);
    const next = nextVoteForVoter(ballot, votedToday, now);
    return {
      ballotId: ballot.id,
      day,
      votedToday,
      nextVoteAt: next ? next.toISOString() : null,
      votes: list.map((v) => ({ voteId: v.id, day: v.day, candidateIds: v.candidateIds, castAt: v.castAt.toISOString() })),
    };
  }

  /** Every cast is counted by outcome (accepted, duplicate, rejected, unavailable). */
  async function castCounted(req: CastRequest, gate: Promise<void> | null = null): Promise<CastResult> {
    try {
      const result = await cast(req, gate);
      metrics.votes.inc({ outcome: result.replayed ? 'duplicate' : 'accepted' });
      return result;
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'INTERNAL';
      metrics.votes.inc({ outcome: code === 'ALREADY_VOTED_TODAY' ? 'duplicate' : code === 'UNAVAILABLE' || code === 'INTERNAL' ? 'unavailable' : 'rejected' });
      throw err;
    }
  }

  return { cast: castCounted, mine };
}
