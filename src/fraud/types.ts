/**
 * The stuffing detector's contract. The detector is pure: the same code runs online in the
 * service (background job over votes read from PostgreSQL) and offline in `cli detect` over a
 * ledger export.
 */

/** One accepted vote, as the ledger export carries it. */
export interface VoteEvent {
  voteId?: string;
  /**
   * The vote's row number in the service's votes table, which the service's detection pass reads
   * instead of the vote id (a number inside the event rather than a 36-character string beside it:
   * a pass holds every vote of the ballot). Evidence then names sampled votes `seq:<n>` and the pass
   * swaps in their ids (detection-pass.ts).
   */
  seq?: number;
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
