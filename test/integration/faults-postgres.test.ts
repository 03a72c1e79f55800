import { VoteHistory } from '../helpers/history-checker';
import { deferred, expectCountsMatch, loadVotes, startFaultEnv, type FaultEnv } from '../helpers/fault-env';
import { sleep } from '../helpers/spare-port';
import { sendVote } from '../helpers/vote-load';

/**
 * PostgreSQL faults under concurrent load, against a private cluster (initdb'd by the test, on a
 * spare port): the service's connections killed with pg_terminate_backend, then the server
 * restarted. PostgreSQL is the source of truth, so while it is gone votes are refused with 503
 * (nothing recorded); a 201 is only ever sent for a committed vote; the pool heals by itself.
 */
jest.setTimeout(60_000);


async function expectRecovered(env: FaultEnv, prefix: string): Promise<void> {
  // Within a few seconds of PostgreSQL being back, a fresh vote is accepted (no restart of the service).
  let last: unknown;
  for (let i = 0; i < 20; i++) {
    last = await sendVote(env.baseUrl, env.ballotId, env.token(`${prefix}-after`), [env.candidateIds[0]], 5000);
    if ((last as { status?: number }).status === 201) break;
    await sleep(250);
  }
  expect(last).toMatchObject({ kind: 'response', status: 201 });
  const ready = await fetch(`${env.baseUrl}/ready`, { signal: AbortSignal.timeout(5000) });
  expect(ready.status).toBe(200);
}

function load(env: FaultEnv, history: VoteHistory, prefix: string, until: Promise<void>) {
  return loadVotes(env, history, { prefix, until, timeoutMs: 8000 });
}

describe('faults: PostgreSQL', () => {
  let env: FaultEnv;
  beforeAll(async () => {
    env = await startFaultEnv();
  });
  afterAll(() => env?.close());

  it('a checked-out client whose connection is terminated does not crash the process (bug: unheard client error)', async () => {
    // Before the fix in createPool, a client held between two queries (as the vote batcher and
    // every transaction do) emitted an 'error' nobody listened to when PostgreSQL killed its
    // connection, and the process died with an uncaught exception.
    const client = await env.app!.pg.connect();
    await client.query('SELECT 1');
    expect(await env.pg.terminateBackends('ballot-service')).toBeGreaterThan(0);
    await sleep(200);
    await expect(client.query('SELECT 1')).rejects.toThrow();
    client.release(true);
    await expectRecovered(env, 'held-client');
  });

  it("the service's connections terminated (pg_terminate_backend) mid-load, three times", async () => {
    const history = new VoteHistory();
    const stop = deferred();
    const running = load(env, history, 'terminate-', stop.promise);
    await sleep(800);
    let killed = 0;
    for (let i = 0; i < 3; i++) {
      history.outageBegins('postgres');
      killed += await env.pg.terminateBackends('ballot-service');
      history.outageEnds('postgres');
      await sleep(500);
    }
    await sleep(1000);
    stop.resolve();
    await running;

    expect(killed).toBeGreaterThan(0);
    const report = await history.check(env.pool, { graceMs: 2000 });
    if (process.env.FAULT_VERBOSE) console.log('terminate', killed, report.stats);
    expect(report.violations).toEqual([]);
    expect(report.stats['201']).toBeGreaterThan(20);
    await expectRecovered(env, 'terminate');
    await expectCountsMatch(env);
  });

  it('PostgreSQL restarted mid-load (fast shutdown, then a crash-style immediate stop)', async () => {
    for (const mode of ['fast', 'immediate'] as const) {
      const history = new VoteHistory();
      const stop = deferred();
      const running = load(env, history, `restart-${mode}-`, stop.promise);
      await sleep(800);
      history.outageBegins('postgres');
      await env.pg.stop(mode);
      await sleep(700);
      await env.pg.start();
      history.outageEnds('postgres');
      await sleep(2000);
      stop.resolve();
      await running;

      const report = await history.check(env.pool, { graceMs: 3000 });
      if (process.env.FAULT_VERBOSE) console.log('restart', mode, report.stats);
      expect(report.violations).toEqual([]);
      await expectRecovered(env, `restart-${mode}`);
      // Nothing hung: every request was answered (a 503 at worst) before the client gave up.
      expect(history.attempts.filter((a) => a.outcome.kind !== 'response').map((a) => a.outcome)).toEqual([]);
    }
    await expectCountsMatch(env);
  });
});
