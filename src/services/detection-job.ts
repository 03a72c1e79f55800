import type { Pool, PoolClient } from 'pg';
import type Redis from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';
import { Counter, Histogram, type Registry } from 'prom-client';
import { DAY_MS } from '../domain/calendar';
import { ballotsToWatch, tryLockBallotDetection, unlockBallotDetection } from '../storage/detection-queries';
import { voteSignature } from '../storage/vote-events-queries';
import { detectionCutoff } from './detection-pass';
import { DETECTOR_ACTOR, type FlagService } from './flag-service';

/**
 * Background stuffing detection. Every `intervalMs` it runs the detector over each watched ballot
 * (published, open, or closed less than a day ago and not finalized).
 *
 * Several instances run it at once safely:
 *  - a per-ballot PostgreSQL advisory lock means one instance works a ballot at a time (the others
 *    skip it this round rather than queue behind it);
 *  - the vote-set fingerprint of the last pass is shared in Redis, so no instance repeats a pass
 *    over unchanged votes (if Redis is down, each instance remembers its own);
 *  - the unique (ballot, candidate, burst key) constraint is the final guard: a burst is stored once.
 *
 * Passes never overlap on one instance (the next is scheduled when the previous ends), failures
 * are logged and never stop the loop, and `stop()` waits for the pass in progress (the owner ends
 * the detection worker at the same time, so that wait is short).
 *
 * The heavy part of a pass (reading every vote, running the detector) happens in the detection
 * worker thread (flag-service → detection-worker.ts); this loop only takes locks, compares
 * fingerprints and stores the flags that come back.
 */

export interface DetectionJobDeps {
  pool: Pool;
  redis: Redis;
  flags: FlagService;
  intervalMs: number;
  currentTime: () => Promise<Date>;
  log: FastifyBaseLogger;
  registry?: Registry;
}

export type BallotPassOutcome = 'raised' | 'clean' | 'unchanged' | 'cooling' | 'busy' | 'skipped' | 'failed';

export interface PassSummary {
  ballots: Array<{ ballotId: string; outcome: BallotPassOutcome; raised: number }>;
}

export interface DetectionJob {
  start(): void;
  stop(): Promise<void>;
  /** One pass over every watched ballot (what each tick runs; exposed for tests). */
  runOnce(): Promise<PassSummary>;
}

/** Votes can still commit (and bursts be judged) for a while after the window closes. */
const AFTER_CLOSE_GRACE_MS = DAY_MS;
const SEEN_TTL_S = 3 * 24 * 3600;
/**
 * After a pass that took d ms, the ballot rests for COOLDOWN_FACTOR × d before the next one. The
 * pass runs in the worker thread, not on the event loop, but it still keeps a core busy (row parsing, the detector)
 * and PostgreSQL reading the whole ballot, and these machines have two cores: this keeps detection
 * to about 1/(1+factor) of a core, whatever the interval, while small ballots are still worked
 * every interval.
 */
const COOLDOWN_FACTOR = 9;
const seenKey = (ballotId: string) => `detect:seen:${ballotId}`;
const cooldownKey = (ballotId: string) => `detect:cooldown:${ballotId}`;

export function createDetectionJob(deps: DetectionJobDeps): DetectionJob {
  const { pool, redis, flags, log } = deps;
  const localSeen = new Map<string, string>();
  // Monotonic deadlines, used only when Redis cannot be asked.
  const localCooldown = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;
  // Set by stop(): a pass failing from then on was most likely cut short by the shutdown.
  let closing = false;

  const metrics = deps.registry
    ? {
        passSeconds: new Histogram({
          name: 'detection_ballot_pass_seconds',
          help: 'Time to read a ballot and run the stuffing detector over it (in the detection worker)',
          buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60],
          registers: [deps.registry],
        }),
        passVotes: new Counter({ name: 'detection_votes_read_total', help: 'Votes read by background detection passes', registers: [deps.registry] }),
        passes: new Counter({ name: 'detection_ballot_passes_total', help: 'Background detection per ballot, by outcome', labelNames: ['outcome'], registers: [deps.registry] }),
        raised: new Counter({ name: 'flags_raised_total', help: 'Flags raised by the background detector', registers: [deps.registry] }),
      }
    : null;

  async function lastSeen(ballotId: string): Promise<string | null> {
    try {
      return await redis.get(seenKey(ballotId));
    } catch {
      return localSeen.get(ballotId) ?? null;
    }
  }

  async function remember(ballotId: string, signature: string): Promise<void> {
    localSeen.set(ballotId, signature);
    await redis.set(seenKey(ballotId), signature, 'EX', SEEN_TTL_S).catch(() => undefined);
  }

  async function cooling(ballotId: string): Promise<boolean> {
    try {
      return (await redis.exists(cooldownKey(ballotId))) === 1;
    } catch {
      return (localCooldown.get(ballotId) ?? 0) > performance.now();
    }
  }

  async function coolDown(ballotId: string, passMs: number): Promise<void> {
    const restMs = Math.round(passMs * COOLDOWN_FACTOR);
    // Not worth a key for the small ballots that are cheap to work every interval.
    if (restMs < deps.intervalMs) return;
    localCooldown.set(ballotId, performance.now() + restMs);
    await redis.set(cooldownKey(ballotId), '1', 'PX', restMs).catch(() => undefined);
  }

  async function workBallot(ballotId: string, now: Date): Promise<{ outcome: BallotPassOutcome; raised: number }> {
    let client: PoolClient | null = null;
    let locked = false;
    let broken = false;
    try {
      client = await pool.connect();
      locked = await tryLockBallotDetection(client, ballotId);
      if (!locked) return { outcome: 'busy', raised: 0 };
      if (await cooling(ballotId)) return { outcome: 'cooling', raised: 0 };
      // Fingerprint taken before reading, so votes arriving during the pass cause the next one.
      // Same cut as the pass itself (flags.detect derives it from the same `now`).
      const signature = await voteSignature(client, ballotId, detectionCutoff(now));
      if ((await lastSeen(ballotId)) === signature) return { outcome: 'unchanged', raised: 0 };
      const started = performance.now();
      const result = await flags.detect(ballotId, DETECTOR_ACTOR, now);
      metrics?.passSeconds.observe((performance.now() - started) / 1000);
      await remember(ballotId, signature);
      // Rest in proportion to the work the pass did (reading and detecting, in the worker), not to
      // its wall time, which also counts starting the worker and waiting behind a detect-now.
      await coolDown(ballotId, result.ok ? result.pass.readMs + result.pass.detectMs : 0);
      if (!result.ok) return { outcome: 'skipped', raised: 0 };
      metrics?.passVotes.inc(result.pass.events);
      log.debug({ ballotId, ...result.pass }, 'detection pass');
      for (const f of result.raised) {
        log.warn({ ballotId, flagId: f.id, candidateId: f.candidateId, rule: f.rule, severity: f.severity }, 'stuffing flag raised');
      }
      return { outcome: result.raised.length > 0 ? 'raised' : 'clean', raised: result.raised.length };
    } finally {
      if (client) {
        if (locked) {
          try {
            await unlockBallotDetection(client, ballotId);
          } catch {
            // Destroying the connection releases its session locks.
            broken = true;
          }
        }
        client.release(broken);
      }
    }
  }

  /** `keepGoing` lets a timer-driven pass stop between ballots once stop() is called. */
  async function runOnce(keepGoing: () => boolean = () => true): Promise<PassSummary> {
    const now = await deps.currentTime();
    const summary: PassSummary = { ballots: [] };
    for (const ballotId of await ballotsToWatch(pool, now, AFTER_CLOSE_GRACE_MS)) {
      if (!keepGoing()) break;
      let r: { outcome: BallotPassOutcome; raised: number };
      try {
        r = await workBallot(ballotId, now);
      } catch (err) {
        // Shutting down ends the worker under the pass: expected, not an incident.
        if (closing) log.info({ ballotId }, 'background detection pass abandoned: shutting down');
        else log.error({ err, ballotId }, 'background detection failed for a ballot');
        r = { outcome: 'failed', raised: 0 };
      }
      metrics?.passes.inc({ outcome: r.outcome });
      metrics?.raised.inc(r.raised);
      summary.ballots.push({ ballotId, ...r });
    }
    return summary;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(tick, deps.intervalMs);
    // Never what keeps the process alive.
    timer.unref();
  }

  function tick(): void {
    timer = null;
    running = runOnce(() => !stopped)
      .catch((err) => log.error({ err }, 'background detection pass failed'))
      .finally(() => {
        running = null;
        schedule();
      });
  }

  return {
    start() {
      if (deps.intervalMs <= 0 || !stopped) return;
      stopped = false;
      closing = false;
      schedule();
    },
    async stop() {
      stopped = true;
      closing = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
    runOnce: () => runOnce(),
  };
}
