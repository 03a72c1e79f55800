import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import pino from 'pino';
import { Pool } from 'pg';
import { createScratchEnv, deleteRedisKeys, dropDatabase } from './lib/scratch-env';
import { createAccountMint } from './lib/token-mint';
import { insertPublishedBallot } from './lib/ballot-setup';
import { listOption, numberOption, readOptions } from './lib/options';
import { ensureDatabase, migrate } from '../src/storage/migrate';
import { REPO_ROOT } from './lib/service-launcher';

/**
 * `npx tsx load-tests/vote-cpu.ts -- --builds=dist-a,dist-b:ACCESS_LOG_SAMPLE=0`: the process CPU
 * per accepted vote of several compiled builds, loaded side by side in this one process and run in
 * turn (a bare Fastify route first in every round), through app.inject at a fixed concurrency. No
 * sockets and no separate processes: the work measured is the app's own (routing, schemas, auth,
 * the vote path, its pg and ioredis client work, metrics, the access line), and a change in the
 * machine's load hits every build of a round alike. Each build is `<dir>[:NAME=value;…]`.
 */

const opts = readOptions('vote-cpu', {
  builds: listOption('CPU_BUILDS', ['dist']),
  votes: numberOption('CPU_VOTES', 3000),
  rounds: numberOption('CPU_ROUNDS', 3),
  concurrency: numberOption('CPU_CONCURRENCY', 100),
});

interface Variant {
  name: string;
  inject: (payload: string, authorization: string) => Promise<number>;
  close: () => Promise<void>;
}

const env = createScratchEnv('load');

async function bareVariant(): Promise<Variant> {
  const app = Fastify();
  app.post('/v1/ballots/:ballotId/votes', async (request, reply) => {
    const body = request.body as { candidateIds?: unknown };
    return reply.code(201).send({ ok: true, candidates: Array.isArray(body?.candidateIds) ? body.candidateIds.length : 0 });
  });
  await app.ready();
  return { name: 'bare route', inject: (payload, authorization) => injectVote(app, 'x', payload, authorization), close: () => app.close() };
}

async function injectVote(app: FastifyInstance, ballotId: string, payload: string, authorization: string): Promise<number> {
  const res = await app.inject({ method: 'POST', url: `/v1/ballots/${ballotId}/votes`, payload, headers: { authorization, 'content-type': 'application/json' } });
  return res.statusCode;
}

async function buildVariant(spec: string, ballotId: string): Promise<Variant> {
  const [dir, settings = ''] = spec.split(':');
  const extra = Object.fromEntries(settings.split(';').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
  const root = path.resolve(REPO_ROOT, dir!);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildApp } = require(path.join(root, 'app.js')) as typeof import('../src/app');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadConfig } = require(path.join(root, 'config.js')) as typeof import('../src/config');
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    REDIS_KEY_PREFIX: `${env.redisKeyPrefix}${dir}:`,
    VOTER_TOKEN_SECRET: env.voterTokenSecret,
    RATE_LIMIT_VOTE_PER_ACCOUNT_PER_MIN: '1000000000',
    RATE_LIMIT_VOTE_PER_IP_PER_MIN: '1000000000',
    DETECT_INTERVAL_MS: '0',
    ...extra,
  });
  const logger = pino({ level: 'info' }, pino.destination({ dest: '/dev/null', sync: false }));
  const app = await buildApp(config, { logger });
  await app.ready();
  return { name: spec, inject: (payload, authorization) => injectVote(app, ballotId, payload, authorization), close: () => app.close() };
}

async function main(): Promise<void> {
  await ensureDatabase(env.databaseUrl);
  await migrate(env.databaseUrl);
  const pool = new Pool({ connectionString: env.databaseUrl });
  const ballot = await insertPublishedBallot(pool, { title: 'vote-cpu', opensAt: new Date(new Date().getTime() - 3600_000), candidates: 20 });
  await pool.end();
  const variants = [await bareVariant(), ...(await Promise.all(opts.builds.map((b) => buildVariant(b, ballot.id))))];
  // Tokens minted up front (warm-up included): minting is CPU in this process too.
  const mint = createAccountMint(env.voterTokenSecret, env.runId, (opts.rounds + 1) * variants.length * opts.votes);
  const bodies = ballot.candidates.map((c) => JSON.stringify({ candidateIds: [c.id] }));
  const results = new Map<string, number[]>(variants.map((v) => [v.name, []]));

  const run = async (v: Variant, n: number): Promise<{ cpuUs: number; statuses: Record<number, number> }> => {
    const statuses: Record<number, number> = {};
    let sent = 0;
    const before = process.cpuUsage();
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        while (sent < n) {
          sent++;
          const a = mint.next();
          const status = await v.inject(bodies[a.index % bodies.length]!, a.authorization);
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      }),
    );
    const used = process.cpuUsage(before);
    return { cpuUs: (used.user + used.system) / n, statuses };
  };

  for (const v of variants) await run(v, Math.min(500, opts.votes)); // warm-up (JIT, pools, caches)
  for (let round = 1; round <= opts.rounds; round++) {
    for (const v of variants) {
      const r = await run(v, opts.votes);
      results.get(v.name)!.push(Math.round(r.cpuUs));
      console.log(`round ${round} ${v.name}: ${Math.round(r.cpuUs)} µs CPU per vote, statuses ${JSON.stringify(r.statuses)}`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const bare = median(results.get('bare route')!);
  console.log('\nmedian µs CPU per vote (this process), and the bare route over it:');
  for (const [name, xs] of results) console.log(`  ${name.padEnd(40)} ${String(median(xs)).padStart(6)}  ${(bare / median(xs)).toFixed(2)}  [${xs.join(', ')}]`);
  console.log('VOTE_CPU_RESULT ' + JSON.stringify(Object.fromEntries(results)));
  for (const v of variants) await v.close();
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(async () => {
    await dropDatabase(env).catch(() => {});
    await deleteRedisKeys(env).catch(() => {});
  });
