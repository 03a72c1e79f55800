import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import Redis from 'ioredis';
import type { Pool } from 'pg';
import { createVoterTokens } from '../../src/auth/voter-token';
import { createTestDatabase, deleteRedisPrefix, REDIS_URL, testPool } from '../helpers/databases';
import { countsInPostgres, VoteHistory } from '../helpers/history-checker';
import { deferred } from '../helpers/fault-env';
import { sleep, sparePort } from '../helpers/spare-port';
import { runVoteLoad, sendVote } from '../helpers/vote-load';
import { createBallot } from '../helpers/vote-fixtures';

/**
 * Cluster mode (WEB_CONCURRENCY=2) with the real server process: both workers answer on the one
 * port, /metrics counts what both did, a worker killed outright is replaced, and SIGTERM to the
 * primary drains every worker (exit 0, every 201 in PostgreSQL exactly once). The primary's
 * crash-loop and second-signal rules run over stand-in workers (test/helpers/cluster-fake-primary.ts).
 */
jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const SECRET = 'cluster-test-secret-cluster-test-secret-01';

interface LogLine {
  msg?: string;
  pid?: number;
  workerPid?: number;
  reqId?: string;
  /** The X-Request-Id the test sent (the service makes its own reqId). */
  clientRequestId?: string;
  req?: { method?: string; url?: string };
  level?: number;
}

/** A spawned process whose stdout (pino JSON lines) is kept and searchable. */
class Spawned {
  readonly lines: LogLine[] = [];
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly child: ChildProcess;
  exitedAt = 0;

  constructor(args: string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    this.child.stdout!.on('data', (d) => {
      this.output += String(d);
      const parts = (partial + String(d)).split('\n');
      partial = parts.pop()!;
      for (const line of parts) {
        try {
          this.lines.push(JSON.parse(line) as LogLine);
        } catch {
          // not a log line
        }
      }
    });
    this.child.stderr!.on('data', (d) => (this.output += String(d)));
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => {
        this.exitedAt = performance.now();
        resolve({ code, signal });
      }),
    );
  }

  find(msg: string): LogLine[] {
    return this.lines.filter((l) => l.msg === msg);
  }

  async waitFor(what: string, ok: () => boolean, ms: number): Promise<void> {
    const deadline = performance.now() + ms;
    while (!ok()) {
      if (performance.now() > deadline || this.exitedAt) throw new Error(`${what}: not seen within ${ms} ms; output:\n${this.output}`);
      await sleep(50);
    }
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

/** GET on a connection of its own (the cluster hands each new connection to the next worker). */
function getOnNewConnection(url: string, requestId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, headers: { 'x-request-id': requestId }, timeout: 5000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
  });
}

function metricValue(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

describe('cluster mode: WEB_CONCURRENCY=2, the real server', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: Pool;
  let server: Spawned;
  let baseUrl = '';
  let ballot: Awaited<ReturnType<typeof createBallot>>;
  const redisPrefix = `t:${randomBytes(5).toString('hex')}:`;
  const tokens = createVoterTokens(SECRET, 86400);
  // eslint-disable-next-line no-restricted-properties -- the spawned server checks expiry against real time
  const token = (accountId: string) => tokens.mint(accountId, new Date(Date.now())).token;
  const listeningPids = () => server.find('worker listening').map((l) => l.workerPid!);

  beforeAll(async () => {
    db = await createTestDatabase();
    pool = testPool(db.url, 3);
    // The spawned server runs on the system clock: the ballot opened an hour ago.
    // eslint-disable-next-line no-restricted-properties -- as above
    ballot = await createBallot(pool, { opensAt: new Date(Date.now() - 3600_000).toISOString(), candidates: 4 });
    const port = await sparePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = new Spawned(['src/server.ts'], {
      ...process.env,
      NODE_ENV: 'test',
      WEB_CONCURRENCY: '2',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: db.url,
      REDIS_URL,
      REDIS_KEY_PREFIX: redisPrefix,
      VOTER_TOKEN_SECRET: SECRET,
      LOG_LEVEL: 'info',
      DETECT_INTERVAL_MS: '0',
      PG_POOL_MAX: '5',
      RATE_LIMIT_VOTE_PER_IP_PER_MIN: '1000000',
    });
    // Each worker compiles the sources (tsx) before it listens; one CI run, busy with the other
    // suites, saw a worker still silent after 30 s while the other listened within 5 s.
    await server.waitFor('two workers listening', () => listeningPids().length === 2, 80_000);
  }, 90_000);

  afterAll(async () => {
    server?.kill();
    await pool?.end();
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await deleteRedisPrefix(redis, redisPrefix);
    redis.disconnect();
    await db?.drop();
  });

  it('both workers answer; /metrics counts the votes of both', async () => {
    const [a, b] = listeningPids();
    // The primary migrated once; the workers were told not to.
    expect(server.find('worker started').length).toBe(2);

    // New connections go to the workers in turn; the access line of each request names its process.
    for (let i = 0; i < 10; i++) {
      expect(await getOnNewConnection(`${baseUrl}/health`, `cluster-health-${i}`)).toBe(200);
    }
    await server.waitFor('access lines', () => server.lines.filter((l) => l.clientRequestId?.startsWith('cluster-health-')).length === 10, 5000);
    expect(new Set(server.lines.filter((l) => l.clientRequestId?.startsWith('cluster-health-')).map((l) => l.pid))).toEqual(new Set([a, b]));

    // Votes over several connections, so both workers take some.
    const history = new VoteHistory();
    await Promise.all(
      Array.from({ length: 4 }, async (_, c) => {
        for (let i = 0; i < 8; i++) {
          const accountId = `cluster-${c}-${i}`;
          const candidateIds = [ballot.candidates[i % ballot.candidates.length]!.id];
          const startedAt = performance.now();
          const outcome = await sendVote(baseUrl, ballot.id, token(accountId), candidateIds, 5000);
          history.record({ ballotId: ballot.id, accountId, candidateIds, startedAt, endedAt: performance.now(), outcome });
        }
      }),
    );
    expect(history.stats()).toEqual({ total: 32, '201': 32 });
    const voteUrl = `/v1/ballots/${ballot.id}/votes`;
    await server.waitFor('vote access lines', () => server.lines.filter((l) => l.req?.url === voteUrl).length === 32, 5000);
    const byWorker = new Map<number, number>();
    for (const l of server.lines.filter((x) => x.req?.url === voteUrl)) byWorker.set(l.pid!, (byWorker.get(l.pid!) ?? 0) + 1);
    expect([...byWorker.keys()].sort()).toEqual([a, b].sort());

    // Whichever worker answers the scrape, it reports the cluster: every vote, from both workers.
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${baseUrl}/metrics`, { signal: AbortSignal.timeout(10_000) });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(metricValue(text, 'votes_total{outcome="accepted"}')).toBe(32);
      expect(metricValue(text, `http_request_duration_seconds_count{method="POST",route="/v1/ballots/:ballotId/votes",status="201"}`)).toBe(32);
    }
    expect((await history.check(pool)).violations).toEqual([]);
  });

  it('a worker killed outright is replaced; the other keeps serving meanwhile', async () => {
    const [victim, survivor] = listeningPids();
    process.kill(victim!, 'SIGKILL');
    await server.waitFor('the death logged', () => server.find('worker died unexpectedly').some((l) => l.workerPid === victim), 5000);
    expect(server.lines.find((l) => l.msg === 'worker died unexpectedly')?.level).toBe(50); // error
    expect(await getOnNewConnection(`${baseUrl}/health`, 'cluster-while-down')).toBe(200);
    // While the replacement starts it cannot report its metrics yet: the scrape says so at once
    // instead of waiting out prom-client's 5 s timeout.
    await server.waitFor('the replacement forked', () => server.find('worker started').length === 3, 5000);
    const scrapeStarted = performance.now();
    const scrape = await fetch(`${baseUrl}/metrics`, { signal: AbortSignal.timeout(10_000) });
    expect({ status: scrape.status, code: ((await scrape.json()) as { code?: string }).code }).toEqual({ status: 503, code: 'UNAVAILABLE' });
    expect(performance.now() - scrapeStarted).toBeLessThan(2000);
    await server.waitFor('a new worker listening', () => listeningPids().length === 3, 30_000);
    const replacement = listeningPids()[2]!;
    expect([victim, survivor]).not.toContain(replacement);
    // Both live workers answer again.
    for (let i = 0; i < 6; i++) {
      expect(await getOnNewConnection(`${baseUrl}/health`, `cluster-after-kill-${i}`)).toBe(200);
    }
    await server.waitFor('access lines', () => server.lines.filter((l) => l.clientRequestId?.startsWith('cluster-after-kill-')).length === 6, 5000);
    expect(new Set(server.lines.filter((l) => l.clientRequestId?.startsWith('cluster-after-kill-')).map((l) => l.pid))).toEqual(new Set([survivor, replacement]));
    expect((await fetch(`${baseUrl}/metrics`, { signal: AbortSignal.timeout(10_000) })).status).toBe(200);
  });

  it('SIGTERM to the primary drains every worker under load: exit 0, every 201 stored exactly once', async () => {
    const history = new VoteHistory();
    const stop = deferred();
    const load = runVoteLoad({
      baseUrl: () => baseUrl,
      ballotId: ballot.id,
      candidateIds: ballot.candidates.map((c) => c.id),
      token,
      history,
      concurrency: 8,
      until: stop.promise,
      accountPrefix: 'cluster-term-',
      timeoutMs: 8000,
    });
    const warm = performance.now();
    while (history.attempts.filter((a) => a.outcome.kind === 'response' && a.outcome.status === 201).length < 30 && performance.now() - warm < 15_000) await sleep(50);
    history.outageBegins('service');
    const signalledAt = performance.now();
    server.child.kill('SIGTERM');
    const { code, signal } = await server.exited;
    await sleep(200);
    stop.resolve();
    await load;

    expect({ code, signal, output: code === 0 ? '' : server.output }).toEqual({ code: 0, signal: null, output: '' });
    expect(server.exitedAt - signalledAt).toBeLessThan(10_000);
    expect(server.find('worker exited').length).toBe(2);
    expect(server.find('all workers exited')).toEqual([expect.objectContaining({ exitCode: 0 })]);

    const report = await history.check(pool, { graceMs: 0 });
    expect(report.violations).toEqual([]);
    expect(report.stats['201']).toBeGreaterThanOrEqual(30);
    // Requests sent well before the signal got real answers, not cut-offs or 503s.
    const before = history.attempts.filter((a) => a.startedAt < signalledAt - 50);
    expect(before.filter((a) => a.outcome.kind !== 'response' || a.outcome.status >= 500).map((a) => a.outcome)).toEqual([]);
    const pg = await countsInPostgres(pool, ballot.id);
    for (const c of ballot.candidates) expect({ id: c.id, tally: pg.tallies[c.id] ?? 0 }).toEqual({ id: c.id, tally: pg.byCandidate[c.id] ?? 0 });
  });
});

describe('cluster primary: workers that will not run or will not stop', () => {
  const fake = (mode: 'crash' | 'hang') => new Spawned(['test/helpers/cluster-fake-primary.ts'], { ...process.env, FAKE_WORKER: mode });
  let primary: Spawned | null = null;
  afterEach(() => primary?.kill());

  it('workers that keep dying at start: the primary gives up and exits 1 instead of forking forever', async () => {
    primary = fake('crash');
    const { code } = await primary.exited;
    expect(code).toBe(1);
    expect(primary.find('worker died unexpectedly').length).toBe(5);
    expect(primary.find('workers keep dying: giving up, stopping the others')).toHaveLength(1);
  });

  it('a second signal kills workers that do not drain: exit 1 at once', async () => {
    primary = fake('hang');
    await primary.waitFor('two workers', () => primary!.find('fake worker ready').length === 2, 20_000);
    primary.child.kill('SIGTERM');
    await primary.waitFor('shutting down', () => primary!.find('shutting down: draining the workers').length === 1, 5000);
    await sleep(300);
    expect(primary.exitedAt).toBe(0); // still waiting for the workers
    const signalledAt = performance.now();
    primary.child.kill('SIGINT');
    const { code } = await primary.exited;
    expect(code).toBe(1);
    expect(primary.exitedAt - signalledAt).toBeLessThan(3000);
    expect(primary.find('worker exited with a failure').map((l) => (l as { signal?: string }).signal)).toEqual(['SIGKILL', 'SIGKILL']);
  });
});
