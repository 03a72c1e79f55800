import type { Executor } from './db';

/** What the service freezes at finalize: the full scores response body, its digest and when. */
export interface StoredResult<T> {
  result: T;
  digest: string;
  finalizedAt: Date;
}

export function resultsRepository(db: Executor) {
  return {
    /**
     * Candidates whose vote score is zeroed: those with at least one flag that is active or
     * confirmed (SPEC.md). A dismissed flag no longer counts.
     */
    async flaggedCandidateIds(ballotId: string, tx: Executor = db): Promise<Set<string>> {
      const { rows } = await tx.query<{ candidate_id: string }>({
        name: 'results-flagged-candidates',
        text: `SELECT DISTINCT candidate_id FROM flags WHERE ballot_id = $1 AND status IN ('active', 'confirmed')`,
        values: [ballotId],
      });
      return new Set(rows.map((r) => r.candidate_id));
    },

    /** Flags still awaiting an auditor's review, oldest first: finalize refuses while any remain. */
    async activeFlagIds(ballotId: string, tx: Executor = db): Promise<string[]> {
      const { rows } = await tx.query<{ id: string }>({
        name: 'results-active-flags',
        text: `SELECT id FROM flags WHERE ballot_id = $1 AND status = 'active' ORDER BY created_at, id`,
        values: [ballotId],
      });
      return rows.map((r) => r.id);
    },

    async find<T>(ballotId: string, tx: Executor = db): Promise<StoredResult<T> | null> {
      const { rows } = await tx.query<{ result: T; digest: string; finalized_at: Date }>({
        name: 'results-find',
        text: 'SELECT result, digest, finalized_at FROM ballot_results WHERE ballot_id = $1',
        values: [ballotId],
      });
      return rows[0] ? { result: rows[0].result, digest: rows[0].digest, finalizedAt: rows[0].finalized_at } : null;
    },

    /** Freezes a result; the primary key refuses a second one for the same ballot. */
    async insert<T>(ballotId: string, stored: StoredResult<T>, tx: Executor): Promise<void> {
      await tx.query({
        name: 'results-insert',
        text: 'INSERT INTO ballot_results (ballot_id, result, digest, finalized_at) VALUES ($1, $2, $3, $4)',
        values: [ballotId, JSON.stringify(stored.result), stored.digest, stored.finalizedAt],
      });
    },
  };
}

export type ResultsRepository = ReturnType<typeof resultsRepository>;
