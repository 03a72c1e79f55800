import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DetectedFlag } from '../fraud/types';
import type { PassReply, PassRequest, WorkerSettings } from './detection-worker-thread';

/**
 * Runs detection passes (read a ballot's votes + detect) in one worker thread, off the event loop
 * that serves requests. A 1M-vote pass is tens of seconds of row parsing and seconds of detector
 * CPU and (as objects) ~0.5 GB of vote events; on the main thread it stalled every request for seconds.
 *
 *  - One worker per process, started on the first pass and reused while passes keep coming (one
 *    tick works every watched ballot back to back); after `idleMs` without a pass it is ended, which
 *    also hands the heap of a big pass back to the OS.
 *  - Passes run one at a time, in order; at most `maxQueued` wait, further ones are refused
 *    (DetectionWorkerError 'busy'), so detect-now requests cannot pile up without bound.
 *  - `resourceLimits` cap the worker's heap: a ballot too big for it kills the worker (its pass
 *    fails with 'crashed'), never the process. The next pass starts a fresh worker.
 *  - A pass that takes longer than `passTimeoutMs` is ended by terminating the worker ('timeout').
 *    The clock starts once the worker has loaded (a fresh worker under tsx spends a second or so
 *    compiling); loading itself is bounded by `startTimeoutMs`, so a busy host slowing the worker's
 *    start does not count against a pass's own limit.
 *  - `close()` refuses new passes, fails the waiting ones and terminates the worker; the app's
 *    onClose hook awaits it, so shutdown never waits for a long pass.
 */

export interface DetectionWorkerOptions {
  databaseUrl: string;
  statementTimeoutMs: number;
  connectTimeoutMs?: number;
  passTimeoutMs: number;
  /** Bound on loading a fresh worker, before its pass clock starts (default 30 s). */
  startTimeoutMs?: number;
  /** Worker heap cap (V8 old generation), MB. */
  maxHeapMb: number;
  idleMs?: number;
  maxQueued?: number;
}

export interface WorkerPassResult {
  flags: DetectedFlag[];
  events: number;
  readMs: number;
  detectMs: number;
  /** The worker's thread id (never 0, the main thread's). */
  threadId: number;
  /** The worker's heap in use when the pass ended, MB. */
  heapMb: number;
}

export type DetectionWorkerFailure = 'busy' | 'timeout' | 'crashed' | 'failed' | 'closed';

export class DetectionWorkerError extends Error {
  constructor(
    readonly reason: DetectionWorkerFailure,
    message: string,
  ) {
    super(message);
    this.name = 'DetectionWorkerError';
  }
}

export interface DetectionWorker {
  /** One pass over the ballot's votes cast before `cutAt`, in the worker thread. */
  run(ballotId: string, cutAt: Date): Promise<WorkerPassResult>;
  close(): Promise<void>;
}

interface Pending {
  req: PassRequest;
  resolve: (r: WorkerPassResult) => void;
  reject: (e: Error) => void;
}

/**
 * Flags cross the thread boundary as plain JSON rather than structured clones: what comes back is
 * exactly what will be stored (evidence is JSON already), and the Dates are made here, by this
 * thread's Date (a structured-clone Date is the outer realm's, which `instanceof Date` in a
 * sandboxed module registry such as jest's does not recognise).
 */
function reviveFlags(json: string): DetectedFlag[] {
  return (JSON.parse(json) as Array<Omit<DetectedFlag, 'windowStart' | 'windowEnd'> & { windowStart: string; windowEnd: string }>).map((f) => ({
    ...f,
    windowStart: new Date(f.windowStart),
    windowEnd: new Date(f.windowEnd),
  }));
}

const DEFAULT_IDLE_MS = 10_000;
const DEFAULT_MAX_QUEUED = 16;
const MAX_REMEMBERED = 1000;

/**
 * A pass's votes all live until the pass ends, so a large young generation only delays their
 * promotion, and V8's default lets it grow to tens of MB, all resident at the pass's peak.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * The worker's entry. Compiled (dist/**.js), point at the compiled file. Under tsx or jest this
 * module is TypeScript and so is the entry: the worker is a fresh Node isolate that knows nothing
 * of the parent's loader, so it registers tsx's CommonJS hook itself before requiring the .ts file.
 */
function startWorker(settings: WorkerSettings, maxHeapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  if (__filename.endsWith('.ts')) {
    const entry = path.join(__dirname, 'detection-worker-thread.ts');
    const code = `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register(); require(${JSON.stringify(entry)});`;
    return new Worker(code, { eval: true, workerData: settings, resourceLimits });
  }
  return new Worker(path.join(__dirname, 'detection-worker-thread.js'), { workerData: settings, resourceLimits });
}

export function createDetectionWorker(opts: DetectionWorkerOptions): DetectionWorker {
  const settings: WorkerSettings = {
    databaseUrl: opts.databaseUrl,
    statementTimeoutMs: opts.statementTimeoutMs,
    connectTimeoutMs: opts.connectTimeoutMs ?? 5000,
  };
  const idleMs = opts.idleMs ?? DEFAULT_IDLE_MS;
  const maxQueued = opts.maxQueued ?? DEFAULT_MAX_QUEUED;
  const queue: Pending[] = [];
  let worker: Worker | null = null;
  let ready = false;
  let current: Pending | null = null;
  let passTimer: NodeJS.Timeout | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  let nextId = 1;
  /**
   * Each ballot's vote count at its last pass: the next pass takes room for about that many votes
   * at once instead of growing (and copying) its columns as it reads. At most MAX_REMEMBERED ballots.
   */
  const lastVotes = new Map<string, number>();
  const rememberVotes = (ballotId: string, votes: number) => {
    lastVotes.delete(ballotId);
    lastVotes.set(ballotId, votes);
    if (lastVotes.size > MAX_REMEMBERED) lastVotes.delete(lastVotes.keys().next().value as string);
  };
  let closed = false;
  // Terminations in progress, so close() can wait for every thread to be gone.
  const exiting = new Set<Promise<unknown>>();

  function stopWorker(w: Worker): void {
    const p = w.terminate().catch(() => undefined);
    exiting.add(p);
    void p.finally(() => exiting.delete(p));
  }

  /** The worker died or must die: fail its pass, forget it; the next pass starts a fresh one. */
  function discard(w: Worker, failure: DetectionWorkerError | null): void {
    if (worker !== w) return;
    worker = null;
    clearPassTimer();
    w.removeAllListeners();
    // 'error' after a terminate() must still be heard, or it would be thrown on the event loop.
    w.on('error', () => undefined);
    stopWorker(w);
    const p = current;
    current = null;
    if (p) p.reject(failure ?? new DetectionWorkerError('crashed', 'the detection worker stopped'));
    pump();
  }

  function clearPassTimer(): void {
    if (passTimer) clearTimeout(passTimer);
    passTimer = null;
  }

  function armPassTimer(w: Worker, what: 'pass' | 'worker start'): void {
    clearPassTimer();
    const limitMs = what === 'pass' ? opts.passTimeoutMs : (opts.startTimeoutMs ?? 30_000);
    passTimer = setTimeout(() => discard(w, new DetectionWorkerError('timeout', `the detection ${what} took longer than ${limitMs} ms`)), limitMs);
    passTimer.unref();
  }

  function spawn(): Worker {
    const w = startWorker(settings, opts.maxHeapMb);
    ready = false;
    w.on('message', (reply: PassReply) => {
      if ('ready' in reply) {
        ready = true;
        if (current && worker === w) armPassTimer(w, 'pass');
        return;
      }
      const p = current;
      if (!p || reply.id !== p.req.id) return;
      current = null;
      clearPassTimer();
      if (reply.ok) {
        const { flagsJson, events, readMs, detectMs, threadId, heapMb } = reply;
        rememberVotes(p.req.ballotId, events);
        p.resolve({ flags: reviveFlags(flagsJson), events, readMs, detectMs, threadId, heapMb });
      } else {
        const err = new DetectionWorkerError('failed', reply.message);
        if (reply.code) Object.assign(err, { code: reply.code });
        p.reject(err);
      }
      pump();
    });
    // ERR_WORKER_OUT_OF_MEMORY (resourceLimits), or anything thrown out of the worker.
    w.on('error', (err: Error & { code?: string }) =>
      discard(w, new DetectionWorkerError('crashed', `the detection worker died: ${err.code ?? err.message}`)),
    );
    w.on('exit', (code) => discard(w, new DetectionWorkerError('crashed', `the detection worker exited (code ${code})`)));
    return w;
  }

  function pump(): void {
    if (current || closed) return;
    const next = queue.shift();
    if (!next) {
      // An idle worker never keeps the process alive; one with a pass in progress does (a script
      // awaiting a pass must not exit under it).
      worker?.unref();
      if (worker && !idleTimer) {
        const idle = worker;
        idleTimer = setTimeout(() => {
          idleTimer = null;
          if (worker === idle && !current) {
            worker = null;
            idle.removeAllListeners();
            idle.on('error', () => undefined);
            stopWorker(idle);
          }
        }, idleMs);
        idleTimer.unref();
      }
      return;
    }
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    worker ??= spawn();
    current = next;
    const w = worker;
    w.ref();
    armPassTimer(w, ready ? 'pass' : 'worker start');
    w.postMessage(next.req);
  }

  return {
    run(ballotId, cutAt) {
      if (closed) return Promise.reject(new DetectionWorkerError('closed', 'detection is shutting down'));
      if (queue.length >= maxQueued) return Promise.reject(new DetectionWorkerError('busy', `${queue.length} detection passes are already waiting`));
      return new Promise<WorkerPassResult>((resolve, reject) => {
        queue.push({ req: { id: nextId++, ballotId, cutAt: cutAt.getTime(), expectedVotes: lastVotes.get(ballotId) }, resolve, reject });
        pump();
      });
    },

    async close() {
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      for (const p of queue.splice(0)) p.reject(new DetectionWorkerError('closed', 'detection is shutting down'));
      if (worker) discard(worker, new DetectionWorkerError('closed', 'detection is shutting down'));
      await Promise.all([...exiting]);
    },
  };
}
