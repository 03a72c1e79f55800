import cluster from 'node:cluster';
import Fastify from 'fastify';
import pino from 'pino';
import { runPrimary } from '../src/cluster-primary';

/**
 * The yardstick for `npm run load`: a bare Fastify POST route with Fastify's defaults (no logger)
 * that parses the same JSON body as a vote and answers a small JSON, in its own Node process
 * (NODE_ENV=production). Whatever the service achieves is reported as a fraction of what this does
 * on the same machine in the same run. BASELINE_LOGGER=1 adds pino's access line per request at
 * LOG_LEVEL (the "logged baseline", shown beside). WEB_CONCURRENCY > 1 forks that many workers
 * through the service's own cluster primary.
 */
const port = Number(process.env.PORT ?? 3999);
const host = process.env.HOST ?? '127.0.0.1';
const level = process.env.LOG_LEVEL ?? 'info';
const workers = Number(process.env.WEB_CONCURRENCY ?? 1);
const logged = process.env.BASELINE_LOGGER === '1';

if (workers > 1 && cluster.isPrimary) {
  void runPrimary({ workers, log: pino({ level }) }).then((code) => process.exit(code));
} else {
  serve();
}

function serve(): void {
  const app = logged ? Fastify({ logger: { level } }) : Fastify();

  app.get('/health', async () => ({ status: 'ok' }));

  app.post('/v1/ballots/:ballotId/votes', async (request, reply) => {
    const body = request.body as { candidateIds?: unknown };
    const n = Array.isArray(body?.candidateIds) ? body.candidateIds.length : 0;
    return reply.code(201).send({ ok: true, candidates: n });
  });

  const stop = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  app.listen({ port, host }).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
