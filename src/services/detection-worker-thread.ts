import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import { runDetectionPass } from './detection-pass';

/**
 * The detection worker thread's entry (started by detection-worker.ts; never imported by the main
 * thread). It holds its own PostgreSQL connection, runs one pass per message, and posts back only
 * the detected flags (as a JSON string) and a few figures: the ballot's votes live and die in
 * this thread's heap.
 */

export interface WorkerSettings {
  databaseUrl: string;
  statementTimeoutMs: number;
  connectTimeoutMs: number;
}

export interface PassRequest {
  id: number;
  ballotId: string;
  /** epoch ms */
  cutAt: number;
  /** The ballot's vote count at its last pass, if any (sizes the vote log once). */
  expectedVotes?: number;
}

export type PassReply =
  /** Sent once the thread has loaded its modules: pass timeouts count from here, not from the spawn. */
  | { ready: true }
  /** `flagsJson`: the DetectedFlags as plain JSON (dates as ISO strings); the main thread revives them. */
  | { id: number; ok: true; flagsJson: string; events: number; readMs: number; detectMs: number; threadId: number; heapMb: number }
  | { id: number; ok: false; message: string; code?: string };

const settings = workerData as WorkerSettings;

/**
 * A pass leaves the whole ballot's votes behind as garbage,
 * and with this thread's large heap cap V8 lets garbage pile up to several times the live data
 * before collecting; the next pass then grows on top of it. Collecting right after each pass, in
 * this thread and while it is otherwise idle, keeps the process's footprint to what is live.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/**
 * Also collected every 100,000 votes while reading: the pages' raw rows die as they go into the
 * vote log's columns, and V8 would otherwise let what the young generation promoted pile up.
 */
const COLLECT_EVERY_EVENTS = 100_000;
let client: Client | null = null;

async function connection(): Promise<Client> {
  if (client) return client;
  const c = new Client({
    connectionString: settings.databaseUrl,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    // Each page is one short statement, bounded like every other statement of the service.
    statement_timeout: settings.statementTimeoutMs,
    query_timeout: settings.statementTimeoutMs + 1000,
    application_name: 'ballot-detection-worker',
  });
  // A connection lost while idle emits here; without a listener the thread would die. The next
  // pass opens a new one (see the catch below).
  c.on('error', () => {
    if (client === c) client = null;
  });
  await c.connect();
  client = c;
  return c;
}

async function handle(req: PassRequest): Promise<PassReply> {
  try {
    let collectedAt = 0;
    const r = await runDetectionPass(await connection(), req.ballotId, new Date(req.cutAt), {
      afterPage: (votesSoFar) => {
        if (votesSoFar - collectedAt < COLLECT_EVERY_EVENTS) return;
        collectedAt = votesSoFar;
        collectGarbage();
      },
      // The reading's account table (tens of MB on a big ballot) is garbage now: let it go before
      // the detector builds its index, rather than beside it.
      afterRead: collectGarbage,
      expectedVotes: req.expectedVotes,
    });
    collectGarbage();
    const heapMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
    return { id: req.id, ok: true, flagsJson: JSON.stringify(r.flags), events: r.events, readMs: r.readMs, detectMs: r.detectMs, threadId, heapMb };
  } catch (err) {
    // The connection may be the cause (or left mid-query): start the next pass on a fresh one.
    const c = client;
    client = null;
    await c?.end().catch(() => undefined);
    const e = err as { message?: unknown; code?: unknown };
    return { id: req.id, ok: false, message: String(e?.message ?? err), ...(typeof e?.code === 'string' ? { code: e.code } : {}) };
  }
}

// The main thread sends one pass at a time.
parentPort?.on('message', (req: PassRequest) => {
  void handle(req).then((reply) => parentPort?.postMessage(reply));
});
parentPort?.postMessage({ ready: true } satisfies PassReply);
