import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { createOpenBallot, createAdminKey, type LoadBallot } from './lib/ballot-setup';
import { phaseTable, runPhase, type PhaseResult, type PhaseSpec } from './lib/bench';
import { buildService, flagOption, listOption, machineDescription, numberOption, readOptions, textOption, workersOption } from './lib/options';
import { busiestProfile, nowUs, readProfile, topSelfTime, type ProfileWindow } from './lib/cpu-profile';
import { cpuWindow, machineCpu, type CpuWindow } from './lib/proc-stats';
import { scrapeMetrics } from './lib/metrics-scraper';
import { checkTallies, loadStoredVotes, reconcileVotes } from './lib/reconcile';
import { createScratchEnv, deleteRedisKeys, dropDatabase, logFileFor, serviceEnv } from './lib/scratch-env';
import { freePort, launch, type Launched } from './lib/service-launcher';
import { type AccountMint, createAccountMint } from './lib/token-mint';
import { baselineRequest, duplicateVoteRequest, newVoteRequest, voteBodies } from './lib/vote-requests';
import { VoteTracker } from './lib/vote-tracker';

/**
 * `npm run load`: one run measures a bare-Fastify baseline and the service's four hot routes
 * with the same load generator on the same machine, then reconciles PostgreSQL against every
 * answer the clients got. Exit 1 when reconciliation fails (or the run breaks); target misses
 * are printed as FAIL and only change the exit code with LOAD_STRICT=1 (exit 3).
 */

/** The measured phases, by the names `--only` takes. */
const PHASES = ['prototype', 'accepted', 'duplicates', 'public', 'scores'];

const opts = readOptions('npm run load', {
  durationS: numberOption('LOAD_DURATION_S', 10),
  warmupS: numberOption('LOAD_WARMUP_S', 3),
  connections: numberOption('LOAD_CONNECTIONS', 100),
  /** WEB_CONCURRENCY of both the baseline and the service, so the ratio compares servers started alike
   * (with N > 1 the baseline also runs as one process, and the faster of the two is the yardstick). */
  workers: workersOption('LOAD_WORKERS'),
  preMint: numberOption('LOAD_TOKENS', 200_000),
  skipBuild: flagOption('LOAD_SKIP_BUILD'),
  keep: flagOption('LOAD_KEEP'),
  strict: flagOption('LOAD_STRICT'),
  /** Start the service with --cpu-prof and print where its CPU went (adds some overhead). */
  profile: flagOption('LOAD_PROFILE'),
  /** The service's entry script, relative to the repository (another build's copy, for A/B runs). */
  entry: textOption('LOAD_ENTRY', 'dist/server.js'),
  /** Extra environment for the service, comma-separated NAME=value (e.g. ACCESS_LOG_SAMPLE=0.01). */
  serviceEnv: listOption('LOAD_SERVICE_ENV', []),
  /** Comma-separated subset of accepted,duplicates,public,scores (e.g. to profile one route); the
   * baseline always runs. Targets of skipped phases print as FAIL. */
  only: listOption('LOAD_ONLY', PHASES),
});
const unknownPhases = opts.only.filter((phase) => !PHASES.includes(phase));
if (unknownPhases.length > 0) {
  console.error(`npm run load: --only: unknown phase ${unknownPhases.join(', ')}; phases: ${PHASES.join(',')}`);
  process.exit(2);
}

/** Ratios to the bare route's req/s (and its p99), measured in the same run. */
const extraServiceEnv = Object.fromEntries(
  opts.serviceEnv.map((pair) => {
    const eq = pair.indexOf('=');
    if (eq <= 0) {
      console.error(`npm run load: --service-env: expected NAME=value, got ${pair}`);
      process.exit(2);
    }
    return [pair.slice(0, eq), pair.slice(eq + 1)];
  }),
);

const TARGETS = {
  acceptedRatio: 0.4,
  acceptedP99OverBaseline: 2.5,
  duplicateRatio: 0.6,
  publicReadRatio: 0.9,
};

interface Measured extends PhaseResult {
  cpu: CpuWindow;
  /** service CPU per answered request, in microseconds */
  cpuUsPerReq: number;
  /** CPU of all PostgreSQL and Redis processes per request, µs */
  storesCpuUsPerReq: number;
  /** when the measured part ran (not the warm-up), to cut the CPU profile by phase */
  window?: ProfileWindow;
}

const env = createScratchEnv('load');
const children: Launched[] = [];
let cleaned = false;

/** Stops the children and removes the scratch data; logs are kept when the run failed. */
async function cleanup(failed = false): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  for (const c of children) await c.stop().catch(() => {});
  if (opts.keep) {
    console.log(`kept: database ${env.databaseName}, Redis prefix ${env.redisKeyPrefix}, logs ${logFileFor(env, '*')}`);
    return;
  }
  await dropDatabase(env).catch((err) => console.error(`could not drop ${env.databaseName}: ${(err as Error).message}`));
  await deleteRedisKeys(env).catch((err) => console.error(`could not clean Redis prefix ${env.redisKeyPrefix}: ${(err as Error).message}`));
  if (failed) console.error(`logs kept: ${logFileFor(env, 'baseline')}, ${logFileFor(env, 'service')}`);
  else for (const name of ['baseline', 'service']) rmSync(logFileFor(env, name), { force: true });
}

process.once('SIGINT', () => {
  console.error('\ninterrupted: cleaning up');
  void cleanup(true).finally(() => process.exit(130));
});

function log(msg: string): void {
  console.log(`[${new Date().toISOString()}] ${msg}`);
}

/** The share of the service's CPU spent in the kernel in a phase; null when it used none. */
const kernelShare = (r: Measured) => (r.cpu.serviceCpuS > 0 ? r.cpu.serviceSystemS / r.cpu.serviceCpuS : null);
/** The service's socket writes per request in a phase; null when it answered none. */
const writesPerRequest = (r: Measured) => (r.total > 0 ? r.cpu.serviceWriteCalls / r.total : null);
const orDash = (v: number | null, show: (v: number) => string) => (v === null ? '-' : show(v));

/** Warm-up (not reported), then the measured run, with CPU accounting around the latter. */
async function measure(spec: Omit<PhaseSpec, 'durationS' | 'connections'>, target: Launched): Promise<Measured> {
  if (opts.warmupS > 0) {
    log(`${spec.name}: warm-up ${opts.warmupS} s`);
    await runPhase({ ...spec, name: `${spec.name} (warm-up)`, durationS: opts.warmupS, connections: opts.connections });
  }
  log(`${spec.name}: measuring ${opts.durationS} s × ${opts.connections} connections`);
  const stopCpu = cpuWindow(target.pid);
  const fromUs = nowUs();
  const r = await runPhase({ ...spec, durationS: opts.durationS, connections: opts.connections });
  const window = { fromUs, toUs: nowUs() };
  const cpu = stopCpu();
  log(
    `${spec.name}: ${r.rps} req/s, p99 ${r.p99} ms, statuses ${JSON.stringify(r.statuses)}; ` +
      `CPU: service ${cpu.service.toFixed(2)} cores, generator ${cpu.generator.toFixed(2)}, PostgreSQL+Redis ${cpu.stores.toFixed(2)}, machine ${(cpu.machineBusy * 100).toFixed(0)}% busy; ` +
      `service RSS ${Math.round((target.rssKb() ?? 0) / 1024)} MB`,
  );
  const perReq = (s: number) => (r.total > 0 ? Math.round((s * 1e6) / r.total) : 0);
  return { ...r, cpu, cpuUsPerReq: perReq(cpu.serviceCpuS), storesCpuUsPerReq: perReq(cpu.storesCpuS), window };
}

const MINOR_GCS = 'nodejs_gc_duration_seconds_count{kind="minor"}';
const NEW_SPACE = 'nodejs_heap_space_size_total_bytes{space="new"}';
const BATCH_SERIES = ['vote_batch_size_sum', 'vote_batch_size_count', 'vote_batch_duration_seconds_sum', MINOR_GCS, NEW_SPACE];

/**
 * Rough bytes allocated per request: minor collections × the young generation's usable half (a
 * scavenge runs when one semi-space fills), over the requests answered. Good to a factor, for
 * comparing builds, not an exact count; the warm-up's collections are counted too, so it errs high.
 */
function allocationEstimate(before: Record<string, number | null>, after: Record<string, number | null>, requests: number): string {
  const gcs = (after[MINOR_GCS] ?? 0) - (before[MINOR_GCS] ?? 0);
  const semi = (after[NEW_SPACE] ?? 0) / 2;
  if (gcs <= 0 || semi <= 0 || requests <= 0) return 'allocation estimate unavailable';
  return `${gcs} minor GCs, young generation ${(semi / 2 ** 20).toFixed(1)} MB per semi-space: about ${Math.round((gcs * semi) / requests / 1024)} kB allocated per request`;
}

/** Mean votes per INSERT and mean statement time over a phase, from the service's own histograms. */
function batchSummary(before: Record<string, number | null>, after: Record<string, number | null>): string {
  const d = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
  const batches = d('vote_batch_size_count');
  if (batches <= 0) return 'no batches seen (metrics unavailable?)';
  return `${batches} batches, ${(d('vote_batch_size_sum') / batches).toFixed(1)} votes per batch on average, ${((d('vote_batch_duration_seconds_sum') / batches) * 1000).toFixed(1)} ms per batch write`;
}

/**
 * The prototype (load-tests/prototype-server.ts) on the service's database and Redis, with fresh
 * accounts: its accepted votes per second, and a check that each of its 201s is one row.
 */
async function measurePrototype(ballot: LoadBallot, bodies: string[], mint: AccountMint): Promise<Measured> {
  const protoPort = await freePort();
  const proto = await launch({
    name: 'prototype',
    args: ['--enable-source-maps', '--require', require.resolve('tsx/cjs'), 'load-tests/prototype-server.ts'],
    env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(protoPort), DATABASE_URL: env.databaseUrl, REDIS_URL: env.redisUrl, REDIS_KEY_PREFIX: `${env.redisKeyPrefix}proto:`, VOTER_TOKEN_SECRET: env.voterTokenSecret },
    port: protoPort,
    logFile: logFileFor(env, 'prototype'),
    readyPath: '/health',
    workers: 1,
  });
  children.push(proto);
  const tracker = new VoteTracker();
  const result = await measure({ name: 'prototype votes', url: proto.url, requests: [newVoteRequest(ballot.id, bodies, mint, tracker)], expected: [201] }, proto);
  await proto.stop();
  const db = new Client({ connectionString: env.databaseUrl });
  await db.connect();
  try {
    // Every 201 is a row (the table's unique key allows one per account and day); votes still in
    // flight when the phase ended may be rows without a 201.
    const { rows } = await db.query<{ openid: string }>('SELECT openid FROM proto_votes');
    const stored = new Set(rows.map((r) => r.openid));
    const acknowledged = tracker.votedAccounts();
    const lost = acknowledged.filter((openid) => !stored.has(openid)).length;
    if (lost > 0) throw new Error(`prototype: ${lost} of ${acknowledged.length} acknowledged votes are not in proto_votes`);
    log(`prototype votes: ${acknowledged.length} acknowledged, all stored; ${rows.length - acknowledged.length} more stored while in flight at the end`);
  } finally {
    await db.end();
  }
  return result;
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL';
}

async function main(): Promise<number> {
  const startedAt = new Date();
  log(`machine: ${machineDescription()}`);
  log(`load generator: autocannon in this process (same machine as the service, PostgreSQL and Redis)`);
  log(`settings: ${JSON.stringify(opts)}; scratch database ${env.databaseName}, Redis prefix ${env.redisKeyPrefix}`);

  if (!opts.skipBuild) {
    log('building the service (npm run build)');
    buildService();
  }

  // Other work on the machine skews every figure; say how busy it was before the run started.
  const idle0 = machineCpu();
  await sleep(2000);
  const idle1 = machineCpu();
  const busyBefore = (idle1.busy - idle0.busy) / Math.max(1, idle1.total - idle0.total);
  log(`machine ${(busyBefore * 100).toFixed(0)}% busy before the run${busyBefore > 0.15 ? ' — WARNING: other processes are competing for the CPU; figures will be low' : ''}`);

  const t0 = performance.now();
  const mint = createAccountMint(env.voterTokenSecret, env.runId, opts.preMint);
  log(`minted ${opts.preMint} voter tokens in ${Math.round(performance.now() - t0)} ms`);

  // 1. Baseline, alone on the machine. In cluster mode it runs both ways, and the ratios use the
  // faster one: with the load generator on the same 2 cores, a clustered bare route can be slower
  // than a single process, and a weaker yardstick must not flatter the service.
  // Candidate ids do not matter to the baseline; the body has the same shape and size as a vote.
  const fakeCandidates = Array.from({ length: 20 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const measureBaseline = async (workers: number, logged = false): Promise<Measured> => {
    const basePort = await freePort();
    const baseline = await launch({
      name: 'baseline',
      args: ['--enable-source-maps', '--require', require.resolve('tsx/cjs'), 'load-tests/baseline-server.ts'],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        BASELINE_LOGGER: logged ? '1' : '0',
        HOST: '127.0.0.1',
        PORT: String(basePort),
        WEB_CONCURRENCY: String(workers),
      },
      port: basePort,
      logFile: logFileFor(env, 'baseline'),
      readyPath: '/health',
      workers,
    });
    children.push(baseline);
    const kind = logged ? 'logged baseline' : 'baseline';
    const name = opts.workers > 1 ? `${kind} (${workers === 1 ? '1 process' : `${workers} workers`})` : kind;
    const result = await measure({ name, url: baseline.url, requests: [baselineRequest(voteBodies(fakeCandidates), mint)], expected: [201] }, baseline);
    await baseline.stop();
    return result;
  };
  const baselines = [await measureBaseline(opts.workers)];
  if (opts.workers > 1) baselines.push(await measureBaseline(1));
  const baseResult = baselines.reduce((a, b) => (b.rps > a.rps ? b : a));
  if (baselines.length > 1) log(`ratios use the faster baseline: ${baseResult.name}`);
  // Shown beside, not the yardstick: the same route writing pino's access line per request.
  const loggedBaseline = await measureBaseline(opts.workers, true);

  // 2. The service, production mode.
  const profileDir = path.join(os.tmpdir(), `ballot-${env.runId}-profile`);
  const port = await freePort();
  // Production serves /metrics on a listener of its own; a free port, so parallel runs do not collide.
  const metricsPort = await freePort();
  const metricsUrl = `http://127.0.0.1:${metricsPort}`;
  log(`starting the service (node ${opts.entry}, NODE_ENV=production, WEB_CONCURRENCY=${opts.workers})`);
  const service = await launch({
    name: 'service',
    args: ['--enable-source-maps', ...(opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), opts.entry],
    env: serviceEnv(env, port, { WEB_CONCURRENCY: String(opts.workers), METRICS_PORT: String(metricsPort), ...extraServiceEnv }),
    port,
    logFile: logFileFor(env, 'service'),
    readyPath: '/ready',
    workers: opts.workers,
  });
  children.push(service);
  const adminKey = await createAdminKey(env.databaseUrl, `load-${env.runId}`);
  const ballot: LoadBallot = await createOpenBallot(service.url, adminKey);
  log(`ballot ${ballot.id} open with ${ballot.candidateIds.length} candidates`);
  const bodies = voteBodies(ballot.candidateIds);
  const tracker = new VoteTracker();

  const skipped = (name: string): Measured => ({
    name: `${name} (skipped)`, rps: 0, total: 0, durationS: 0, p50: 0, p97_5: 0, p99: 0, max: 0, errors: 0, timeouts: 0, non2xx: 0, unexpected: 0,
    statuses: {}, ratio: null, cpuUsPerReq: 0, storesCpuUsPerReq: 0, cpu: { service: 0, generator: 0, stores: 0, machineBusy: 0, serviceCpuS: 0, serviceSystemS: 0, serviceWriteCalls: 0, storesCpuS: 0, wallS: 0 },
  });
  const run = (key: string, name: string, fn: () => Promise<Measured>) => (opts.only.includes(key) ? fn() : Promise.resolve(skipped(name)));
  // A second yardstick: the plainest vote path with the same core guarantees, on the same data stores.
  const prototype = await run('prototype', 'prototype votes', () => measurePrototype(ballot, bodies, mint));
  const batchesBefore = await scrapeMetrics(metricsUrl, BATCH_SERIES);
  const accepted = await run('accepted', 'accepted votes', () => measure(
    { name: 'accepted votes', url: service.url, requests: [newVoteRequest(ballot.id, bodies, mint, tracker)], expected: [201] },
    service,
  ));
  const batchesAfter = await scrapeMetrics(metricsUrl, BATCH_SERIES);
  log(`accepted votes: group commit ${batchSummary(batchesBefore, batchesAfter)}`);
  log(`accepted votes: ${allocationEstimate(batchesBefore, batchesAfter, accepted.total)}`);
  const voted = tracker.votedAccounts();
  const duplicates = await run('duplicates', 'duplicate votes', () => measure(
    { name: 'duplicate votes', url: service.url, requests: [duplicateVoteRequest(ballot.id, bodies, mint, voted, tracker)], expected: [409] },
    service,
  ));
  const publicRead = await run('public', 'public ballot read', () => measure(
    { name: 'public ballot read', url: service.url, requests: [{ method: 'GET', path: `/v1/ballots/${ballot.id}` }], expected: [200] },
    service,
  ));
  const scores = await run('scores', 'provisional scores', () => measure(
    {
      name: 'provisional scores',
      url: service.url,
      requests: [{ method: 'GET', path: `/v1/ballots/${ballot.id}/scores`, headers: { authorization: `Bearer ${adminKey}` } }],
      expected: [200],
    },
    service,
  ));
  const rssAfterKb = service.rssKb();

  // 3. Reconciliation, once everything in flight has settled.
  await sleep(1000);
  const db = new Client({ connectionString: env.databaseUrl });
  await db.connect();
  let reconcileOk = false;
  let reconcileStats: ReturnType<typeof reconcileVotes>['stats'] | null = null;
  const problems: string[] = [];
  try {
    const stored = await loadStoredVotes(db, ballot.id);
    const report = reconcileVotes(tracker, stored);
    reconcileStats = report.stats;
    problems.push(...report.problems, ...(await checkTallies(db, ballot.id)));
    // The live counts the public sees (Redis fast path) must have caught up with PostgreSQL.
    let live: number | null = null;
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${service.url}/v1/ballots/${ballot.id}`);
      live = ((await res.json()) as { totalVotes?: number }).totalVotes ?? null;
      if (live === stored.length) break;
      await sleep(500);
    }
    if (live !== stored.length) problems.push(`public totalVotes ${live} ≠ ${stored.length} votes in PostgreSQL (after 10 s)`);
    reconcileOk = problems.length === 0;
  } finally {
    await db.end();
  }

  // 4. Report.
  const results: Measured[] = [...baselines, loggedBaseline, prototype, accepted, duplicates, publicRead, scores];
  for (const r of results) r.ratio = baseResult.rps > 0 ? r.rps / baseResult.rps : null;
  console.log('\n' + phaseTable(results));
  console.log(
    '\nCPU during each measured phase (cores; 2 available): ' +
      results.map((r) => `${r.name}: service ${r.cpu.service.toFixed(2)} (${r.cpuUsPerReq} µs CPU/req, ${orDash(kernelShare(r), (v) => `${Math.round(100 * v)}%`)} in the kernel, ${orDash(writesPerRequest(r), (v) => v.toFixed(2))} socket writes/req), generator ${r.cpu.generator.toFixed(2)}, PostgreSQL+Redis ${r.cpu.stores.toFixed(2)} (${r.storesCpuUsPerReq} µs/req), machine ${(r.cpu.machineBusy * 100).toFixed(0)}%`).join('; '),
  );

  const ratio = (r: Measured) => r.ratio ?? 0;
  const targets = [
    { name: `accepted votes ≥ ${TARGETS.acceptedRatio} × baseline`, ok: ratio(accepted) >= TARGETS.acceptedRatio, value: +ratio(accepted).toFixed(3) },
    {
      name: `accepted votes p99 ≤ ${TARGETS.acceptedP99OverBaseline} × baseline p99 (${baseResult.p99} ms)`,
      ok: accepted.p99 <= TARGETS.acceptedP99OverBaseline * baseResult.p99,
      value: accepted.p99,
    },
    { name: 'accepted votes: no errors, timeouts or non-201', ok: accepted.errors + accepted.timeouts + accepted.unexpected === 0, value: accepted.errors + accepted.timeouts + accepted.unexpected },
    { name: `duplicate votes ≥ ${TARGETS.duplicateRatio} × baseline`, ok: ratio(duplicates) >= TARGETS.duplicateRatio, value: +ratio(duplicates).toFixed(3) },
    { name: 'duplicate votes: all 409 ALREADY_VOTED_TODAY', ok: duplicates.unexpected + duplicates.errors === 0, value: duplicates.unexpected + duplicates.errors },
    { name: `public ballot read ≥ ${TARGETS.publicReadRatio} × baseline`, ok: ratio(publicRead) >= TARGETS.publicReadRatio, value: +ratio(publicRead).toFixed(3) },
    { name: 'every 201 in PostgreSQL exactly once; tallies exact', ok: reconcileOk, value: problems.length },
  ];
  console.log('\nTargets:');
  for (const t of targets) console.log(`  ${verdict(t.ok)}  ${t.name}  (${t.value})`);
  console.log(
    `\nReconciliation: ${verdict(reconcileOk)}; ${JSON.stringify(reconcileStats)}; requests sent ${tracker.sentCount}, answered ${tracker.respondedCount}; ` +
      `tokens minted on the fly ${mint.mintedOnTheFly()}`,
  );
  for (const p of problems) console.log(`  ✗ ${p}`);

  const summary = (r: Measured) => ({
    rps: r.rps,
    total: r.total,
    p50: r.p50,
    p97_5: r.p97_5,
    p99: r.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    unexpected: r.unexpected,
    statuses: r.statuses,
    ratio: r.ratio === null ? null : +r.ratio.toFixed(3),
    serviceCores: +r.cpu.service.toFixed(2),
    generatorCores: +r.cpu.generator.toFixed(2),
    serviceCpuUsPerReq: r.cpuUsPerReq,
    serviceKernelShare: +(kernelShare(r) ?? 0).toFixed(2),
    serviceWritesPerReq: +(writesPerRequest(r) ?? 0).toFixed(2),
    storesCpuUsPerReq: r.storesCpuUsPerReq,
  });
  console.log(
    'LOAD_RESULT ' +
      JSON.stringify({
        date: startedAt.toISOString(),
        machine: machineDescription(),
        settings: opts,
        workers: opts.workers,
        machineBusyBefore: +busyBefore.toFixed(2),
        baseline: { name: baseResult.name, ...summary(baseResult) },
        loggedBaseline: summary(loggedBaseline),
        baselines: baselines.map((b) => ({ name: b.name, ...summary(b) })),
        prototype: summary(prototype),
        accepted: summary(accepted),
        duplicates: summary(duplicates),
        publicRead: summary(publicRead),
        scores: summary(scores),
        serviceRssMb: rssAfterKb === null ? null : Math.round(rssAfterKb / 1024),
        reconciliation: { ok: reconcileOk, ...reconcileStats, problems },
        targets: Object.fromEntries(targets.map((t) => [t.name, t.ok])),
      }),
  );

  if (opts.profile) {
    await service.stop(); // --cpu-prof writes the profile at exit
    // In cluster mode every process writes a profile; the busiest is a worker's, not the primary's.
    const file = busiestProfile(profileDir);
    if (file) {
      console.log(`\nService CPU profile: ${file}`);
      const profile = readProfile(file);
      // Each phase's own samples (its measured seconds, not the warm-up), idle time included.
      for (const r of [accepted, duplicates, publicRead, scores]) {
        if (!r.window) continue;
        console.log(`\n${r.name} (self time, the measured ${opts.durationS} s only; samples ${r.window.fromUs}–${r.window.toUs} µs):`);
        for (const f of topSelfTime(profile, 20, r.window)) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
      }
    } else console.log(`\nno CPU profile found in ${profileDir}`);
  }

  if (!reconcileOk) {
    console.error('\nRECONCILIATION FAILED: PostgreSQL does not hold exactly the acknowledged votes (see above).');
    return 1;
  }
  if (opts.strict && targets.some((t) => !t.ok)) return 3;
  return 0;
}

main()
  .then(async (code) => {
    await cleanup(code === 1);
    process.exit(code);
  })
  .catch(async (err) => {
    console.error(`load test failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    await cleanup(true);
    process.exit(1);
  });
