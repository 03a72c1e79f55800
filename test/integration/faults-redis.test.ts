import { VoteHistory } from '../helpers/history-checker';
import { deferred, expectCountsMatch, loadVotes, startFaultEnv, type FaultEnv } from '../helpers/fault-env';
import { sendVote } from '../helpers/vote-load';

/**
 * Redis faults under concurrent load, against a private redis-server (the shared one is never
 * touched). Redis is only the fast path: PostgreSQL must keep deciding, so nothing is lost, nothing
 * is counted twice, and the service recovers on its own when Redis comes back.
 */
jest.setTimeout(60_000);


async function expectRecovered(env: FaultEnv, prefix: string): Promise<void> {
  // A fresh account votes normally, and a repeat is refused: the service works again, no restart.
  const fresh = `${prefix}-after`;
  const first = await sendVote(env.baseUrl, env.ballotId, env.token(fresh), [env.candidateIds[0]], 5000);
  expect(first).toMatchObject({ kind: 'response', status: 201 });
  const again = await sendVote(env.baseUrl, env.ballotId, env.token(fresh), [env.candidateIds[1]], 5000);
  expect(again).toMatchObject({ kind: 'response', status: 409, body: { code: 'ALREADY_VOTED_TODAY' } });
  const ready = await fetch(`${env.baseUrl}/ready`, { signal: AbortSignal.timeout(5000) });
  expect(ready.status).toBe(200);
}

/** Waits (polling the history) until `cond` holds: the event itself, not a guess at how long it takes. */
async function until(what: string, cond: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!cond()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Votes acknowledged (201) among the attempts started after `after` (performance.now() ms). */
const acked = (history: VoteHistory, after = 0) =>
  history.attempts.filter((a) => a.startedAt > after && a.outcome.kind === 'response' && a.outcome.status === 201).length;
/** Attempts answered in any way (a response or a client-side failure) that started after `after`. */
const answered = (history: VoteHistory, after: number) => history.attempts.filter((a) => a.startedAt > after).length;

describe('faults: Redis', () => {
  let env: FaultEnv;
  beforeAll(async () => {
    env = await startFaultEnv();
  });
  afterAll(() => env?.close());

  it('Redis restarted with all its data lost mid-load: every 201 stored once, no second vote, counts rebuilt', async () => {
    const history = new VoteHistory();
    const stop = deferred();
    const load = loadVotes(env, history, { prefix: 'restart-', until: stop.promise, timeoutMs: 5000 });
    await until('30 votes are acknowledged', () => acked(history) >= 30);
    history.outageBegins('redis');
    await env.redis.kill();
    const killedAt = performance.now();
    await until('10 attempts were answered with Redis down', () => answered(history, killedAt) >= 10);
    await env.redis.start();
    history.outageEnds('redis');
    const restartedAt = performance.now();
    await until('30 votes are acknowledged after the restart', () => acked(history, restartedAt) >= 30);
    stop.resolve();
    await load;

    // Every account that voted before the restart tries again: the markers are gone from Redis,
    // but PostgreSQL's unique constraint still refuses a second vote that day.
    const voters = [...new Set(history.attempts.filter((a) => a.outcome.kind === 'response' && a.outcome.status === 201).map((a) => a.accountId))];
    expect(voters.length).toBeGreaterThan(20);
    for (const accountId of voters.slice(0, 40)) {
      const startedAt = performance.now();
      const outcome = await sendVote(env.baseUrl, env.ballotId, env.token(accountId), [env.candidateIds[2]], 5000);
      history.record({ ballotId: env.ballotId, accountId, candidateIds: [env.candidateIds[2]], startedAt, endedAt: performance.now(), outcome });
      expect(outcome).toMatchObject({ kind: 'response', status: 409 });
    }

    const report = await history.check(env.pool);
    if (process.env.FAULT_VERBOSE) console.log(expect.getState().currentTestName, report.stats);
    expect(report.violations).toEqual([]);
    await expectRecovered(env, 'restart');
    await expectCountsMatch(env);
  });

  it('Redis paused (SIGSTOP) longer than the command timeout: no request hangs, PostgreSQL carries the votes', async () => {
    const history = new VoteHistory();
    const stop = deferred();
    const load = loadVotes(env, history, { prefix: 'pause-', until: stop.promise, timeoutMs: 5000 });
    await until('30 votes are acknowledged', () => acked(history) >= 30);
    history.outageBegins('redis');
    const pausedAt = performance.now();
    env.redis.pause();
    // Votes go on through PostgreSQL alone while Redis is stalled.
    await until('a vote started into the pause is acknowledged', () => history.attempts.some((a) => a.startedAt > pausedAt + 500 && a.outcome.kind === 'response' && a.outcome.status === 201));
    // The scenario itself (not a wait for a result): the stall lasts ten times REDIS_COMMAND_TIMEOUT_MS (200 ms).
    await new Promise((r) => setTimeout(r, Math.max(0, pausedAt + 2000 - performance.now())));
    env.redis.resume();
    const resumedAt = performance.now();
    history.outageEnds('redis');
    await until('30 votes are acknowledged after the pause', () => acked(history, resumedAt) >= 30);
    stop.resolve();
    await load;

    const report = await history.check(env.pool);
    if (process.env.FAULT_VERBOSE) console.log(expect.getState().currentTestName, report.stats);
    expect(report.violations).toEqual([]);
    // Nothing hung: every request got an answer, and well before the client's own time-out.
    const slowest = Math.max(...history.attempts.map((a) => a.endedAt - a.startedAt));
    expect(history.attempts.filter((a) => a.outcome.kind !== 'response')).toEqual([]);
    expect(slowest).toBeLessThan(3000);
    // Voting went on while Redis was stalled (PostgreSQL alone), not just after it came back.
    const ackedDuringPause = history.attempts.filter(
      (a) => a.outcome.kind === 'response' && a.outcome.status === 201 && a.startedAt > pausedAt + 500 && a.endedAt < resumedAt,
    );
    expect(ackedDuringPause.length).toBeGreaterThan(0);
    await expectRecovered(env, 'pause');
    await expectCountsMatch(env);
  });
});
