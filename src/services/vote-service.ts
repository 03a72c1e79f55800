import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type Redis from 'ioredis';
import { AppError, errors } from '../errors';
import { endOfTurn } from '../turn-end';
import type { AppMetrics } from '../plugins/metrics';
import { DAY_MS, dayOf, nextMidnight, nextVoteAt } from '../domain/calendar';
import { decideSelection, decideWindow, nextVoteForVoter, requestHash, type VotableBallot } from '../domain/vote-rules';
import { votesRepository, type StoredVote } from '../storage/votes-repository';
import { defineVoteScripts, PENDING_PREFIX, voteAccountLimitKey, voteIpLimitKey, voteMarkerKey } from '../storage/redis-scripts';
import type { BallotCache } from './ballot-cache';
import type { VoteBatcher } from './vote-batcher';
import { VOTED_TODAY_MEMO_SIZE, VotedTodayMemo } from './voted-today-memo';
import { createMarkerWriter } from './marker-writer';
import { createGateBatcher } from './gate-batcher';

/**
 * Casting a vote. The order of work is chosen so that the common cases cost the least:
 * 1. ballot (in-process cache), window and selection: pure checks, no I/O;
 * 2. an account this instance knows has voted today is answered 409 from memory (VotedTodayMemo);
 * 3. Redis marker of (ballot, day, account): a repeat voter is answered 409 here, with no
 *    PostgreSQL work (this path absorbs retries and stuffing scripts); otherwise it is reserved;
 * 4. the vote joins the next group-commit batch; 201 only once PostgreSQL committed it;
 * 5. rows PostgreSQL refused (unique constraints) are looked up to answer 409, a replay or 422.
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
   * Rate limits (when configured) are counted in the same Redis script as the day's marker: one
   * round trip for both. A request refused for any reason is still counted, and a rate-limited
   * request gets 429 whatever else was wrong with it.
   */
  cast(req: CastRequest): Promise<CastResult>;
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
  /** Votes per minute per account and per client IP; null: no limits. */
  limits?: { perAccountPerMin: number; perIpPerMin: number } | null;
  /** Entries of the voted-today memo (0: none, every repeat asks Redis). */
  memoSize?: number;
}

const LIMIT_WINDOW_MS = 60_000;

function rateLimited(ttlMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  const err = new AppError('RATE_LIMITED', `Too many requests; retry in ${seconds} s.`);
  err.retryAfterS = seconds;
  return err;
}

const USER_AGENT_MAX = 512;
// Markers outlive their day a little (clock skew between instances); the day is in the key anyway.
const MARKER_GRACE_MS = 3600 * 1000;

export function createVoteService(deps: VoteServiceDeps): VoteService {
  const { redis, ballots, batcher, metrics } = deps;
  const votes = votesRepository(deps.pool);
  const reservationMs = deps.reservationMs ?? 30_000;
  const maxPerAccount = deps.limits ? deps.limits.perAccountPerMin : 0;
  const maxPerIp = deps.limits ? deps.limits.perIpPerMin : 0;
  defineVoteScripts(redis);
  const memoSize = deps.memoSize ?? VOTED_TODAY_MEMO_SIZE;
  const memo = memoSize > 0 ? new VotedTodayMemo(memoSize) : null;
  const gates = deps.limits ? createGateBatcher(redis, { reservationMs, maxPerAccount, maxPerIp, windowMs: LIMIT_WINDOW_MS }) : null;

  /**
   * Counts the request against its limits, and reserves the marker when `key` is given. Redis
   * failing lets the request through (undefined: PostgreSQL alone decides), as the limiter did.
   */
  const gate = (req: CastRequest, key: string | null, token: string): Promise<number | string | null | undefined> => {
    if (key === null && !deps.limits) return Promise.resolve(null);
    if (!gates) return redis.voteReserve(key as string, token, reservationMs).catch(redisFailed('reserve'));
    return gates
      .run({ marker: key ?? '-', accountKey: voteAccountLimitKey(req.accountId), ipKey: voteIpLimitKey(req.ip), token, reserve: key === null ? '0' : '1' })
      .catch(redisFailed('reserve'));
  };
  /** A refusal found before reaching Redis still counts against the limits, and 429 wins over it. */
  const refuse = async (req: CastRequest, err: AppError): Promise<never> => {
    const limited = await gate(req, null, '');
    throw typeof limited === 'number' ? rateLimited(limited) : err;
  };

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

  /** A request from an account that already voted today: 409, unless its Idempotency-Key makes it a replay. */
  const repeatOf = async (voteId: string, req: CastRequest, hash: string | null, ballot: VotableBallot): Promise<CastResult> => {
    if (req.idempotencyKey !== null && hash !== null) {
      const earlier = await votes.findByIdempotencyKey(req.accountId, req.idempotencyKey).catch(() => null);
      if (earlier) return replayOrReject(earlier, hash, ballot);
    }
    throw alreadyVoted(voteId, ballot, req.now);
  };

  // Redis helpers: every failure falls back to PostgreSQL alone (counted, never thrown).
  const redisFailed = (operation: string) => () => {
    metrics.fallbacks.inc({ store: 'redis', operation });
    return undefined;
  };
  const markers = createMarkerWriter(redis, (n) => metrics.fallbacks.inc({ store: 'redis', operation: 'remember' }, n));
  const markerTtl = (now: Date) => Math.max(nextMidnight(now).getTime() - now.getTime(), 0) + MARKER_GRACE_MS;
  /** A committed vote of (ballot, day, account): remembered here and in the Redis marker. */
  const remember = (key: string, voteId: string, req: CastRequest, ballotId: string, day: string): void => {
    memo?.remember(ballotId, day, req.accountId, voteId, req.now.getTime());
    markers.write(key, voteId, Math.min(markerTtl(req.now), DAY_MS + MARKER_GRACE_MS));
  };
  const release = (key: string, token: string): void => {
    redis.voteRelease(key, token).catch(redisFailed('release'));
  };

  async function cast(req: CastRequest): Promise<CastResult> {
    const ballot = await ballots.get(req.ballotId);
    if (!ballot) return refuse(req, errors.notFound('ballot'));
    const candidateIds = req.candidateIds.map((c) => c.toLowerCase());
    const hash = req.idempotencyKey === null ? null : requestHash(ballot.id, candidateIds);

    const window = decideWindow(ballot, req.now);
    if (!window.ok) {
      // A client retrying a vote that was accepted just before closing still gets its receipt.
      if (req.idempotencyKey !== null && hash !== null) {
        const earlier = await votes.findByIdempotencyKey(req.accountId, req.idempotencyKey);
        if (earlier && earlier.requestHash === hash) return replayOrReject(earlier, hash, ballot);
      }
      return refuse(req, new AppError('BALLOT_NOT_OPEN', `Voting is not open (the ballot is ${window.phase}).`, { phase: window.phase }));
    }
    const day = window.day;
    const selection = decideSelection(ballot, candidateIds);

    // Known here to have voted today: answered (and rate-counted) without Redis.
    const known = memo ? memo.find(ballot.id, day, req.accountId) : -1;
    if (memo && known >= 0) {
      const wait = deps.limits ? memo.countRequest(known, req.now.getTime(), LIMIT_WINDOW_MS, maxPerAccount) : null;
      if (wait !== null) throw rateLimited(wait);
      if (!selection.ok) throw new AppError('INVALID_SELECTION', selection.message);
      const voteId = memo.voteId(known);
      await endOfTurn(); // with the turn's other answers (turn-end.ts)
      return repeatOf(voteId, req, hash, ballot);
    }
    if (!selection.ok) return refuse(req, new AppError('INVALID_SELECTION', selection.message));

    const key = voteMarkerKey(ballot.id, day, req.accountId);
    const token = PENDING_PREFIX + randomUUID();
    const marker = await gate(req, key, token);
    if (typeof marker === 'number') throw rateLimited(marker);
    if (typeof marker === 'string' && !marker.startsWith(PENDING_PREFIX)) {
      // Already voted today (per Redis).
      memo?.remember(ballot.id, day, req.accountId, marker, req.now.getTime());
      return repeatOf(marker, req, hash, ballot);
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
      remember(key, id, req, ballot.id, day);
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
          if (earlier.ballotId === ballot.id && earlier.day === day) remember(key, earlier.id, req, ballot.id, day);
          else if (reserved) release(key, token);
          return replayOrReject(earlier, hash, ballot);
        }
      }
      const today = await votes.findForDay(ballot.id, req.accountId, day);
      if (!today) throw new Error('vote conflict without a conflicting row');
      remember(key, today.id, req, ballot.id, day);
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
  async function castCounted(req: CastRequest): Promise<CastResult> {
    try {
      const result = await cast(req);
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
