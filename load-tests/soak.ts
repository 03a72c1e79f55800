import { rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { createAdminKey, createOpenBallot } from './lib/ballot-setup';
import { formatTable, runPhase, type PhaseResult } from './lib/bench';
import { scrapeMetrics } from './lib/metrics-scraper';
import { buildService, flagOption, machineDescription, numberOption, readOptions, workersOption } from './lib/options';
import { cpuWindow } from './lib/proc-stats';
import { checkTallies, loadStoredVotes, reconcileVotes } from './lib/reconcile';
import { rateShortfalls } from './lib/rate-shortfall';
import { rssTrend, type RssReading } from './lib/rss-trend';
import { createScratchEnv, deleteRedisKeys, dropDatabase, logFileFor, serviceEnv } from './lib/scratch-env';
import { freePort, launch, type Launched } from './lib/service-launcher';
import { createAccountMint } from './lib/token-mint';
import { duplicateVoteRequest, newVoteRequest, voteBodies } from './lib/vote-requests';
import { VoteTracker } from './lib/vote-tracker';

/**
 * `npm run soak`: SOAK_SECONDS (300) of mixed traffic at fixed rates against the production-mode
 * service — new votes, duplicate votes, public reads, score reads, all at once — sampling the
 * service's RSS (/proc) and event-loop delay (its /metrics) every SOAK_SAMPLE_S (15) seconds.
 * Verdict: RSS ≤ 300 MB throughout (watched every RSS_WATCH_MS between the samples, so the detection
 * pass's short peaks are not missed), and the last third's median RSS (of those readings) no more
 * than 5% above the middle third's (the first third is start-up and JIT warm-up; lib/rss-trend.ts
 * says why medians). The votes are reconciled with PostgreSQL at the end, as in `npm run load`. SOAK_WORKERS (--workers=N) starts the service with
 * WEB_CONCURRENCY=N: RSS is then the sum over the primary and its workers (each is printed too), and
 * the metrics are the cluster's aggregate (heap summed, event-loop lag p99 averaged and max the largest).
 */

/** How often the RSS peak is read between samples. */
const RSS_WATCH_MS = 250;

const opts = readOptions('npm run soak', {
  seconds: numberOption('SOAK_SECONDS', 300),
  sampleS: numberOption('SOAK_SAMPLE_S', 15),
  newVotesPerS: numberOption('SOAK_NEW_VOTES_PER_S', 2000),
  duplicatesPerS: numberOption('SOAK_DUPLICATES_PER_S', 1000),
  publicReadsPerS: numberOption('SOAK_PUBLIC_READS_PER_S', 2000),
  scoreReadsPerS: numberOption('SOAK_SCORE_READS_PER_S', 20),
  rssLimitMb: numberOption('SOAK_RSS_LIMIT_MB', 300),
  growthLimit: numberOption('SOAK_GROWTH_LIMIT', 0.05),
  skipBuild: flagOption('SOAK_SKIP_BUILD'),
  keep: flagOption('SOAK_KEEP'),
  workers: workersOption('SOAK_WORKERS'),
});

const env = createScratchEnv('soak');
let service: Launched | null = null;
let cleaned = false;

async function cleanup(failed: boolean): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  if (service) await service.stop().catch(() => {});
  if (opts.keep) {
    console.log(`kept: database ${env.databaseName}, Redis prefix ${env.redisKeyPrefix}, log ${logFileFor(env, 'service')}`);
    return;
  }
  await dropDatabase(env).catch((err) => console.error(`could not drop ${env.databaseName}: ${(err as Error).message}`));
  await deleteRedisKeys(env).catch((err) => console.error(`could not clean Redis prefix ${env.redisKeyPrefix}: ${(err as Error).message}`));
  if (failed) console.error(`log kept: ${logFileFor(env, 'service')}`);
  else rmSync(logFileFor(env, 'service'), { force: true });
}

process.once('SIGINT', () => {
  console.error('\ninterrupted: cleaning up');
  void cleanup(true).finally(() => process.exit(130));
});

function log(msg: string): void {
  console.log(`[${new Date().toISOString()}] ${msg}`);
}

interface Sample {
  t: number;
  /** the whole process tree (primary + workers), at the sample */
  rssMb: number | null;
  /** the highest the tree's RSS was, read every RSS_WATCH_MS, since the previous sample */
  rssPeakMb: number | null;
  /** each process of the tree, the primary first */
  rssPerProcessMb: number[];
  heapMb: number | null;
  lagP99Ms: number | null;
  lagMaxMs: number | null;
  serviceCores: number;
  votesSent: number;
}

const LAG_SERIES = ['nodejs_eventloop_lag_p99_seconds', 'nodejs_eventloop_lag_max_seconds', 'nodejs_heap_size_used_bytes'];

function mean(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

async function main(): Promise<number> {
  log(`machine: ${machineDescription()}`);
  log('load generator: autocannon in this process (same machine as the service, PostgreSQL and Redis)');
  log(`settings: ${JSON.stringify(opts)}`);
  if (!opts.skipBuild) {
    log('building the service (npm run build)');
    buildService();
  }
  const port = await freePort();
  // Production serves /metrics on a listener of its own; a free port, so parallel runs do not collide.
  const metricsPort = await freePort();
  service = await launch({
    name: 'service',
    args: ['--enable-source-maps', 'dist/server.js'],
    env: serviceEnv(env, port, { WEB_CONCURRENCY: String(opts.workers), METRICS_PORT: String(metricsPort) }),
    port,
    logFile: logFileFor(env, 'service'),
    readyPath: '/ready',
    workers: opts.workers,
  });
  const adminKey = await createAdminKey(env.databaseUrl, `soak-${env.runId}`);
  const ballot = await createOpenBallot(service.url, adminKey);
  const bodies = voteBodies(ballot.candidateIds);
  // Tokens for new voters are minted on the fly (a few µs each at these rates); a small stock
  // of early voters supplies the duplicate stream from the first second.
  const mint = createAccountMint(env.voterTokenSecret, env.runId, 0);
  const tracker = new VoteTracker();
  const seedVoters = await runPhase({
    name: 'seed voters',
    url: service.url,
    connections: 20,
    durationS: 2,
    requests: [newVoteRequest(ballot.id, bodies, mint, tracker)],
    expected: [201],
  });
  log(`seeded ${seedVoters.statuses['201'] ?? 0} voters for the duplicate stream; soaking ${opts.seconds} s`);

  // Each stream's result carries the rate it was asked for, to say when the machine fell short of it.
  const streams: Promise<PhaseResult & { asked: number }>[] = [];
  const stream = (name: string, perS: number, connections: number, requests: Parameters<typeof runPhase>[0]['requests'], expected: number[]) => {
    if (perS > 0) {
      const run = runPhase({ name, url: service!.url, connections, durationS: opts.seconds, overallRate: perS, requests, expected });
      streams.push(run.then((r) => ({ ...r, asked: perS })));
    }
  };
  stream('new votes', opts.newVotesPerS, 40, [newVoteRequest(ballot.id, bodies, mint, tracker)], [201]);
  stream('duplicate votes', opts.duplicatesPerS, 20, [duplicateVoteRequest(ballot.id, bodies, mint, tracker.votedAccounts(), tracker)], [409]);
  stream('public reads', opts.publicReadsPerS, 30, [{ method: 'GET', path: `/v1/ballots/${ballot.id}` }], [200]);
  stream('score reads', opts.scoreReadsPerS, 5, [{ method: 'GET', path: `/v1/ballots/${ballot.id}/scores`, headers: { authorization: `Bearer ${adminKey}` } }], [200]);

  // The table's RSS is read at each sample; the once-a-minute detection pass peaks for a second or
  // two between samples, so the peak is watched continuously as well and is what the verdict uses.
  const treeRssKb = () => {
    const perProcess = service!.rssByProcessKb();
    return perProcess.length === 0 ? null : perProcess.reduce((sum, p) => sum + p.rssKb, 0);
  };
  let intervalPeakKb = 0;
  const readings: RssReading[] = [];
  const t0 = performance.now();
  const watch = setInterval(() => {
    const kb = treeRssKb();
    if (kb === null) return;
    intervalPeakKb = Math.max(intervalPeakKb, kb);
    readings.push({ t: (performance.now() - t0) / 1000, mb: kb / 1024 });
  }, RSS_WATCH_MS);

  const samples: Sample[] = [];
  const sampleCount = Math.max(1, Math.floor(opts.seconds / opts.sampleS));
  console.log('\n  t(s)  RSS MB  peak MB  heap MB  loop p99 ms  loop max ms  service cores  votes sent  RSS MB per process');
  for (let i = 1; i <= sampleCount; i++) {
    const window = cpuWindow(service.pid);
    await sleep(Math.max(0, t0 + i * opts.sampleS * 1000 - performance.now()));
    const m = await scrapeMetrics(`http://127.0.0.1:${metricsPort}`, LAG_SERIES);
    const perProcess = service.rssByProcessKb();
    const rss = perProcess.length === 0 ? null : perProcess.reduce((sum, p) => sum + p.rssKb, 0);
    const peakKb = Math.max(intervalPeakKb, rss ?? 0);
    intervalPeakKb = 0;
    const ms = (s: number | null) => (s === null ? null : +(s * 1000).toFixed(1));
    const s: Sample = {
      t: Math.round((performance.now() - t0) / 1000),
      rssMb: rss === null ? null : Math.round(rss / 1024),
      rssPeakMb: peakKb > 0 ? Math.round(peakKb / 1024) : null,
      rssPerProcessMb: perProcess.map((p) => Math.round(p.rssKb / 1024)),
      heapMb: m.nodejs_heap_size_used_bytes == null ? null : Math.round(m.nodejs_heap_size_used_bytes / 2 ** 20),
      lagP99Ms: ms(m.nodejs_eventloop_lag_p99_seconds ?? null),
      lagMaxMs: ms(m.nodejs_eventloop_lag_max_seconds ?? null),
      serviceCores: +window().service.toFixed(2),
      votesSent: tracker.sentCount,
    };
    samples.push(s);
    console.log(
      `${String(s.t).padStart(6)}  ${String(s.rssMb ?? '-').padStart(6)}  ${String(s.rssPeakMb ?? '-').padStart(7)}  ${String(s.heapMb ?? '-').padStart(7)}  ${String(s.lagP99Ms ?? '-').padStart(11)}  ` +
        `${String(s.lagMaxMs ?? '-').padStart(11)}  ${String(s.serviceCores).padStart(13)}  ${String(s.votesSent).padStart(10)}  ${s.rssPerProcessMb.join(' + ')}`,
    );
    if (service.exited()) throw new Error('the service exited during the soak');
  }
  clearInterval(watch);
  const results = await Promise.all(streams);
  console.log(
    '\n' +
      formatTable([
        ['stream', 'req/s', 'total', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'timeouts', 'unexpected', 'statuses'],
        ...results.map((r) => [r.name, r.rps, r.total, r.p50, r.p99, r.max, r.errors, r.timeouts, r.unexpected, Object.entries(r.statuses).map(([k, v]) => `${k}:${v}`).join(' ')]),
      ]),
  );
  for (const line of rateShortfalls(results)) console.log(`note: ${line}: the machine did not keep up, so this soak was lighter than asked`);

  // Verdict on memory: the peak of every reading, and the medians of the middle and last thirds.
  const peak = Math.max(...samples.map((s) => s.rssPeakMb ?? s.rssMb ?? 0));
  const rssOk = peak <= opts.rssLimitMb;
  const trend = rssTrend(readings, opts.seconds);
  const flatOk = trend !== null && trend.growth <= opts.growthLimit;
  // The means of the 15 s samples, reported beside the medians.
  const rss = samples.map((s) => s.rssMb ?? 0);
  const third = Math.max(1, Math.floor(rss.length / 3));
  const sampleMeans = { middle: mean(rss.slice(third, 2 * third)), last: mean(rss.slice(rss.length - third)) };

  // Reconcile the votes, as in the load test.
  await sleep(1000);
  const db = new Client({ connectionString: env.databaseUrl });
  await db.connect();
  let report;
  let tallyProblems: string[];
  try {
    report = reconcileVotes(tracker, await loadStoredVotes(db, ballot.id));
    tallyProblems = await checkTallies(db, ballot.id);
  } finally {
    await db.end();
  }
  const reconcileOk = report.ok && tallyProblems.length === 0;

  console.log(`\nRSS peak ${peak} MB${opts.workers > 1 ? ` (primary + ${opts.workers} workers)` : ''} (limit ${opts.rssLimitMb}): ${rssOk ? 'PASS' : 'FAIL'}`);
  const mbs = (x: number) => x.toFixed(0);
  console.log(
    trend === null
      ? 'RSS trend: FAIL (too few readings)'
      : `RSS median, middle third ${mbs(trend.middle.median)} MB → last third ${mbs(trend.last.median)} MB (${(trend.growth * 100).toFixed(1)}%, limit ` +
          `${(opts.growthLimit * 100).toFixed(0)}%): ${flatOk ? 'PASS (not growing)' : 'FAIL (growing)'}; 10th percentile ${mbs(trend.middle.p10)} → ` +
          `${mbs(trend.last.p10)} MB; ${trend.middle.readings} and ${trend.last.readings} readings`,
  );
  console.log(`  (means of the ${opts.sampleS} s samples: ${mbs(sampleMeans.middle)} → ${mbs(sampleMeans.last)} MB, ${(((sampleMeans.last - sampleMeans.middle) / sampleMeans.middle) * 100).toFixed(1)}%)`);
  console.log(`Reconciliation: ${reconcileOk ? 'PASS' : 'FAIL'} ${JSON.stringify(report.stats)}`);
  for (const p of [...report.problems, ...tallyProblems]) console.log(`  ✗ ${p}`);
  console.log(
    'SOAK_RESULT ' +
      JSON.stringify({
        date: new Date().toISOString(),
        machine: machineDescription(),
        settings: opts,
        samples,
        streams: results.map((r) => ({ name: r.name, asked: r.asked, rps: r.rps, total: r.total, p50: r.p50, p99: r.p99, errors: r.errors, timeouts: r.timeouts, unexpected: r.unexpected, statuses: r.statuses })),
        rss: {
          peakMb: peak,
          middleThirdMedianMb: trend ? +trend.middle.median.toFixed(1) : null,
          lastThirdMedianMb: trend ? +trend.last.median.toFixed(1) : null,
          growth: trend ? +trend.growth.toFixed(4) : null,
          middleThirdP10Mb: trend ? +trend.middle.p10.toFixed(1) : null,
          lastThirdP10Mb: trend ? +trend.last.p10.toFixed(1) : null,
          sampleMeansMb: { middle: +sampleMeans.middle.toFixed(1), last: +sampleMeans.last.toFixed(1) },
          ok: rssOk && flatOk,
        },
        reconciliation: { ok: reconcileOk, ...report.stats },
      }),
  );
  if (!reconcileOk) return 1;
  return rssOk && flatOk ? 0 : 2;
}

main()
  .then(async (code) => {
    await cleanup(code === 1);
    process.exit(code);
  })
  .catch(async (err) => {
    console.error(`soak failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    await cleanup(true);
    process.exit(1);
  });
