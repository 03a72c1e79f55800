/**
 * The stuffing detector's contract. The detector is pure: the same code runs online in the
 * service (background job over votes read from PostgreSQL) and offline in `cli detect` over a
 * ledger export.
 */

/** One accepted vote, as the ledger export carries it. */
export interface VoteEvent {
  voteId?: string;
  /** cast time, epoch milliseconds */
  at: number;
  accountId: string;
  candidateIds: string[];
  ip: string;
  userAgent: string;
}

export type Severity = 'low' | 'medium' | 'high';

/** A burst the detector judged to be stuffing. */
export interface DetectedFlag {
  candidateId: string;
  rule: string;
  windowStart: Date;
  windowEnd: Date;
  observed: number;
  expected: number;
  severity: Severity;
  /** Readable without a database: window, signals vs baselines, top IPs/prefixes/UAs, sample vote ids. */
  evidence: Record<string, unknown>;
  /** Stable identity of the burst, so repeated runs (and several instances) raise it once. */
  burstKey: string;
}
