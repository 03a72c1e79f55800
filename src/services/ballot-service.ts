import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { AppError, errors } from '../errors';
import { decidePublish, type Ballot, type BallotWithCandidates, type Candidate } from '../domain/ballot';
import { closesAt } from '../domain/calendar';
import { ballotsRepository, type NewCandidate } from '../storage/ballots-repository';
import { auditRepository } from '../storage/audit-repository';
import { withTransaction } from '../storage/db';

/**
 * Ballots and candidates: the provincial office's write path (each change and its audit entry in one
 * transaction) and the public read path (cached, because the whole province opens the page at once).
 */

/** What the office chooses when it creates a ballot; everything else is derived or set later. */
export type CreateBallotInput = Pick<Ballot, 'title' | 'category' | 'year' | 'seats' | 'maxChoices' | 'opensAt' | 'durationDays' | 'showLiveCounts'>;

/** Who acts and when: the audit log's actor and the instant the action takes effect. */
export interface ActionContext {
  actor: string;
  now: Date;
}

export interface BallotServiceOptions {
  /** How long (monotonic ms) a published ballot's definition may be served from memory. */
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
}

const subjectOf = (ballotId: string) => `ballot:${ballotId}`;

export function createBallotService(pool: Pool, opts: BallotServiceOptions = {}) {
  const ballots = ballotsRepository(pool);
  const audit = auditRepository(pool);
  const cache = createDefinitionCache(opts.cacheTtlMs ?? 5000, opts.cacheMaxEntries ?? 256);

  /** Locks the ballot row and insists it is still a draft: candidate changes race with publish otherwise. */
  async function lockDraft(ballotId: string, tx: Parameters<typeof ballots.findByIdForUpdate>[1]): Promise<Ballot> {
    const ballot = await ballots.findByIdForUpdate(ballotId, tx);
    if (!ballot) throw errors.notFound('ballot');
    if (ballot.status !== 'draft') throw errors.invalidState(`The ballot is ${ballot.status}; candidates can only change while it is a draft.`);
    return ballot;
  }

  return {
    async create(input: CreateBallotInput, ctx: ActionContext): Promise<Ballot> {
      const closes = closesAt(input.opensAt, input.durationDays);
      return withTransaction(pool, async (tx) => {
        const ballot = await ballots.insert({ ...input, closesAt: closes, now: ctx.now }, tx);
        await audit.append(
          {
            at: ctx.now,
            actor: ctx.actor,
            action: 'ballot.created',
            subject: subjectOf(ballot.id),
            ballotId: ballot.id,
            details: {
              title: ballot.title,
              category: ballot.category,
              year: ballot.year,
              seats: ballot.seats,
              maxChoices: ballot.maxChoices,
              opensAt: ballot.opensAt.toISOString(),
              closesAt: ballot.closesAt.toISOString(),
              durationDays: ballot.durationDays,
              showLiveCounts: ballot.showLiveCounts,
            },
          },
          tx,
        );
        return ballot;
      });
    },

    async addCandidates(ballotId: string, list: NewCandidate[], ctx: ActionContext): Promise<Candidate[]> {
      return withTransaction(pool, async (tx) => {
        await lockDraft(ballotId, tx);
        const added = await ballots.insertCandidates(ballotId, list, ctx.now, tx);
        await audit.append(
          {
            at: ctx.now,
            actor: ctx.actor,
            action: 'candidates.added',
            subject: subjectOf(ballotId),
            ballotId,
            details: { candidates: added.map((c) => ({ id: c.id, name: c.name, city: c.city })) },
          },
          tx,
        );
        return added;
      });
    },

    async removeCandidate(ballotId: string, candidateId: string, ctx: ActionContext): Promise<void> {
      await withTransaction(pool, async (tx) => {
        await lockDraft(ballotId, tx);
        const removed = await ballots.removeCandidate(ballotId, candidateId, tx);
        if (!removed) throw errors.notFound('candidate');
        await audit.append(
          {
            at: ctx.now,
            actor: ctx.actor,
            action: 'candidate.removed',
            subject: `candidate:${candidateId}`,
            ballotId,
            details: { candidateId, name: removed.name, city: removed.city },
          },
          tx,
        );
      });
    },

    async publish(ballotId: string, ctx: ActionContext): Promise<BallotWithCandidates> {
      return withTransaction(pool, async (tx) => {
        const ballot = await ballots.findByIdForUpdate(ballotId, tx);
        if (!ballot) throw errors.notFound('ballot');
        const candidates = await ballots.listCandidates(ballotId, tx);
        const decision = decidePublish(ballot, candidates.length, ctx.now);
        if (!decision.ok) throw new AppError(decision.code, decision.message);
        const published = await ballots.setStatus(ballotId, 'published', ctx.now, tx);
        await audit.append(
          {
            at: ctx.now,
            actor: ctx.actor,
            action: 'ballot.published',
            subject: subjectOf(ballotId),
            ballotId,
            details: {
              candidates: candidates.length,
              seats: published.seats,
              opensAt: published.opensAt.toISOString(),
              closesAt: published.closesAt.toISOString(),
            },
          },
          tx,
        );
        return { ...published, candidates };
      });
    },

    /** Published and finalized ballots (no candidates): the public list. */
    listPublic(): Promise<Ballot[]> {
      return ballots.listPublic();
    },

    /**
     * A ballot with its candidates, as the read endpoint shows it (drafts included: the caller
     * decides who may see them). Served from memory when that is provably current, see below.
     */
    read(ballotId: string, now: Date): Promise<BallotWithCandidates | null> {
      return cache.get(ballotId, now, () => ballots.findWithCandidates(ballotId));
    },
  };
}

export type BallotService = ReturnType<typeof createBallotService>;

/**
 * In-process cache of ballot definitions (the row and its candidates, not the counts).
 *
 * Why it is safe: candidates only change while a ballot is a draft, and drafts are never cached.
 * A published ballot's row changes once more, when it is finalized, which cannot happen before
 * `closesAt` (BALLOT_NOT_CLOSED). So a published ballot is served from memory only while the
 * request's clock is before its close; a finalized one never changes again. The TTL bounds what
 * any future mutation could leave stale. Concurrent misses share one load, so the launch-hour
 * stampede on a cold instance costs a single query pair.
 */
function createDefinitionCache(ttlMs: number, maxEntries: number) {
  const entries = new Map<string, { value: BallotWithCandidates; expires: number }>();
  const inflight = new Map<string, Promise<BallotWithCandidates | null>>();

  const stillCurrent = (b: BallotWithCandidates, now: Date) =>
    b.status === 'finalized' || (b.status === 'published' && now.getTime() < b.closesAt.getTime());

  return {
    async get(id: string, now: Date, load: () => Promise<BallotWithCandidates | null>): Promise<BallotWithCandidates | null> {
      const hit = entries.get(id);
      if (hit && hit.expires > performance.now() && stillCurrent(hit.value, now)) return hit.value;
      let pending = inflight.get(id);
      if (!pending) {
        pending = load().finally(() => inflight.delete(id));
        inflight.set(id, pending);
      }
      const value = await pending;
      if (value && stillCurrent(value, now)) {
        if (entries.size >= maxEntries && !entries.has(id)) {
          const oldest = entries.keys().next().value;
          if (oldest !== undefined) entries.delete(oldest);
        }
        entries.set(id, { value, expires: performance.now() + ttlMs });
      } else {
        entries.delete(id);
      }
      return value;
    },
  };
}
