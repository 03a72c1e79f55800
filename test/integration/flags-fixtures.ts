import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { ballotsRepository } from '../../src/storage/ballots-repository';
import { closesAt, dayOf } from '../../src/domain/calendar';
import type { Ballot, Candidate } from '../../src/domain/ballot';
import type { BallotStatus } from '../../src/domain/calendar';

/** Shared set-up for the flags, timeline and detection-job tests: ballots and votes written straight to PostgreSQL. */

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export const WECHAT_UAS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
  'Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110005 MMWEBSDK/20231202 MMWEBID/2307 MicroMessenger/8.0.45.2521(0x28002D3D) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64',
  'Mozilla/5.0 (Linux; Android 12; PGBM10 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5317 MMWEBSDK/20230805 MicroMessenger/8.0.42.2460(0x28002A58) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40(0x1800282c) NetType/4G Language/zh_CN',
  'Mozilla/5.0 (Linux; Android 14; 23013RK75C Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231201 MicroMessenger/8.0.44.2502(0x28002C37) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
];
export const BOT_UA = 'python-requests/2.31.0';

/** Small deterministic PRNG (mulberry32), so every run writes the same traffic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeededBallot {
  ballot: Ballot;
  candidates: Candidate[];
}

export async function seedBallot(
  pool: Pool,
  opts: { opensAt: string; durationDays?: number; candidates?: number; maxChoices?: number; status?: BallotStatus; now?: Date },
): Promise<SeededBallot> {
  const repo = ballotsRepository(pool);
  const opensAt = new Date(opts.opensAt);
  const durationDays = opts.durationDays ?? 7;
  const n = opts.candidates ?? 4;
  const now = opts.now ?? new Date(opensAt.getTime() - 86_400_000);
  let ballot = await repo.insert({
    title: '2026年度示范县网络投票',
    category: 'county',
    year: 2026,
    seats: Math.max(1, n - 2),
    maxChoices: opts.maxChoices ?? 1,
    opensAt,
    durationDays,
    closesAt: closesAt(opensAt, durationDays),
    showLiveCounts: true,
    now,
  });
  const candidates = await repo.insertCandidates(
    ballot.id,
    Array.from({ length: n }, (_, i) => ({ name: `候选县${i + 1}`, city: '南昌市' })),
    now,
    pool,
  );
  const status = opts.status ?? 'published';
  if (status !== 'draft') ballot = await repo.setStatus(ballot.id, 'published', now, pool);
  if (status === 'finalized') ballot = await repo.setStatus(ballot.id, 'finalized', now, pool);
  return { ballot, candidates };
}

export interface VoteRow {
  accountId: string;
  candidateIds: string[];
  at: Date;
  ip: string;
  userAgent: string;
}

/** Inserts accepted votes (and their counters) as the vote path would. */
export async function insertVotes(pool: Pool, ballotId: string, votes: VoteRow[]): Promise<void> {
  const sorted = [...votes].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (let i = 0; i < sorted.length; i += 2000) {
    const chunk = sorted.slice(i, i + 2000);
    await pool.query(
      `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip, user_agent)
       SELECT u.id, $1, u.account_id, u.day::date, string_to_array(u.candidate_ids, ',')::uuid[], u.cast_at, u.ip, u.user_agent
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[])
         AS u(id, account_id, day, candidate_ids, cast_at, ip, user_agent)
       ORDER BY u.cast_at`,
      [
        ballotId,
        chunk.map(() => randomUUID()),
        chunk.map((v) => v.accountId),
        chunk.map((v) => dayOf(v.at)),
        chunk.map((v) => v.candidateIds.join(',')),
        chunk.map((v) => v.at),
        chunk.map((v) => v.ip),
        chunk.map((v) => v.userAgent),
      ],
    );
  }
  const perCandidate = new Map<string, number>([[NIL_UUID, votes.length]]);
  for (const v of votes) for (const c of v.candidateIds) perCandidate.set(c, (perCandidate.get(c) ?? 0) + 1);
  await pool.query(
    `INSERT INTO vote_tallies (ballot_id, candidate_id, shard, votes)
     SELECT $1, u.c, 0, u.n FROM unnest($2::uuid[], $3::bigint[]) AS u(c, n)
     ON CONFLICT (ballot_id, candidate_id, shard) DO UPDATE SET votes = vote_tallies.votes + EXCLUDED.votes`,
    [ballotId, [...perCandidate.keys()], [...perCandidate.values()]],
  );
}

let accountCounter = 0;
const freshAccount = (tag: string) => `o${tag}_${(++accountCounter).toString(36)}_${Math.floor(Math.random() * 1e9).toString(36)}`;

/**
 * Ordinary traffic: every candidate gets votes at random (Poisson-like) times from distinct accounts
 * on many carrier IPs with WeChat user agents. One vote per account, so no account votes twice a day.
 */
export function organicVotes(candidates: Candidate[], from: Date, minutes: number, perMinutePerCandidate: number, seed = 1): VoteRow[] {
  const rnd = prng(seed);
  const out: VoteRow[] = [];
  for (const c of candidates) {
    const n = Math.round(minutes * perMinutePerCandidate);
    for (let i = 0; i < n; i++) {
      const at = new Date(from.getTime() + Math.floor(rnd() * minutes * 60_000));
      out.push({
        accountId: freshAccount('org'),
        candidateIds: [c.id],
        at,
        ip: `${10 + Math.floor(rnd() * 200)}.${Math.floor(rnd() * 250)}.${Math.floor(rnd() * 250)}.${1 + Math.floor(rnd() * 250)}`,
        userAgent: WECHAT_UAS[Math.floor(rnd() * WECHAT_UAS.length)],
      });
    }
  }
  return out;
}

/** A scripted burst: fresh accounts, two IPs in one /24, one non-WeChat user agent, a vote every `gapMs` like clockwork. */
export function botBurst(candidateId: string, start: Date, count: number, gapMs = 1500): VoteRow[] {
  return Array.from({ length: count }, (_, i) => ({
    accountId: freshAccount('bot'),
    candidateIds: [candidateId],
    at: new Date(start.getTime() + i * gapMs),
    ip: i % 2 === 0 ? '203.0.113.7' : '203.0.113.8',
    userAgent: BOT_UA,
  }));
}
