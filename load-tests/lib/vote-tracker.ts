/**
 * Remembers, per account, every vote request the load generator sent and what came back, so that
 * PostgreSQL can be reconciled against it afterwards. Requests whose response never arrived
 * (connection closed when a phase ended, client timeout) stay "pending": their vote may or may
 * not be stored, but never twice.
 */

export interface AccountRecord {
  /** requests sent whose response never arrived */
  pending: number;
  /** voteId → day, from 201 responses */
  accepted: Map<string, string>;
  /** voteIds named by 409 ALREADY_VOTED_TODAY responses */
  alreadyVoted: Set<string>;
  /** other statuses (and 409s with another code), by status */
  other: Map<string, number>;
}

const VOTE_ID = /"voteId"\s*:\s*"([0-9a-fA-F-]{36})"/;
const DAY = /"day"\s*:\s*"(\d{4}-\d{2}-\d{2})"/;
const CODE = /"code"\s*:\s*"([A-Z_]+)"/;

export class VoteTracker {
  readonly accounts = new Map<string, AccountRecord>();
  sentCount = 0;
  respondedCount = 0;

  private record(accountId: string): AccountRecord {
    let r = this.accounts.get(accountId);
    if (!r) {
      r = { pending: 0, accepted: new Map(), alreadyVoted: new Set(), other: new Map() };
      this.accounts.set(accountId, r);
    }
    return r;
  }

  sent(accountId: string): void {
    this.record(accountId).pending++;
    this.sentCount++;
  }

  /** Records a response; returns a short label of the outcome ('201', '409', '409:OTHER_CODE', '503', …). */
  responded(accountId: string, status: number, body: string): string {
    const r = this.record(accountId);
    r.pending = Math.max(0, r.pending - 1);
    this.respondedCount++;
    if (status === 201) {
      const id = VOTE_ID.exec(body)?.[1];
      const day = DAY.exec(body)?.[1] ?? '?';
      if (id) {
        r.accepted.set(id.toLowerCase(), day);
        return '201';
      }
      return this.other(r, '201:no-voteId');
    }
    if (status === 409) {
      const code = CODE.exec(body)?.[1];
      const id = VOTE_ID.exec(body)?.[1];
      if (code === 'ALREADY_VOTED_TODAY' && id) {
        r.alreadyVoted.add(id.toLowerCase());
        return '409';
      }
      return this.other(r, `409:${code ?? '?'}`);
    }
    return this.other(r, String(status));
  }

  private other(r: AccountRecord, label: string): string {
    r.other.set(label, (r.other.get(label) ?? 0) + 1);
    return label;
  }

  /** Accounts that have at least one 201 (used as the duplicate-vote population). */
  votedAccounts(): string[] {
    const out: string[] = [];
    for (const [id, r] of this.accounts) if (r.accepted.size > 0) out.push(id);
    return out;
  }
}
