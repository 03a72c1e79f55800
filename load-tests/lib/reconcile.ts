import type { Executor } from '../../src/storage/db';
import type { VoteTracker } from './vote-tracker';

/**
 * The check that makes a throughput figure worth anything: PostgreSQL holds exactly the votes
 * that were acknowledged, each once, plus possibly the votes of requests that were cut off
 * (never answered) — and nothing else. The counters table must agree with the votes.
 */

export interface StoredVote {
  id: string;
  accountId: string;
  day: string;
}

export interface ReconcileReport {
  ok: boolean;
  problems: string[];
  stats: {
    stored: number;
    acknowledged: number;
    cutOffStored: number;
    cutOffNotStored: number;
    trackedAccounts: number;
  };
}

const MAX_LISTED = 10;

/** Pure comparison of what the clients saw against what PostgreSQL holds. */
export function reconcileVotes(tracker: VoteTracker, stored: StoredVote[]): ReconcileReport {
  const problems: string[] = [];
  const note = (kind: string, detail: string) => {
    const same = problems.filter((p) => p.startsWith(kind)).length;
    if (same < MAX_LISTED) problems.push(`${kind}: ${detail}`);
    else if (same === MAX_LISTED) problems.push(`${kind}: … (more)`);
  };

  const byId = new Map<string, StoredVote>();
  const byAccountDay = new Map<string, StoredVote>();
  const byAccount = new Map<string, StoredVote[]>();
  for (const v of stored) {
    const id = v.id.toLowerCase();
    if (byId.has(id)) note('vote stored twice', id);
    byId.set(id, v);
    const key = `${v.accountId}|${v.day}`;
    if (byAccountDay.has(key)) note('account voted twice in one day', key);
    byAccountDay.set(key, v);
    const list = byAccount.get(v.accountId) ?? [];
    list.push(v);
    byAccount.set(v.accountId, list);
  }

  let acknowledged = 0;
  let cutOffStored = 0;
  let cutOffNotStored = 0;
  for (const [accountId, r] of tracker.accounts) {
    const days = new Map<string, string>();
    for (const [voteId, day] of r.accepted) {
      acknowledged++;
      const s = byId.get(voteId);
      if (!s) note('acknowledged (201) vote missing from PostgreSQL', `${voteId} (${accountId})`);
      else if (s.accountId !== accountId) note('acknowledged vote stored under another account', `${voteId}: ${accountId} vs ${s.accountId}`);
      const prev = days.get(day);
      if (prev !== undefined && prev !== voteId) note('two 201s for one account on one day', `${accountId} ${day}: ${prev}, ${voteId}`);
      days.set(day, voteId);
    }
    const mine = byAccount.get(accountId) ?? [];
    const unacknowledged = mine.filter((v) => !r.accepted.has(v.id.toLowerCase()));
    if (unacknowledged.length > 0) {
      // Only a request that never got its answer may have left a vote behind.
      if (r.pending >= unacknowledged.length) cutOffStored += unacknowledged.length;
      else note('vote stored although its request got no 201', `${unacknowledged.map((v) => v.id).join(',')} (${accountId}; answers: ${[...r.other.keys()].join(',') || '409'})`);
    }
    if (r.pending > unacknowledged.length) cutOffNotStored += r.pending - unacknowledged.length;
    for (const voteId of r.alreadyVoted) {
      if (!byId.has(voteId)) note('409 ALREADY_VOTED_TODAY named a vote that is not stored', `${voteId} (${accountId})`);
    }
  }
  for (const v of stored) {
    if (!tracker.accounts.has(v.accountId)) note('stored vote from an account the load generator never used', `${v.id} (${v.accountId})`);
  }

  return {
    ok: problems.length === 0,
    problems,
    stats: { stored: stored.length, acknowledged, cutOffStored, cutOffNotStored, trackedAccounts: tracker.accounts.size },
  };
}

export async function loadStoredVotes(db: Executor, ballotId: string): Promise<StoredVote[]> {
  const { rows } = await db.query<{ id: string; account_id: string; day: string }>(
    `SELECT id::text AS id, account_id, to_char(day, 'YYYY-MM-DD') AS day FROM votes WHERE ballot_id = $1`,
    [ballotId],
  );
  return rows.map((r) => ({ id: r.id, accountId: r.account_id, day: r.day }));
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** vote_tallies (summed over shards) against counts computed from the votes themselves. */
export async function checkTallies(db: Executor, ballotId: string): Promise<string[]> {
  const { rows: fromVotes } = await db.query<{ candidate_id: string; n: string }>(
    `SELECT c.candidate_id::text AS candidate_id, count(*) AS n
       FROM votes v CROSS JOIN LATERAL unnest(v.candidate_ids) AS c(candidate_id)
      WHERE v.ballot_id = $1 GROUP BY c.candidate_id
     UNION ALL
     SELECT $2::text, count(*) FROM votes WHERE ballot_id = $1`,
    [ballotId, NIL_UUID],
  );
  const { rows: fromTallies } = await db.query<{ candidate_id: string; n: string }>(
    `SELECT candidate_id::text AS candidate_id, sum(votes) AS n FROM vote_tallies WHERE ballot_id = $1 GROUP BY candidate_id`,
    [ballotId],
  );
  const want = new Map(fromVotes.map((r) => [r.candidate_id, Number(r.n)]));
  const got = new Map(fromTallies.map((r) => [r.candidate_id, Number(r.n)]));
  const problems: string[] = [];
  for (const id of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(id) ?? 0;
    const g = got.get(id) ?? 0;
    if (w !== g) problems.push(`vote_tallies ${id === NIL_UUID ? '(total)' : id}: ${g}, votes say ${w}`);
  }
  return problems;
}
