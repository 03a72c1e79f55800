import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import type { Pool } from 'pg';
import { AppError, errors } from '../errors';
import { computeScores, SCORE_METHOD, SCORE_WEIGHT, type ScoredCandidate } from '../domain/scores';
import { createDigester, type AuditHead } from '../domain/digest';
import type { Candidate } from '../domain/ballot';
import { ballotsRepository } from '../storage/ballots-repository';
import { resultsRepository } from '../storage/results-repository';
import { auditRepository } from '../storage/audit-repository';
import { ledgerChunks, ledgerExportStream } from '../storage/ledger-queries';
import { countVotes } from '../storage/tally-queries';
import { withTransaction } from '../storage/db';
import type { Tallies } from './tallies';

/** The scores response body (API.md), provisional or final. Final bodies are stored verbatim. */
export interface ScoresBody {
  ballotId: string;
  status: 'provisional' | 'final';
  weight: typeof SCORE_WEIGHT;
  method: typeof SCORE_METHOD;
  generatedAt: string;
  totalVotes: number;
  digest: string | null;
  candidates: ScoredCandidate[];
  /** Final results only: the audit log's head the digest anchors. */
  auditHead?: AuditHead;
}

export interface ResultsServiceDeps {
  pool: Pool;
  tallies: Tallies;
  /** How long a provisional result is served from memory. Counts are exact; this only bounds staleness. */
  provisionalCacheMs?: number;
  /** Ledger exports' own pool (export-pool.ts); the main pool when absent (tools, tests). */
  exportPool?: Pool;
  /** PostgreSQL ends an export transaction idle this long (its client stopped reading). */
  exportIdleTimeoutMs?: number;
  /** Monotonic milliseconds for cache expiry (never the wall clock: the test clock may stand still). */
  monotonicMs?: () => number;
}

export interface ResultsService {
  scores(ballotId: string, now: Date): Promise<ScoresBody>;
  finalize(ballotId: string, now: Date, actor: string, override?: FinalizeOverride): Promise<{ body: ScoresBody; alreadyFinal: boolean }>;
  ledgerExport(ballotId: string): Promise<Readable>;
  /** Forgets the cached provisional scores of a ballot (its flags changed). */
  invalidate(ballotId: string): void;
}

/** The office's explicit decision to finalize while flags still await review; the audit log records it. */
export interface FinalizeOverride {
  reason: string;
}

const MAX_CACHED_BALLOTS = 1000;

function scoreInputs(candidates: Candidate[], votes: (id: string) => number, flagged: Set<string>) {
  return candidates.map((c) => ({
    candidateId: c.id,
    name: c.name,
    city: c.city,
    position: c.position,
    votes: votes(c.id),
    flagged: flagged.has(c.id),
  }));
}

export function createResultsService(deps: ResultsServiceDeps): ResultsService {
  const { pool, tallies } = deps;
  const ballots = ballotsRepository(pool);
  const results = resultsRepository(pool);
  const cacheMs = deps.provisionalCacheMs ?? 1000;
  const monotonicMs = deps.monotonicMs ?? (() => performance.now());
  // Offices poll the scores often. Concurrent and repeated reads within cacheMs share one
  // computation (three small queries); a final result never changes, so it stays until evicted.
  const cache = new Map<string, { expires: number; body: Promise<ScoresBody> }>();

  async function frozen(ballotId: string): Promise<ScoresBody> {
    const stored = await results.find<ScoresBody>(ballotId);
    if (!stored) throw new Error(`ballot ${ballotId} is finalized but has no stored result`);
    return stored.result;
  }

  async function compute(ballotId: string, now: Date): Promise<{ body: ScoresBody; final: boolean }> {
    const ballot = await ballots.findById(ballotId);
    if (!ballot) throw errors.notFound('ballot');
    if (ballot.status === 'finalized') return { body: await frozen(ballotId), final: true };
    // Drafts have no votes yet: they get provisional zeros, so the office can wire up its import early.
    const [candidates, tally, flagged] = await Promise.all([
      ballots.listCandidates(ballotId),
      tallies.read(ballotId),
      results.flaggedCandidateIds(ballotId),
    ]);
    const scored = computeScores(scoreInputs(candidates, (id) => tally.byCandidate.get(id) ?? 0, flagged));
    return {
      final: false,
      body: {
        ballotId,
        status: 'provisional',
        weight: SCORE_WEIGHT,
        method: SCORE_METHOD,
        generatedAt: now.toISOString(),
        totalVotes: tally.totalVotes,
        digest: null,
        candidates: scored,
      },
    };
  }

  return {
    async scores(ballotId, now) {
      const t = monotonicMs();
      const hit = cache.get(ballotId);
      if (hit && hit.expires > t) return hit.body;
      if (cache.size >= MAX_CACHED_BALLOTS) cache.clear();
      const computed = compute(ballotId, now);
      const body = computed.then((r) => r.body);
      // Waiters observe a failure through their own await; this keeps an unwaited one from being "unhandled".
      body.catch(() => {});
      const entry = { expires: t + cacheMs, body };
      cache.set(ballotId, entry);
      try {
        const r = await computed;
        if (r.final) entry.expires = Number.POSITIVE_INFINITY;
        return r.body;
      } catch (err) {
        // Errors (404, storage down) are never cached.
        if (cache.get(ballotId) === entry) cache.delete(ballotId);
        throw err;
      }
    },

    async finalize(ballotId, now, actor, override) {
      const outcome = await withTransaction(pool, async (tx) => {
        // The row lock serializes finalize with itself and with anything else that locks the ballot;
        // it also waits for vote transactions still holding the ballot row (their FK lock).
        const ballot = await ballots.findByIdForUpdate(ballotId, tx);
        if (!ballot) throw errors.notFound('ballot');
        if (ballot.status === 'finalized') {
          const stored = await results.find<ScoresBody>(ballotId, tx);
          if (!stored) throw new Error(`ballot ${ballotId} is finalized but has no stored result`);
          return { body: stored.result, alreadyFinal: true };
        }
        if (ballot.status === 'draft') throw errors.invalidState('A draft ballot cannot be finalized.');
        if (now.getTime() < ballot.closesAt.getTime()) {
          throw new AppError('BALLOT_NOT_CLOSED', 'The ballot can be finalized once its window has ended.', {
            closesAt: ballot.closesAt.toISOString(),
          });
        }

        // Separation of duties: the office cannot freeze a result over flags no auditor has looked at,
        // unless it says so explicitly, on the record.
        const unreviewed = await results.activeFlagIds(ballotId, tx);
        if (unreviewed.length > 0 && !override) {
          throw new AppError('UNREVIEWED_FLAGS', `${unreviewed.length} flag(s) await an auditor's review; review them, or finalize with {"override": true, "reason": "…"}.`, {
            flagIds: unreviewed,
          });
        }

        // One client, one statement at a time (a transaction's client cannot run queries in parallel).
        const candidates = await ballots.listCandidates(ballotId, tx);
        const flagged = await results.flaggedCandidateIds(ballotId, tx);
        // The final counts come from the votes themselves (the truth), not from the counters. While the
        // ballot row is locked no vote can commit (a vote insert takes a key-share lock on it through
        // the foreign key), so the counts and the hashed ledger below see the same votes.
        const counted = await countVotes(tx, ballotId);
        const digester = createDigester();
        for await (const chunk of ledgerChunks(tx, ballotId)) digester.addText(chunk.text, chunk.lines);
        if (digester.lines !== counted.totalVotes) {
          throw new Error(`ledger has ${digester.lines} lines but ${counted.totalVotes} votes were counted`);
        }
        const totalVotes = counted.totalVotes;
        const scored = computeScores(scoreInputs(candidates, (id) => counted.byCandidate.get(id) ?? 0, flagged));
        // The audit log's head, locked until commit: the finalize entry below is exactly the next one.
        const auditHead = await auditRepository(tx).head(tx);
        const digest = digester.finish({ ballotId, totalVotes, candidates: scored, auditHead });
        const body: ScoresBody = {
          ballotId,
          status: 'final',
          weight: SCORE_WEIGHT,
          method: SCORE_METHOD,
          generatedAt: now.toISOString(),
          totalVotes,
          digest,
          candidates: scored,
          auditHead,
        };
        await results.insert(ballotId, { result: body, digest, finalizedAt: now }, tx);
        await ballots.setStatus(ballotId, 'finalized', now, tx);
        await auditRepository(tx).append(
          {
            at: now,
            actor,
            action: 'ballot.finalized',
            subject: ballotId,
            ballotId,
            details: {
              digest,
              totalVotes,
              flaggedCandidateIds: [...flagged].sort(),
              ...(unreviewed.length > 0 && override ? { override: { reason: override.reason, unreviewedFlagIds: unreviewed } } : {}),
            },
          },
          tx,
        );
        return { body, alreadyFinal: false };
      });
      // The provisional result cached here is obsolete; other instances notice within provisionalCacheMs.
      cache.set(ballotId, { expires: Number.POSITIVE_INFINITY, body: Promise.resolve(outcome.body) });
      return outcome;
    },

    invalidate(ballotId) {
      const hit = cache.get(ballotId);
      // A final result never changes; only a provisional entry (or one still computing) goes.
      if (hit && hit.expires !== Number.POSITIVE_INFINITY) cache.delete(ballotId);
    },

    async ledgerExport(ballotId) {
      const ballot = await ballots.findById(ballotId);
      if (!ballot) throw errors.notFound('ballot');
      return ledgerExportStream(deps.exportPool ?? pool, ballotId, { idleTimeoutMs: deps.exportIdleTimeoutMs });
    },
  };
}
