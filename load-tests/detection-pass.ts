import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { migrate } from '../src/storage/migrate';
import { closesAt as closesAtOf } from '../src/domain/calendar';
import { insertPublishedBallot } from './lib/ballot-setup';
import { parseFlags } from '../src/cli/command';
import { runDetectionPass } from '../src/services/detection-pass';
import { createDetectionWorker } from '../src/services/detection-worker';

/**
 * `npx tsx load-tests/detection-pass.ts [--votes N] [--modes idle,inline,worker,worker-again] [--db NAME] [--keep]`:
 * what one detection pass over a big ballot costs the main thread. Fills a scratch database with
 * N (default 1,000,000) votes over 7 days (20 candidates, returning accounts, carrier-like IPs,
 * WeChat user agents, one scripted burst), then runs a pass
 *  - inline: read + detect on this (the main) thread, as the service did before the worker;
 *  - worker: the same pass in the detection worker thread, as the service does now;
 *  - worker-again: a second pass on a fresh thread, sized by the first pass's count, as the
 *    service's passes after the first are;
 *  - idle: no pass at all, to show the machine's own noise in the same figures;
 * while sampling the main thread's event-loop delay (perf_hooks.monitorEventLoopDelay) and RSS.
 * Drops the database afterwards unless --keep (then --db NAME reuses it).
 */

const { flags } = parseFlags(process.argv.slice(2), { db: { type: 'string' }, modes: { type: 'string' }, votes: { type: 'string' }, keep: { type: 'boolean' } });
const opt = (name: string, dflt: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : dflt);
const VOTES = Number(opt('votes', '1000000'));
const MODES = opt('modes', 'inline,worker').split(',');
const KEEP = flags.keep !== undefined;
const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const CANDIDATES = 20;
const progress = (msg: string) => process.stderr.write(`[detection-pass] ${msg}\n`);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

const opensAt = new Date('2026-05-31T16:00:00.000Z');
const closesAt = closesAtOf(opensAt, 7);

async function fill(dbUrl: string): Promise<string> {
  await migrate(dbUrl);
  const pool = new Pool({ connectionString: dbUrl, max: 2 });
  try {
    const ballot = await insertPublishedBallot(pool, { title: 'detection pass benchmark', opensAt, candidates: CANDIDATES });
    const candidates = ballot.candidates;
    const t0 = performance.now();
    // Scratch data only: no WAL. Accounts come back once a day (account g mod ⌈N/7⌉, so its votes
    // are a day and a fraction of a second apart: with ⌊N/7⌋ they were a fraction of a second less
    // than a day apart, and one account's votes on either side of a midnight fell on one day);
    // IPs from a few thousand carrier addresses; five WeChat UAs.
    await pool.query('ALTER TABLE votes SET UNLOGGED');
    await pool.query(
      `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip, user_agent)
       SELECT gen_random_uuid(), $1, 'oXyZ' || md5((g % (($4::int + 6) / 7))::text), (ts AT TIME ZONE 'Asia/Shanghai')::date,
              ARRAY[($2::uuid[])[1 + floor(power(random(), 2) * $3)::int]], ts,
              '117.' || (g::bigint * 7919 % 200) || '.' || (g::bigint * 104729 % 97) || '.' || (1 + g % 250),
              (ARRAY[
                'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
                'Mozilla/5.0 (Linux; Android 13; V2227A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110005 MMWEBSDK/20231202 MMWEBID/2307 MicroMessenger/8.0.45.2521(0x28002D3D) WeChat/arm64 Weixin NetType/4G Language/zh_CN ABI/arm64',
                'Mozilla/5.0 (Linux; Android 12; PGBM10 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5317 MMWEBSDK/20230805 MicroMessenger/8.0.42.2460(0x28002A58) WeChat/arm64 Weixin NetType/5G Language/zh_CN ABI/arm64',
                'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40(0x1800282c) NetType/4G Language/zh_CN',
                'Mozilla/5.0 (Linux; Android 14; 23013RK75C Build/UKQ1.230804.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231201 MicroMessenger/8.0.44.2502(0x28002C37) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64'
              ])[1 + g % 5]
       FROM generate_series(1, $4::int) AS g,
            LATERAL (SELECT $5::timestamptz + (g * 604800.0 / $4) * interval '1 second' AS ts) AS t`,
      [ballot.id, candidates.map((c) => c.id), CANDIDATES, VOTES, opensAt],
    );
    // A scripted burst on day 3: 600 fresh accounts, two IPs, one non-WeChat UA, every 1.5 s.
    await pool.query(
      `INSERT INTO votes (id, ballot_id, account_id, day, candidate_ids, cast_at, ip, user_agent)
       SELECT gen_random_uuid(), $1, 'bot' || g, (ts AT TIME ZONE 'Asia/Shanghai')::date, ARRAY[$2::uuid], ts,
              CASE WHEN g % 2 = 0 THEN '203.0.113.7' ELSE '203.0.113.8' END, 'python-requests/2.31.0'
       FROM generate_series(1, 600) AS g, LATERAL (SELECT $3::timestamptz + g * interval '1.5 second' AS ts) AS t`,
      [ballot.id, candidates[7].id, new Date(opensAt.getTime() + 2.5 * 86_400_000)],
    );
    await pool.query('ANALYZE votes');
    progress(`inserted ${VOTES} votes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return ballot.id;
  } finally {
    await pool.end();
  }
}

interface Measured {
  mode: string;
  seconds: number;
  flags: number;
  eldP50: number;
  eldP99: number;
  eldMax: number;
  rssBefore: number;
  rssPeak: number;
  /** CPU seconds of the whole process (all threads): on a busy machine a steadier cost than wall time. */
  cpuS: number;
  extra: string;
}

/** Runs `fn` while watching the main thread's event loop (10 ms resolution) and RSS. */
async function measure(mode: string, fn: () => Promise<{ flags: number; extra: string }>): Promise<Measured> {
  (global as { gc?: () => void }).gc?.();
  await new Promise((r) => setTimeout(r, 200));
  const h = monitorEventLoopDelay({ resolution: 10 });
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  // A plain 10 ms ticker as well: its worst lateness is the longest stall a request could see.
  let last = performance.now();
  let worstGap = 0;
  const sampler = setInterval(() => {
    const t = performance.now();
    worstGap = Math.max(worstGap, t - last - 10);
    last = t;
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 10);
  h.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const { flags, extra } = await fn();
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    // Let the timers fire once more, or a stall at the very end of the pass goes unseen.
    await new Promise((r) => setTimeout(r, 50));
    h.disable();
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    const ms = (ns: number) => Math.round(ns / 1e5) / 10;
    return { mode, seconds, flags, eldP50: ms(h.percentile(50)), eldP99: ms(h.percentile(99)), eldMax: Math.max(ms(h.max), Math.round(worstGap * 10) / 10), rssBefore: mb(rssBefore), rssPeak: mb(rssPeak), cpuS: (cpu.user + cpu.system) / 1e6, extra };
  } finally {
    clearInterval(sampler);
  }
}

async function main(): Promise<void> {
  const reuse = opt('db', '');
  const dbName = reuse || `ballot_detectpass_${randomBytes(4).toString('hex')}`;
  const dbUrl = `${PG_BASE}/${dbName}`;
  const admin = new Client({ connectionString: `${PG_BASE}/postgres` });
  await admin.connect();
  try {
    let ballotId: string;
    if (reuse) {
      const c = new Client({ connectionString: dbUrl });
      await c.connect();
      ballotId = (await c.query<{ id: string }>('SELECT id FROM ballots LIMIT 1')).rows[0].id;
      await c.end();
    } else {
      await admin.query(`CREATE DATABASE ${dbName}`);
      progress(`filling ${dbName}…`);
      ballotId = await fill(dbUrl);
    }
    const cutAt = closesAt;
    const results: Measured[] = [];
    for (const mode of MODES) {
      progress(`pass: ${mode}…`);
      if (mode === 'idle') {
        // The machine's own noise: the same measurement over 15 s with no pass at all.
        results.push(await measure('no pass (baseline noise)', async () => (await new Promise((r) => setTimeout(r, 15_000)), { flags: 0, extra: '15 s idle' })));
      } else if (mode === 'inline') {
        const client = new Client({ connectionString: dbUrl });
        await client.connect();
        try {
          results.push(
            await measure('inline (main thread)', async () => {
              const r = await runDetectionPass(client, ballotId, cutAt);
              return { flags: r.flags.length, extra: `${r.events} events, read ${(r.readMs / 1000).toFixed(1)} s, detect ${(r.detectMs / 1000).toFixed(1)} s` };
            }),
          );
        } finally {
          await client.end();
        }
      } else if (mode === 'worker') {
        const worker = createDetectionWorker({ databaseUrl: dbUrl, statementTimeoutMs: 30_000, passTimeoutMs: 600_000, maxHeapMb: 2048 });
        try {
          results.push(
            await measure('worker thread', async () => {
              const r = await worker.run(ballotId, cutAt);
              return { flags: r.flags.length, extra: `${r.events} events, read ${(r.readMs / 1000).toFixed(1)} s, detect ${(r.detectMs / 1000).toFixed(1)} s, worker heap at end ${r.heapMb} MB` };
            }),
          );
        } finally {
          await worker.close();
        }
      } else if (mode === 'worker-again') {
        // As the service runs passes: a pass a minute, each on a fresh thread (the last one ended when
        // idle), and each sized by the ballot's count at the pass before. The first pass is not measured.
        const worker = createDetectionWorker({ databaseUrl: dbUrl, statementTimeoutMs: 30_000, passTimeoutMs: 600_000, maxHeapMb: 2048, idleMs: 200 });
        try {
          await worker.run(ballotId, cutAt);
          await new Promise((r) => setTimeout(r, 2000));
          results.push(
            await measure('worker thread, second pass', async () => {
              const r = await worker.run(ballotId, cutAt);
              return { flags: r.flags.length, extra: `${r.events} events, read ${(r.readMs / 1000).toFixed(1)} s, detect ${(r.detectMs / 1000).toFixed(1)} s, worker heap at end ${r.heapMb} MB` };
            }),
          );
        } finally {
          await worker.close();
        }
      }
    }
    console.log(`\n${VOTES.toLocaleString('en')} votes, one pass (main-thread event-loop delay, ms; RSS of this process, MB)\n`);
    console.log('| mode | pass s | CPU s | flags | ELD p50 | ELD p99 | ELD max | RSS before → peak | notes |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const r of results) {
      console.log(`| ${r.mode} | ${r.seconds.toFixed(1)} | ${r.cpuS.toFixed(1)} | ${r.flags} | ${r.eldP50} | ${r.eldP99} | ${r.eldMax} | ${r.rssBefore} → ${r.rssPeak} | ${r.extra} |`);
    }
  } finally {
    if (!KEEP) {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      progress(`dropped ${dbName}`);
    } else progress(`kept ${dbName} (reuse with --db ${dbName})`);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
