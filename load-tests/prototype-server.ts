import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { createVoterTokens } from '../src/auth/voter-token';
import { systemClock } from '../src/clock';

/**
 * A second yardstick for `npm run load --prototype`: the plainest vote path that keeps the
 * service's core guarantees, and nothing else. A verified voter token (the service's own
 * verifier), one Redis SET NX per account and Shanghai day, and a group-committed INSERT with
 * synchronous commit before the 201. No rate limits, idempotency keys, ballot checks, counters,
 * audit, metrics or logging. What it reaches on a machine is about as far as a vote can go there.
 */
const port = Number(process.env.PORT ?? 3998);
const secret = process.env.VOTER_TOKEN_SECRET ?? '';
const tokens = createVoterTokens(secret, 86_400);
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { enableAutoPipelining: true });
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const prefix = process.env.REDIS_KEY_PREFIX ?? 'proto:';
const MAX_IN_FLIGHT = 3;

interface Pending {
  id: string;
  ballotId: string;
  openid: string;
  day: string;
  candidateIds: string[];
  done: (err?: Error) => void;
}

let queue: Pending[] = [];
let inFlight = 0;

/** One INSERT for everything queued while the previous statements ran. */
function flush(): void {
  if (inFlight >= MAX_IN_FLIGHT || queue.length === 0) return;
  const batch = queue;
  queue = [];
  inFlight++;
  pool
    .query(
      `INSERT INTO proto_votes (id, ballot_id, openid, day, candidate_ids, cast_at)
       SELECT v.id, v.ballot_id, v.openid, v.day, ARRAY(SELECT json_array_elements_text(v.c))::uuid[], now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::json[]) AS v(id, ballot_id, openid, day, c)`,
      [batch.map((p) => p.id), batch.map((p) => p.ballotId), batch.map((p) => p.openid), batch.map((p) => p.day), batch.map((p) => JSON.stringify(p.candidateIds))],
    )
    .then(
      () => batch.forEach((p) => p.done()),
      (err: Error) => batch.forEach((p) => p.done(err)),
    )
    .finally(() => {
      inFlight--;
      flush();
    });
}

const shanghaiDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

const app = Fastify();
app.get('/health', async () => ({ status: 'ok' }));
app.post<{ Params: { ballotId: string }; Body: { candidateIds?: unknown } }>('/v1/ballots/:ballotId/votes', async (request, reply) => {
  const auth = request.headers.authorization;
  const openid = auth?.startsWith('Bearer ') ? tokens.verify(auth.slice(7), systemClock.now()) : null;
  if (!openid) return reply.code(401).send({ error: { code: 'UNAUTHENTICATED' } });
  const ids = request.body?.candidateIds;
  if (!Array.isArray(ids) || ids.length !== 1 || typeof ids[0] !== 'string') return reply.code(400).send({ error: { code: 'VALIDATION' } });
  const { ballotId } = request.params;
  const day = shanghaiDay(systemClock.now().getTime());
  const key = `${prefix}${ballotId}:${day}:${openid}`;
  if ((await redis.set(key, '1', 'EX', 2 * 86_400, 'NX')) === null) return reply.code(409).send({ error: { code: 'ALREADY_VOTED_TODAY' } });
  const id = randomUUID();
  try {
    await new Promise<void>((resolve, reject) => {
      queue.push({ id, ballotId, openid, day, candidateIds: ids as string[], done: (err) => (err ? reject(err) : resolve()) });
      flush();
    });
  } catch {
    await redis.del(key);
    return reply.code(503).send({ error: { code: 'UNAVAILABLE' } });
  }
  return reply.code(201).send({ voteId: id, ballotId, day });
});

async function start(): Promise<void> {
  await pool.query(`CREATE TABLE IF NOT EXISTS proto_votes (
    id uuid PRIMARY KEY, ballot_id uuid NOT NULL, openid text NOT NULL, day date NOT NULL,
    candidate_ids uuid[] NOT NULL, cast_at timestamptz NOT NULL, UNIQUE (ballot_id, openid, day))`);
  await app.listen({ port, host: '127.0.0.1' });
}

const stop = () => {
  void app
    .close()
    .then(() => Promise.all([pool.end(), redis.quit()]))
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
start().catch((err) => {
  console.error(err);
  process.exit(1);
});
