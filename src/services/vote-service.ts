import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type Redis from 'ioredis';
import { AppError, errors } from '../errors';
import { endOfTurn } from '../turn-end';
import type { AppMetrics } from '../plugins/metrics';
import { DAY_MS, dayOf, nextMidnight, nextVoteAt } from '../domain/calendar';
import { nextVoteForVoter, requestHash, type VotableBallot } from '../domain/vote-rules';
import { admit, afterGate, receiptOf, replayVerdict, type GateAnswer, type VoteReceipt } from '../domain/vote-decision';
import { votesRepository, type StoredVote } from '../storage/votes-repository';
import { defineVoteScripts, PENDING_PREFIX, voteAccountLimitKey, voteIpLimitKey, voteMarkerKey } from '../storage/redis-scripts';
import type { BallotCache } from './ballot-cache';
import type { VoteBatcher } from './vote-batcher';
import { VOTED_TODAY_MEMO_SIZE, VotedTodayMemo } from './voted-today-memo';
import { createMarkerWriter } from './marker-writer';
import { createVoteGate } from './vote-gate';

/**
 * Casting a vote, cheapest answers first:
 * 1. ballot (in-process cache), window and selection: pure checks (domain/vote-decision.ts admit);
 * 2. an account this instance saw vote today is answered 409 from memory (VotedTodayMemo);
 * 3. the gate (vote-gate.ts, one Redis script): rate limits and the day's marker; a repeat voter is
 *    answered 409 here without PostgreSQL, otherwise the marker is reserved;
 * 4. the vote joins the next group-commit batch (vote-batcher.ts); 201 only once PostgreSQL committed it;
 * 5. a row PostgreSQL refused (unique constraints) is looked up to answer 409, a replay or 422.
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

export type { VoteReceipt };

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
  const gate = createVoteGate(redis, { reservationMs, maxPerAccount, maxPerIp, windowMs: LIMIT_WINDOW_MS }, () =>
    metrics.fallbacks.inc({ store: 'redis', operation: 'reserve' }),
  );

  /** A refusal found before the gate still counts against the limits, and 429 wins over it. */
  const refuse = async (req: CastRequest, err: AppError): Promise<never> => {
    if (!deps.limits) throw err;
    const answer = await gate.pass(countOnly(req));
    throw answer.kind === 'limited' ? rateLimited(answer.retryMs) : err;
  };
  const countOnly = (req: CastRequest) => ({ marker: '-', accountKey: voteAccountLimitKey(req.accountId), ipKey: voteIpLimitKey(req.ip), token: '', reserve: false });

  const alreadyVoted = (voteId: string, ballot: VotableBallot, now: Date): AppError => {
    const next = nextVoteAt(now, ballot.closesAt);
    return new AppError('ALREADY_VOTED_TODAY', 'This account has already voted in this ballot today.', {
      voteId,
      nextVoteAt: next ? next.toISOString() : null,
    });
  };
  const keyReused = () => new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request.');

  /** The one idempotency lookup: the earlier vote under this request's key, if it has one. */
  const earlierVote = (req: CastRequest, hash: string | null): Promise<StoredVote | null> =>
    req.idempotencyKey === null || hash === null ? Promise.resolve(null) : votes.findByIdempotencyKey(req.accountId, req.idempotencyKey);
  const replayed = (earlier: StoredVote, ballot: VotableBallot): CastResult => ({ replayed: true, receipt: receiptOf(earlier, ballot.closesAt) });

  /** An account that already voted today: 409, unless its Idempotency-Key makes it a replay (or 422). */
  const repeatOf = async (voteId: string, req: CastRequest, hash: string | null, ballot: VotableBallot): Promise<CastResult> => {
    const earlier = await earlierVote(req, hash).catch(() => null);
    const verdict = replayVerdict(earlier, hash);
    if (verdict === 'replay') return replayed(earlier!, ballot);
    if (verdict === 'reused') throw keyReused();
    throw alreadyVoted(voteId, ballot, req.now);
  };

  /** A vote refused because voting is over: a retry of a vote accepted just before still gets its receipt. */
  const notOpen = async (req: CastRequest, hash: string | null, ballot: VotableBallot, phase: string, lookup: 'strict' | 'lenient'): Promise<CastResult> => {
    const found = earlierVote(req, hash);
    const earlier = lookup === 'strict' ? await found : await found.catch(() => null);
    if (replayVerdict(earlier, hash) === 'replay') return replayed(earlier!, ballot);
    const err = new AppError('BALLOT_NOT_OPEN', `Voting is not open (the ballot is ${phase}).`, { phase });
    return lookup === 'strict' ? refuse(req, err) : Promise.reject(err);
  };

  const markers = createMarkerWriter(redis, (n) => metrics.fallbacks.inc({ store: 'redis', operation: 'remember' }, n));
  const markerTtl = (now: Date) => Math.min(Math.max(nextMidnight(now).getTime() - now.getTime(), 0) + MARKER_GRACE_MS, DAY_MS + MARKER_GRACE_MS);
  /** A committed vote of (ballot, day, account): remembered here and in the Redis marker. */
  const remember = (key: string, voteId: string, req: CastRequest, ballotId: string, day: string): void => {
    memo?.remember(ballotId, day, req.accountId, voteId, req.now.getTime());
    markers.write(key, voteId, markerTtl(req.now));
  };
  const release = (key: string, token: string): void => {
    redis.voteRelease(key, token).catch(() => metrics.fallbacks.inc({ store: 'redis', operation: 'release' }));
  };

  async function cast(req: CastRequest): Promise<CastResult> {
    const ballot = await ballots.get(req.ballotId);
    if (!ballot) return refuse(req, errors.notFound('ballot'));
    const candidateIds = req.candidateIds.map((c) => c.toLowerCase());
    const hash = req.idempotencyKey === null ? null : requestHash(ballot.id, candidateIds);

    const admission = admit(ballot, candidateIds, req.now);
    if (admission.kind === 'not-open') return notOpen(req, hash, ballot, admission.phase, 'strict');
    const day = admission.day;

    // Known here to have voted today: answered (and rate-counted) without Redis.
    const known = memo ? memo.find(ballot.id, day, req.accountId) : -1;
    if (memo && known >= 0) {
      const wait = deps.limits ? memo.countRequest(known, req.now.getTime(), LIMIT_WINDOW_MS, maxPerAccount) : null;
      if (wait !== null) throw rateLimited(wait);
      if (admission.kind === 'invalid-selection') throw new AppError('INVALID_SELECTION', admission.message);
      const voteId = memo.voteId(known);
      await endOfTurn(); // leave with the turn's other answers
      return repeatOf(voteId, req, hash, ballot);
    }
    if (admission.kind === 'invalid-selection') return refuse(req, new AppError('INVALID_SELECTION', admission.message));

    const key = voteMarkerKey(ballot.id, day, req.accountId);
    const token = PENDING_PREFIX + randomUUID();
    const answer: GateAnswer = await gate.pass({ marker: key, accountKey: voteAccountLimitKey(req.accountId), ipKey: voteIpLimitKey(req.ip), token, reserve: true });
    const step = afterGate(answer);
    if (step.kind === 'limited') throw rateLimited(step.retryMs);
    if (step.kind === 'repeat') {
      memo?.remember(ballot.id, day, req.accountId, step.voteId, req.now.getTime());
      return repeatOf(step.voteId, req, hash, ballot);
    }
    const { reserved } = step;

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

    switch (outcome) {
      case 'inserted':
        remember(key, id, req, ballot.id, day);
        return { replayed: false, receipt: receiptOf({ id, ballotId: ballot.id, day, candidateIds, castAt: req.now }, ballot.closesAt) };
      case 'failed':
        if (reserved) release(key, token);
        throw errors.unavailable();
      case 'closed':
        // Finalize locked the ballot first and froze the result without this vote: refuse it, and
        // drop the cached ballot so the next request reads the new status.
        if (reserved) release(key, token);
        ballots.invalidate(ballot.id);
        return notOpen(req, hash, ballot, 'finalized', 'lenient');
      case 'conflict':
        return conflictOf(req, hash, ballot, day, key, reserved ? token : null);
      default: {
        const never: never = outcome;
        throw new Error(`unknown batch outcome ${String(never)}`);
      }
    }
  }

  /** PostgreSQL refused the row: find which constraint (the idempotency key, or today's vote) and answer as it says. */
  async function conflictOf(req: CastRequest, hash: string | null, ballot: VotableBallot, day: string, key: string, token: string | null): Promise<CastResult> {
    try {
      const earlier = await earlierVote(req, hash);
      const verdict = replayVerdict(earlier, hash);
      if (earlier && verdict !== 'none') {
        if (earlier.ballotId === ballot.id && earlier.day === day) remember(key, earlier.id, req, ballot.id, day);
        else if (token !== null) release(key, token);
        if (verdict === 'reused') throw keyReused();
        return replayed(earlier, ballot);
      }
      const today = await votes.findForDay(ballot.id, req.accountId, day);
      if (!today) throw new Error('vote conflict without a conflicting row');
      remember(key, today.id, req, ballot.id, day);
      throw alreadyVoted(today.id, ballot, req.now);
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (token !== null) release(key, token);
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
