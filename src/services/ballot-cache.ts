import { performance } from 'node:perf_hooks';
import type { Executor } from '../storage/db';
import { ballotsRepository } from '../storage/ballots-repository';
import type { VotableBallot } from '../domain/vote-rules';

/**
 * Published ballots as the vote path needs them, held in process so a vote costs no ballot query.
 *
 * Why this is safe: once published, a ballot's window, maxChoices and candidates never change (the
 * API refuses edits after publish). Its status can only move published → finalized, and only after
 * it closed, so a stale "published" never lets a vote in: whether it is open follows from the clock.
 * A stale status only shows `closed` instead of `finalized` for up to `refreshMs`, after which the
 * entry is re-read in the background. Drafts and unknown ids are never cached (404, read each time),
 * so a ballot published a moment ago is seen at once.
 */
export interface BallotCache {
  get(ballotId: string): Promise<VotableBallot | null>;
  /** Drops an entry (e.g. this instance just finalized the ballot). */
  invalidate(ballotId: string): void;
}

interface Entry {
  ballot: VotableBallot;
  loadedAt: number;
  refreshing: boolean;
}

export function createBallotCache(db: Executor, opts: { refreshMs?: number } = {}): BallotCache {
  const refreshMs = opts.refreshMs ?? 2000;
  const ballots = ballotsRepository(db);
  const entries = new Map<string, Entry>();
  const loading = new Map<string, Promise<VotableBallot | null>>();

  async function read(ballotId: string): Promise<VotableBallot | null> {
    const b = await ballots.findById(ballotId);
    if (!b || b.status === 'draft') {
      entries.delete(ballotId);
      return null;
    }
    const candidates = await ballots.listCandidates(ballotId);
    const ballot: VotableBallot = {
      id: b.id,
      status: b.status,
      opensAt: b.opensAt,
      closesAt: b.closesAt,
      maxChoices: b.maxChoices,
      candidateIds: new Set(candidates.map((c) => c.id.toLowerCase())),
    };
    entries.set(ballotId, { ballot, loadedAt: performance.now(), refreshing: false });
    return ballot;
  }

  function load(ballotId: string): Promise<VotableBallot | null> {
    let p = loading.get(ballotId);
    if (!p) {
      p = read(ballotId).finally(() => loading.delete(ballotId));
      loading.set(ballotId, p);
    }
    return p;
  }

  return {
    async get(ballotId) {
      const entry = entries.get(ballotId);
      if (!entry) return load(ballotId);
      if (!entry.refreshing && performance.now() - entry.loadedAt > refreshMs) {
        entry.refreshing = true;
        // Stale-while-revalidate: the stale entry is still right about everything a vote needs.
        load(ballotId).catch(() => {
          entry.refreshing = false;
        });
      }
      return entry.ballot;
    },
    invalidate(ballotId) {
      entries.delete(ballotId);
    },
  };
}
