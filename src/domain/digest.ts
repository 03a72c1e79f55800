import { createHash, type Hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { formatScore } from './scores';

/**
 * The ledger line and the result digest. Both the ledger export and the digest use
 * `ledgerLineJson`, so the exported file is byte for byte what was hashed.
 *
 * Digest ("sha256:" + lowercase hex) = SHA-256 of the UTF-8 bytes
 *
 *   "ballot-ledger-v1\n"
 *   <ledger line> "\n"            one per accepted vote, in cast order (votes.seq)
 *   "results\n"
 *   <results line> "\n"
 *
 * ledger line  = canonical JSON of {accountId, at, candidateIds, day, ip, userAgent, voteId}
 * results line = canonical JSON of {ballotId, candidates: [{candidateId, flagged, rank, voteScore, votes}], totalVotes}
 *                with candidates in result order and voteScore as two-decimal text ("13.33", "20.00", "0.00"),
 *                so no language's float printing can change the bytes.
 * Canonical JSON: keys sorted, no whitespace, strings escaped as ECMAScript JSON.stringify does.
 *
 * Only the hasher is kept in memory, so a million votes are hashed in constant memory.
 */

export const DIGEST_HEADER = 'ballot-ledger-v1\n';
export const DIGEST_RESULTS_SEPARATOR = 'results\n';

/** One accepted vote as exported: `at` ISO 8601 UTC with milliseconds, `day` the Asia/Shanghai date. */
export interface LedgerLine {
  voteId: string;
  at: string;
  day: string;
  accountId: string;
  candidateIds: string[];
  ip: string;
  userAgent: string;
}

/**
 * Canonical JSON of a ledger line, written out field by field (keys already in sorted order) because
 * it runs once per vote on exports of millions of lines. Equal to `canonicalJson(line)` (tested).
 */
export function ledgerLineJson(l: LedgerLine): string {
  const s = JSON.stringify;
  let ids = '';
  for (let i = 0; i < l.candidateIds.length; i++) ids += (i > 0 ? ',' : '') + s(l.candidateIds[i]);
  return `{"accountId":${s(l.accountId)},"at":${s(l.at)},"candidateIds":[${ids}],"day":${s(l.day)},"ip":${s(l.ip)},"userAgent":${s(l.userAgent)},"voteId":${s(l.voteId)}}`;
}

export interface DigestCandidate {
  candidateId: string;
  votes: number;
  flagged: boolean;
  voteScore: number;
  rank: number;
}

export interface DigestResults {
  ballotId: string;
  totalVotes: number;
  /** In result order (rank, then display position). */
  candidates: readonly DigestCandidate[];
  /** The audit log's last entry when the result was frozen: the digest anchors the chain's head, so
   * a later rollback of the log is detectable. Absent from results frozen before it existed. */
  auditHead?: AuditHead;
}

export interface AuditHead {
  seq: number;
  hash: string;
}

/** The results line of the digest input (without its trailing "\n"). */
export function resultsLineJson(r: DigestResults): string {
  return canonicalJson({
    ballotId: r.ballotId,
    totalVotes: r.totalVotes,
    candidates: r.candidates.map((c) => ({
      candidateId: c.candidateId,
      votes: c.votes,
      flagged: c.flagged,
      voteScore: formatScore(c.voteScore),
      rank: c.rank,
    })),
    ...(r.auditHead ? { auditHead: { seq: r.auditHead.seq, hash: r.auditHead.hash } } : {}),
  });
}

/** Feeds ledger lines in cast order, then the results; returns "sha256:<hex>". */
export interface Digester {
  addLine(line: LedgerLine): void;
  /** For callers that already hold the canonical line text (without "\n"). */
  addLineJson(json: string): void;
  /** Several canonical lines at once, each already followed by "\n" (a page of the ledger export). */
  addText(text: string, lines: number): void;
  readonly lines: number;
  finish(results: DigestResults): string;
}

export function createDigester(): Digester {
  const hash: Hash = createHash('sha256');
  hash.update(DIGEST_HEADER, 'utf8');
  let lines = 0;
  let finished = false;
  const add = (json: string) => {
    if (finished) throw new Error('digest already finished');
    hash.update(json + '\n', 'utf8');
    lines += 1;
  };
  return {
    addLine: (line) => add(ledgerLineJson(line)),
    addLineJson: add,
    addText(text, count) {
      if (finished) throw new Error('digest already finished');
      if (count > 0 && !text.endsWith('\n')) throw new Error('ledger text must end with a newline');
      hash.update(text, 'utf8');
      lines += count;
    },
    get lines() {
      return lines;
    },
    finish(results) {
      if (finished) throw new Error('digest already finished');
      finished = true;
      hash.update(DIGEST_RESULTS_SEPARATOR, 'utf8');
      hash.update(resultsLineJson(results) + '\n', 'utf8');
      return `sha256:${hash.digest('hex')}`;
    },
  };
}

/** Convenience for small inputs (tests, tools): the digest of a whole ledger held in memory. */
export function digestOf(lines: Iterable<LedgerLine>, results: DigestResults): string {
  const d = createDigester();
  for (const l of lines) d.addLine(l);
  return d.finish(results);
}
