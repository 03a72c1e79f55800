import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Pool, PoolClient } from 'pg';
import { votesRepository, type BatchWrite, type NewVote } from '../storage/votes-repository';

/**
 * Group commit. One INSERT per vote tops out near 4,000 votes/s on a small machine (each commit
 * waits for its own WAL flush). Here concurrent votes queue up and are written by ONE statement per
 * batch; each caller's promise settles after its batch committed. With a few batches in flight,
 * the next batch fills up while the previous one waits for its flush.
 *
 * Outcomes per vote:
 * - 'inserted': committed;
 * - 'conflict': not inserted because a unique constraint already held a row (the caller looks up which);
 * - 'closed': not inserted because the ballot was no longer 'published' when the batch locked it
 *   (finalize got there first; the caller answers 409 BALLOT_NOT_OPEN);
 * - 'failed': nothing was stored (PostgreSQL unreachable, timeout, error): the caller answers 503.
 * When the statement may have committed but its answer was lost (connection cut mid-flight), the
 * batcher asks PostgreSQL which ids exist before answering: never a 503 for a stored vote.
 */
export type BatchOutcome = 'inserted' | 'conflict' | 'closed' | 'failed';

export interface VoteBatcher {
  submit(vote: NewVote): Promise<BatchOutcome>;
  /** Resolves when every queued and in-flight batch has settled (for shutdown). */
  drain(): Promise<void>;
  /** Called after each batch that committed at least one vote, with the ballots it touched. */
  onCommit(listener: (ballotIds: Set<string>) => void): void;
}

export interface VoteBatcherOptions {
  /** Most votes in one statement. */
  maxBatch?: number;
  /** Most statements in flight at once (each holds a pool connection). */
  maxInFlight?: number;
  /** How long to keep asking whether an interrupted batch committed before giving up (503). */
  verifyForMs?: number;
  /** Sleeps between verification attempts (injected so tests need not wait). */
  sleep?: (ms: number) => Promise<void>;
  /** Told each batch's size and how long its write took, in seconds (metrics). */
  observe?: (votes: number, seconds: number) => void;
}

interface Pending {
  vote: NewVote;
  resolve: (o: BatchOutcome) => void;
}

const SHARDS = 16;
// SQLSTATEs after which the server has certainly rolled the statement back and a retry is safe.
const RETRYABLE = new Set(['40P01', '40001']);

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Errors where the statement was certainly never sent (no connection could be had). */
function neverSent(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  if (e?.code === 'ECONNREFUSED' || e?.code === 'ENOTFOUND' || e?.code === 'EAI_AGAIN' || e?.code === '53300' || e?.code === '57P03') return true;
  return typeof e?.message === 'string' && /timeout exceeded when trying to connect|Cannot use a pool after calling end/i.test(e.message);
}

/** A SQLSTATE error reported by the server: the statement was rolled back. */
function serverRejected(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  // Connection-level failures (57P01 terminated, 08xxx) leave the outcome unknown.
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !code.startsWith('08') && !code.startsWith('57P');
}

export function createVoteBatcher(pool: Pool, opts: VoteBatcherOptions = {}): VoteBatcher {
  const maxBatch = opts.maxBatch ?? 256;
  const maxInFlight = opts.maxInFlight ?? 3;
  const verifyForMs = opts.verifyForMs ?? 3000;
  const sleep = opts.sleep ?? defaultSleep;
  const votes = votesRepository(pool);
  const listeners: Array<(ballotIds: Set<string>) => void> = [];

  let queue: Pending[] = [];
  let inFlight = 0;
  let scheduled = false;
  // Batches of one instance rotate over the shards; instances start at random places so they rarely share one.
  let shard = randomInt(SHARDS);
  const idle: Array<() => void> = [];

  function schedule(): void {
    if (scheduled || inFlight >= maxInFlight || queue.length === 0) return;
    scheduled = true;
    // setImmediate, not nextTick: every request whose I/O arrived in this turn of the event loop
    // joins the batch, which is what makes group commit pay off.
    setImmediate(flush);
  }

  function flush(): void {
    scheduled = false;
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = queue.length <= maxBatch ? queue : queue.slice(0, maxBatch);
      queue = queue.length <= maxBatch ? [] : queue.slice(maxBatch);
      inFlight++;
      void run(batch).finally(() => {
        inFlight--;
        if (queue.length > 0) schedule();
        else if (inFlight === 0) for (const f of idle.splice(0)) f();
      });
      // Start one batch per turn when the queue is small: splitting a handful of votes over
      // several statements only costs more WAL flushes.
      if (queue.length < maxBatch) break;
    }
  }

  async function run(batch: Pending[]): Promise<void> {
    // A fixed order of rows (by account) makes concurrent batches take row locks in the same
    // order, so two batches holding the same account twice cannot deadlock.
    const rows = batch.map((p) => p.vote).sort(compareVotes);
    const myShard = shard;
    shard = (shard + 1) % SHARDS;
    let outcome: Map<string, BatchOutcome>;
    const started = performance.now();
    try {
      outcome = await write(rows, myShard);
    } catch {
      outcome = new Map();
    }
    opts.observe?.(rows.length, (performance.now() - started) / 1000);
    const touched = new Set<string>();
    for (const p of batch) {
      const o = outcome.get(p.vote.id) ?? 'failed';
      if (o === 'inserted') touched.add(p.vote.ballotId);
      p.resolve(o);
    }
    if (touched.size > 0) for (const l of listeners) l(touched);
  }

  async function write(rows: NewVote[], myShard: number, attempt = 0): Promise<Map<string, BatchOutcome>> {
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch {
      return failAll(rows);
    }
    // The server process running this statement: if the answer is lost, it is the one to wait for.
    const backendPid = (client as unknown as { processID?: number | null }).processID ?? null;
    let written: BatchWrite;
    try {
      written = await votes.insertBatch(rows, myShard, client);
      client.release();
    } catch (err) {
      // A broken connection must not go back to the pool.
      client.release(err instanceof Error ? err : true);
      if (serverRejected(err)) {
        const code = (err as { code: string }).code;
        if (RETRYABLE.has(code) && attempt < 2) return write(rows, myShard, attempt + 1);
        return failAll(rows);
      }
      if (neverSent(err)) return failAll(rows);
      // Unknown: the statement may have committed. Ask before answering.
      const found = await verify(rows, backendPid);
      if (!found) return failAll(rows);
      // The statement is atomic: if none of its rows exist it did not commit, and the missing
      // rows cannot be called conflicts.
      if (found.size === 0) return failAll(rows);
      // Which ballots were open is lost with the answer; a missing row is then a 'conflict' and
      // the caller's lookup finds out (finding no conflicting row, it answers 503: nothing stored).
      written = { inserted: found, open: new Set(rows.map((r) => r.ballotId)) };
    }
    const out = new Map<string, BatchOutcome>();
    for (const r of rows) out.set(r.id, written.inserted.has(r.id) ? 'inserted' : written.open.has(r.ballotId) ? 'conflict' : 'closed');
    return out;
  }

  /**
   * Which of the batch's rows exist, asked until PostgreSQL answers or `verifyForMs` passes.
   * Reading too early could miss a statement that is still running (PostgreSQL does not notice a
   * dropped client mid-statement) and commits after we answered 503. So the server process that
   * ran it is terminated first and we wait until it is gone: from then on its outcome is final.
   */
  async function verify(rows: NewVote[], backendPid: number | null): Promise<Set<string> | null> {
    const ids = rows.map((r) => r.id);
    let waited = 0;
    for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
      try {
        if (backendPid === null || !(await votes.endBatchBackend(backendPid))) return await votes.existingIds(ids);
      } catch {
        // PostgreSQL is not answering yet; ask again.
      }
      if (waited >= verifyForMs) return null;
      await sleep(delay);
      waited += delay;
    }
  }

  return {
    submit(vote) {
      return new Promise<BatchOutcome>((resolve) => {
        queue.push({ vote, resolve });
        schedule();
      });
    },
    drain() {
      if (inFlight === 0 && queue.length === 0) return Promise.resolve();
      return new Promise<void>((r) => idle.push(r));
    },
    onCommit(listener) {
      listeners.push(listener);
    },
  };
}

function failAll(rows: NewVote[]): Map<string, BatchOutcome> {
  return new Map(rows.map((r) => [r.id, 'failed' as const]));
}

function compareVotes(a: NewVote, b: NewVote): number {
  if (a.accountId !== b.accountId) return a.accountId < b.accountId ? -1 : 1;
  if (a.ballotId !== b.ballotId) return a.ballotId < b.ballotId ? -1 : 1;
  return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
}
