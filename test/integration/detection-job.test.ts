import pino from 'pino';
import { createTestContext, type TestContext } from '../helpers/test-app';
import { createDetectionJob } from '../../src/services/detection-job';
import type { FlagService } from '../../src/services/flag-service';
import { ballotsToWatch } from '../../src/storage/detection-queries';
import { DAY_MS } from '../../src/domain/calendar';
import { botBurst, insertVotes, organicVotes, seedBallot, type SeededBallot } from './flags-fixtures';

/** The background detector: finds bursts on its own, once per burst across instances, only on watched ballots. */

const OPENS_AT = '2026-06-01T00:00:00.000Z';
const NOW = '2026-06-01T06:00:00.000Z';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (performance.now() > until) throw new Error('timed out waiting');
    await sleep(100);
  }
}

async function seedBurstBallot(ctx: TestContext, opts: { opensAt?: string; status?: 'published' | 'finalized' | 'draft'; seed?: number } = {}): Promise<SeededBallot> {
  const opensAt = opts.opensAt ?? OPENS_AT;
  const b = await seedBallot(ctx.pool, { opensAt, status: opts.status });
  const start = new Date(opensAt);
  await insertVotes(ctx.pool, b.ballot.id, [
    ...organicVotes(b.candidates, start, 5 * 60, 1, opts.seed ?? 3),
    ...botBurst(b.candidates[1].id, new Date(start.getTime() + 4 * 3600_000), 400),
  ]);
  return b;
}

/** Ballot passes of an instance's background job so far, whatever their outcome (its /metrics). */
async function passCount(app: TestContext['app']): Promise<number> {
  const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
  let n = 0;
  for (const m of text.matchAll(/^detection_ballot_passes_total\{[^}]*\} (\d+)$/gm)) n += Number(m[1]);
  return n;
}

/** Resolves once the job has run a whole loop over the watched ballots after this call (so every ballot it watches was considered). */
async function aWholeLoop(ctx: TestContext, app: TestContext['app'] = ctx.app): Promise<void> {
  const watched = (await ballotsToWatch(ctx.pool, new Date(NOW), DAY_MS)).length;
  const from = await passCount(app);
  // Passes counted after `from` may finish a loop already under way; two loops' worth include a whole one.
  await waitFor(async () => ((await passCount(app)) >= from + 2 * watched ? true : null));
}

const flagsOf = async (ctx: TestContext, ballotId: string) =>
  (await ctx.pool.query('SELECT id, candidate_id, burst_key, created_by, created_at FROM flags WHERE ballot_id = $1', [ballotId])).rows;

describe('background detection', () => {
  describe('one instance', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await createTestContext({ now: NOW, env: { DETECT_INTERVAL_MS: '150' } });
    });
    afterAll(() => ctx.close());

    it('raises a flag on a bot-like burst by itself, as actor "detector", audited', async () => {
      const b = await seedBurstBallot(ctx);
      const flags = await waitFor(async () => {
        const rows = await flagsOf(ctx, b.ballot.id);
        return rows.length > 0 ? rows : null;
      });
      expect(flags.every((f) => f.candidate_id === b.candidates[1].id)).toBe(true);
      expect(flags[0]).toMatchObject({ created_by: 'detector', created_at: new Date(NOW) });
      const { rows: audit } = await ctx.pool.query(`SELECT actor, details FROM audit_log WHERE ballot_id = $1 AND action = 'flag.raised'`, [b.ballot.id]);
      expect(audit).toHaveLength(flags.length);
      expect(audit[0].actor).toBe('detector');
    });

    it('skips ballots whose votes have not changed since the last pass', async () => {
      const metric = async () => {
        const text = (await ctx.app.inject({ method: 'GET', url: '/metrics' })).body;
        const m = /detection_ballot_passes_total\{outcome="unchanged"\} (\d+)/.exec(text);
        return m ? Number(m[1]) : 0;
      };
      const before = await metric();
      await waitFor(async () => ((await metric()) > before + 2 ? true : null));
      // …and when a vote arrives, it works the ballot again.
      const passes = async () => Number(/detection_ballot_passes_total\{outcome="clean"\} (\d+)/.exec((await ctx.app.inject({ method: 'GET', url: '/metrics' })).body)?.[1] ?? 0);
      const cleanBefore = await passes();
      const b = (await ctx.pool.query(`SELECT id FROM ballots ORDER BY created_at LIMIT 1`)).rows[0].id as string;
      const candidate = (await ctx.pool.query('SELECT id FROM candidates WHERE ballot_id = $1 LIMIT 1', [b])).rows[0].id as string;
      await insertVotes(ctx.pool, b, organicVotes([{ id: candidate } as never], new Date('2026-06-01T05:10:00Z'), 1, 1, 9));
      await waitFor(async () => ((await passes()) > cleanBefore ? true : null));
    });

    it('leaves drafts, finalized ballots and ballots closed over a day ago alone; still watches one closed an hour ago', async () => {
      const draft = await seedBurstBallot(ctx, { status: 'draft' });
      const finalized = await seedBurstBallot(ctx, { status: 'finalized' });
      // 1-day ballots: one closed 2 days before NOW, one closed an hour before NOW.
      const old = await seedBallot(ctx.pool, { opensAt: '2026-05-29T00:00:00.000Z', durationDays: 1 });
      const recent = await seedBallot(ctx.pool, { opensAt: '2026-05-31T05:00:00.000Z', durationDays: 1 });
      for (const [b, seed] of [[old, 5], [recent, 6]] as const) {
        const start = b.ballot.opensAt;
        await insertVotes(ctx.pool, b.ballot.id, [
          ...organicVotes(b.candidates, start, 5 * 60, 1, seed),
          ...botBurst(b.candidates[1].id, new Date(start.getTime() + 4 * 3600_000), 400),
        ]);
      }
      await waitFor(async () => ((await flagsOf(ctx, recent.ballot.id)).length > 0 ? true : null));
      // The loop that flagged it goes on to the ballots that open later (passes go by opening time).
      await aWholeLoop(ctx);
      for (const b of [draft, finalized, old]) expect(await flagsOf(ctx, b.ballot.id)).toEqual([]);
    });
  });

  describe('several instances', () => {
    let ctx: TestContext;
    const others: Array<TestContext['app']> = [];
    beforeAll(async () => {
      ctx = await createTestContext({ now: NOW, env: { DETECT_INTERVAL_MS: '50' } });
      others.push(await ctx.buildAnother(), await ctx.buildAnother());
    });
    afterAll(() => ctx.close());

    it('three instances running the job raise each burst exactly once', async () => {
      const ballots = [await seedBurstBallot(ctx, { seed: 11 }), await seedBurstBallot(ctx, { seed: 12 })];
      for (const b of ballots) await waitFor(async () => ((await flagsOf(ctx, b.ballot.id)).length > 0 ? true : null));
      await ctx.flushRedis(); // shared "already seen" marks lost: the instances work the ballots again
      for (const app of [ctx.app, ...others]) await aWholeLoop(ctx, app);
      for (const b of ballots) {
        const flags = await flagsOf(ctx, b.ballot.id);
        expect(new Set(flags.map((f) => `${f.candidate_id}/${f.burst_key}`)).size).toBe(flags.length);
        const { rows } = await ctx.pool.query(`SELECT count(*)::int AS n FROM audit_log WHERE ballot_id = $1 AND action = 'flag.raised'`, [b.ballot.id]);
        expect(rows[0].n).toBe(flags.length);
      }
    });
  });

  describe('failures', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await createTestContext({ now: NOW });
    });
    afterAll(() => ctx.close());

    it('a ballot whose detection throws is logged and skipped; the others are still worked, and the loop keeps going', async () => {
      const [a, b] = [await seedBallot(ctx.pool, { opensAt: OPENS_AT }), await seedBallot(ctx.pool, { opensAt: OPENS_AT })];
      await insertVotes(ctx.pool, a.ballot.id, organicVotes(a.candidates, new Date(OPENS_AT), 10, 1, 1));
      await insertVotes(ctx.pool, b.ballot.id, organicVotes(b.candidates, new Date(OPENS_AT), 10, 1, 2));
      const worked: string[] = [];
      const flaky = {
        async detect(ballotId: string) {
          worked.push(ballotId);
          if (ballotId === a.ballot.id) throw new Error('boom');
          return { ok: true as const, raised: [], pass: { events: 10, readMs: 1, detectMs: 1, threadId: 1 } };
        },
      } as unknown as FlagService;
      const logged: string[] = [];
      const log = pino({ level: 'error' }, { write: (line: string) => void logged.push(line) });
      const job = createDetectionJob({ pool: ctx.app.pg, redis: ctx.app.redis, flags: flaky, intervalMs: 30, currentTime: async () => new Date(NOW), log });
      const first = await job.runOnce();
      expect(first.ballots).toEqual(
        expect.arrayContaining([
          { ballotId: a.ballot.id, outcome: 'failed', raised: 0 },
          { ballotId: b.ballot.id, outcome: 'clean', raised: 0 },
        ]),
      );
      expect(logged.join('')).toContain('background detection failed for a ballot');
      // The failed ballot is retried next pass (its votes were never marked as seen); the clean one is not.
      const second = await job.runOnce();
      expect(second.ballots.find((x) => x.ballotId === a.ballot.id)?.outcome).toBe('failed');
      expect(second.ballots.find((x) => x.ballotId === b.ballot.id)?.outcome).toBe('unchanged');
      // The timer loop survives failures and stop() waits for the pass in progress.
      job.start();
      await waitFor(async () => (worked.length > 3 ? true : null));
      await job.stop();
      const count = worked.length;
      // Nothing runs after stop(): a few intervals (30 ms) go by without work. (An absence can
      // only be observed over time.)
      await sleep(150);
      expect(worked.length).toBe(count);
      // The advisory locks were released: another pass can take every ballot.
      const third = await job.runOnce();
      expect(third.ballots.every((x) => x.outcome !== 'busy')).toBe(true);
    });

    it('a ballot whose pass was slow rests for a multiple of its work time before the next pass (shared through Redis)', async () => {
      const b = await seedBallot(ctx.pool, { opensAt: OPENS_AT });
      await insertVotes(ctx.pool, b.ballot.id, organicVotes(b.candidates, new Date(OPENS_AT), 10, 1, 3));
      const slow = {
        async detect() {
          // Waiting (for the worker to start, behind a detect-now) costs no rest; work does.
          await sleep(300);
          return { ok: true as const, raised: [], pass: { events: 10, readMs: 80, detectMs: 20, threadId: 1 } };
        },
      } as unknown as FlagService;
      const log = pino({ level: 'silent' });
      const mk = () => createDetectionJob({ pool: ctx.app.pg, redis: ctx.app.redis, flags: slow, intervalMs: 30, currentTime: async () => new Date(NOW), log });
      const [one, two] = [mk(), mk()];
      const outcome = (s: Awaited<ReturnType<typeof one.runOnce>>) => s.ballots.find((x) => x.ballotId === b.ballot.id)?.outcome;
      expect(outcome(await one.runOnce())).toBe('clean');
      // A new vote arrives, but the ballot rests (~900 ms after 100 ms of work; 2.7 s if it counted the 300 ms wall time), for the other instance too.
      await insertVotes(ctx.pool, b.ballot.id, organicVotes([b.candidates[0]], new Date('2026-06-01T00:30:00Z'), 1, 1, 4));
      const restStarted = performance.now();
      expect(outcome(await two.runOnce())).toBe('cooling');
      await waitFor(async () => (outcome(await two.runOnce()) === 'clean' ? true : null), 5000);
      // About 0.9 s of rest plus the 0.3 s pass; counting the wall time would rest 2.7 s.
      expect(performance.now() - restStarted).toBeLessThan(2300);
    });
  });
});
