import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { serveClusterMetrics } from './cluster-metrics';

/**
 * The cluster primary (WEB_CONCURRENCY > 1): it forks the HTTP workers, which share the listening
 * port (Node's cluster module hands each new connection to the next worker), and looks after them.
 * It serves no HTTP and opens no PostgreSQL or Redis connection of its own.
 *
 *  - A worker that dies unexpectedly is logged and re-forked after a short back-off. Workers that
 *    keep dying (a broken deployment: port taken, database refusing) make the primary give up,
 *    stop the rest and exit 1 instead of forking forever.
 *  - SIGTERM/SIGINT: every worker gets one SIGTERM and drains on its own (close-with-grace: in-flight
 *    requests are answered, queued votes commit). Exit 0 once all exited 0, else 1. A second
 *    signal, or FORCE_AFTER_MS, kills the workers that are left.
 *  - GET /metrics on any worker is answered for the whole cluster (see cluster-metrics.ts).
 */

const RESTART_BACKOFF_MS = 1000;
/** This many unexpected deaths within CRASH_WINDOW_MS is a crash loop. */
const CRASH_LOOP_DEATHS = 5;
const CRASH_WINDOW_MS = 30_000;
/** Workers force themselves out after 10 s (server.ts); this is the backstop. */
const FORCE_AFTER_MS = 15_000;

export interface PrimaryOptions {
  workers: number;
  log: Logger;
  /** Added to each worker's environment (server.ts: do not create or migrate the database again). */
  workerEnv?: Record<string, string>;
}

/** Forks the workers and resolves with the process exit code once they are all gone after a shutdown. */
export function runPrimary(opts: PrimaryOptions): Promise<number> {
  const { log } = opts;
  const live = new Set<Worker>();
  const listening = new Set<Worker>();
  const restarts = new Set<NodeJS.Timeout>();
  const deaths: number[] = [];
  let stopping = false;
  let failed = false;
  let forceTimer: NodeJS.Timeout | undefined;
  let finish: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => {
    finish = resolve;
  });

  const fork = () => {
    const worker = cluster.fork(opts.workerEnv);
    live.add(worker);
    // A failed send or kill is reported on the worker; unhandled, it would crash the primary.
    worker.on('error', (err) => log.warn({ err, worker: worker.id }, 'worker IPC error'));
    log.info({ worker: worker.id, workerPid: worker.process.pid }, 'worker started');
  };

  const kill = () => {
    for (const w of live) w.process.kill('SIGKILL');
  };

  const stop = () => {
    stopping = true;
    for (const t of restarts) clearTimeout(t);
    restarts.clear();
    for (const w of live) w.process.kill('SIGTERM');
    forceTimer = setTimeout(() => {
      log.error({ workerPids: [...live].map((w) => w.process.pid) }, `workers still running ${FORCE_AFTER_MS / 1000} s after SIGTERM: killing them`);
      failed = true;
      kill();
    }, FORCE_AFTER_MS);
    if (live.size === 0) end();
  };

  const end = () => {
    clearTimeout(forceTimer);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
    log.info({ exitCode: failed ? 1 : 0 }, 'all workers exited');
    finish(failed ? 1 : 0);
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (!stopping) {
      log.info({ signal, workers: live.size }, 'shutting down: draining the workers');
      stop();
    } else {
      log.error({ signal }, 'second signal: killing the workers');
      failed = true;
      kill();
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  cluster.on('listening', (worker, address) => {
    listening.add(worker);
    log.info({ worker: worker.id, workerPid: worker.process.pid, port: address.port }, 'worker listening');
  });

  cluster.on('exit', (worker, code, signal) => {
    live.delete(worker);
    listening.delete(worker);
    const info = { worker: worker.id, workerPid: worker.process.pid, code, signal };
    if (stopping) {
      if (code !== 0) failed = true;
      if (code === 0) log.info(info, 'worker exited');
      else log.error(info, 'worker exited with a failure');
      if (live.size === 0) end();
      return;
    }
    log.error(info, 'worker died unexpectedly');
    const now = performance.now();
    deaths.push(now);
    while (deaths.length > 0 && deaths[0]! < now - CRASH_WINDOW_MS) deaths.shift();
    if (deaths.length >= CRASH_LOOP_DEATHS) {
      log.error({ deaths: deaths.length, withinS: CRASH_WINDOW_MS / 1000 }, 'workers keep dying: giving up, stopping the others');
      failed = true;
      stop();
      return;
    }
    const timer = setTimeout(() => {
      restarts.delete(timer);
      fork();
    }, RESTART_BACKOFF_MS);
    restarts.add(timer);
  });

  serveClusterMetrics({ ready: () => [...live].every((w) => listening.has(w)), log });

  for (let i = 0; i < opts.workers; i++) fork();
  return done;
}
