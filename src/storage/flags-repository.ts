import { randomUUID } from 'node:crypto';
import type { Executor } from './db';
import type { DetectedFlag } from '../fraud/types';
import type { BallotStatus } from '../domain/calendar';

export type FlagStatus = 'active' | 'confirmed' | 'dismissed';
export type ReviewDecision = 'confirm' | 'dismiss';

/** One auditor decision on a flag. */
export interface ReviewEntry {
  decision: ReviewDecision;
  note: string;
  by: string;
  /** ISO 8601 UTC with milliseconds */
  at: string;
}

/**
 * The flag's current review plus every earlier one, oldest first. Auditors may change their mind
 * before the ballot is finalized; the flag shows the decision in force and keeps the trail
 * (the audit log keeps it too, but an auditor reading one flag should not need the log).
 */
export interface FlagReview extends ReviewEntry {
  history: ReviewEntry[];
}

export interface FlagRecord {
  id: string;
  ballotId: string;
  candidateId: string;
  rule: string;
  status: FlagStatus;
  windowStart: Date | null;
  windowEnd: Date | null;
  observed: number | null;
  expected: number | null;
  severity: string;
  evidence: Record<string, unknown>;
  createdAt: Date;
  createdBy: string;
  review: FlagReview | null;
  burstKey: string | null;
}

interface FlagRow {
  id: string;
  ballot_id: string;
  candidate_id: string;
  rule: string;
  status: FlagStatus;
  window_start: Date | null;
  window_end: Date | null;
  observed: number | null;
  expected: number | null;
  severity: string;
  evidence: Record<string, unknown>;
  created_at: Date;
  created_by: string;
  review: FlagReview | null;
  burst_key: string | null;
}

const FLAG_COLUMNS = `id, ballot_id, candidate_id, rule, status, window_start, window_end, observed, expected,
  severity, evidence, created_at, created_by, review, burst_key`;

const toFlag = (r: FlagRow): FlagRecord => ({
  id: r.id,
  ballotId: r.ballot_id,
  candidateId: r.candidate_id,
  rule: r.rule,
  status: r.status,
  windowStart: r.window_start,
  windowEnd: r.window_end,
  observed: r.observed,
  expected: r.expected,
  severity: r.severity,
  evidence: r.evidence,
  createdAt: r.created_at,
  createdBy: r.created_by,
  review: r.review ? { ...r.review, history: r.review.history ?? [] } : null,
  burstKey: r.burst_key,
});

export interface NewManualFlag {
  ballotId: string;
  candidateId: string;
  reason: string;
  windowStart: Date | null;
  windowEnd: Date | null;
  createdBy: string;
  now: Date;
}

/** The ballot fields that decide whether its flags may still change. */
export interface BallotGate {
  id: string;
  status: BallotStatus;
}

export function flagsRepository(db: Executor) {
  return {
    /**
     * Inserts a detector flag unless the same burst (ballot, candidate, burstKey) was already raised,
     * by this instance or another one, whatever its status now: a dismissed burst stays dismissed.
     * Returns the new flag, or null when it already existed.
     */
    async insertDetected(ballotId: string, f: DetectedFlag, createdBy: string, now: Date, tx: Executor): Promise<FlagRecord | null> {
      const { rows } = await tx.query<FlagRow>({
        name: 'flags-insert-detected',
        text: `INSERT INTO flags (id, ballot_id, candidate_id, rule, status, window_start, window_end, observed, expected,
                                  severity, evidence, created_at, created_by, burst_key)
               VALUES ($1, $2, $3, $4, 'active', $5, $6, $7, $8, $9, $10, $11, $12, $13)
               ON CONFLICT (ballot_id, candidate_id, burst_key) DO NOTHING
               RETURNING ${FLAG_COLUMNS}`,
        values: [
          randomUUID(),
          ballotId,
          f.candidateId,
          f.rule,
          f.windowStart,
          f.windowEnd,
          f.observed,
          f.expected,
          f.severity,
          JSON.stringify(f.evidence),
          now,
          createdBy,
          f.burstKey,
        ],
      });
      return rows[0] ? toFlag(rows[0]) : null;
    },

    /** An auditor's own flag. No burst key: an auditor may raise several on one candidate. */
    async insertManual(m: NewManualFlag, tx: Executor): Promise<FlagRecord> {
      const { rows } = await tx.query<FlagRow>({
        name: 'flags-insert-manual',
        text: `INSERT INTO flags (id, ballot_id, candidate_id, rule, status, window_start, window_end, observed, expected,
                                  severity, evidence, created_at, created_by, burst_key)
               VALUES ($1, $2, $3, 'manual', 'active', $4, $5, NULL, NULL, 'high', $6, $7, $8, NULL)
               RETURNING ${FLAG_COLUMNS}`,
        values: [randomUUID(), m.ballotId, m.candidateId, m.windowStart, m.windowEnd, JSON.stringify({ reason: m.reason }), m.now, m.createdBy],
      });
      return toFlag(rows[0]);
    },

    async findById(id: string, tx: Executor = db): Promise<FlagRecord | null> {
      const { rows } = await tx.query<FlagRow>({ name: 'flags-find', text: `SELECT ${FLAG_COLUMNS} FROM flags WHERE id = $1`, values: [id] });
      return rows[0] ? toFlag(rows[0]) : null;
    },

    /** Locks the flag row so two reviews of one flag apply one after the other. */
    async findByIdForUpdate(id: string, tx: Executor): Promise<FlagRecord | null> {
      const { rows } = await tx.query<FlagRow>({
        name: 'flags-find-for-update',
        text: `SELECT ${FLAG_COLUMNS} FROM flags WHERE id = $1 FOR UPDATE`,
        values: [id],
      });
      return rows[0] ? toFlag(rows[0]) : null;
    },

    /** A ballot's flags, newest first (ties: the later window first, then id for a stable order). */
    async listByBallot(ballotId: string, status: FlagStatus | null, tx: Executor = db): Promise<FlagRecord[]> {
      const { rows } = await tx.query<FlagRow>({
        name: 'flags-list-by-ballot',
        text: `SELECT ${FLAG_COLUMNS} FROM flags
               WHERE ballot_id = $1 AND ($2::text IS NULL OR status = $2)
               ORDER BY created_at DESC, window_start DESC NULLS LAST, id`,
        values: [ballotId, status],
      });
      return rows.map(toFlag);
    },

    async saveReview(id: string, status: FlagStatus, review: FlagReview, tx: Executor): Promise<FlagRecord> {
      const { rows } = await tx.query<FlagRow>({
        name: 'flags-save-review',
        text: `UPDATE flags SET status = $2, review = $3 WHERE id = $1 RETURNING ${FLAG_COLUMNS}`,
        values: [id, status, JSON.stringify(review)],
      });
      return toFlag(rows[0]);
    },

    /**
     * Reads the ballot's status and holds a SHARE lock on its row until the transaction ends.
     * Finalize takes the row FOR UPDATE, so a flag change and a finalize cannot interleave: either
     * the change commits before the frozen result is computed, or it sees 'finalized' and refuses.
     * SHARE (not UPDATE) because it must not conflict with the KEY SHARE lock every vote insert
     * takes through its foreign key, nor with other reviews on the same ballot.
     */
    async lockBallotForShare(ballotId: string, tx: Executor): Promise<BallotGate | null> {
      const { rows } = await tx.query<BallotGate>({
        name: 'flags-lock-ballot-share',
        text: 'SELECT id, status FROM ballots WHERE id = $1 FOR SHARE',
        values: [ballotId],
      });
      return rows[0] ?? null;
    },
  };
}

export type FlagsRepository = ReturnType<typeof flagsRepository>;
