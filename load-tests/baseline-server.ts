import cluster from 'node:cluster';
import Fastify from 'fastify';
import pino from 'pino';
import { runPrimary } from '../src/cluster-primary';

/**
 * The yardstick for `npm run load`: a bare Fastify POST route that parses the same JSON body as a
 * vote and answers a small JSON, started the same way as the service (its own Node process,
 * NODE_ENV=production, pino at LOG_LEVEL into the same kind of log file). Whatever the service
 * achieves is reported as a fraction of what this does on the same machine in the same run.
 * WEB_CONCURRENCY > 1 forks that many workers through the service's own cluster primary.
 */
const port = Number(process.env.PORT ?? 3999);
const host = process.env.HOST ?? '127.0.0.1';
const level = process.env.LOG_LEVEL ?? 'info';
const workers = Number(process.env.WEB_CONCURRENCY ?? 1);

if (workers > 1 && cluster.isPrimary) {
  void runPrimary({ workers, log: pino({ level }) }).then((code) => process.exit(code));
} else {
  serve();
}

function serve(): void {
  const app = Fastify({ logger: { level } });

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
