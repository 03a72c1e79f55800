import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ballotIdParams, errorResponse } from '../schemas';
import { actorOf } from '../../plugins/auth';
import { scoresCsv } from '../scores-csv';

const scoredCandidate = z.object({
  candidateId: z.uuid(),
  name: z.string(),
  city: z.string(),
  votes: z.number().int(),
  flagged: z.boolean().describe('an active or confirmed stuffing flag: the vote score is 0'),
  voteScore: z.number().describe('0..20, two decimals, half-up'),
  rank: z.number().int().describe('by score, then votes; equal entries share a rank'),
});

const scoresResponse = z.object({
  ballotId: z.uuid(),
  status: z.enum(['provisional', 'final']),
  weight: z.literal(20),
  method: z.literal('max-normalized'),
  generatedAt: z.string(),
  totalVotes: z.number().int(),
  digest: z.string().nullable().describe('"sha256:<hex>" once final, else null'),
  candidates: z.array(scoredCandidate),
  auditHead: z
    .object({ seq: z.number().int(), hash: z.string() })
    .optional()
    .describe('final only: the audit log entry last written before finalize; the digest covers it, so the chain up to it can be checked against GET /v1/audit-log/verify'),
});

const scoresQuery = z.object({
  format: z.enum(['json', 'csv']).optional().describe('csv, or send Accept: text/csv; json is the default'),
});

/** Optional: `{"override": true, "reason": "…"}` finalizes over unreviewed flags (API.md). */
const finalizeBody = z
  .object({
    override: z.boolean().optional(),
    reason: z.string().trim().min(10).max(2000).optional(),
  })
  .refine((b) => !b.override || b.reason !== undefined, { message: 'an override needs a reason (10..2000 characters)', path: ['reason'] })
  .nullish();

const FINALIZE_SOCKET_TIMEOUT_MS = 10 * 60_000;

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** `?format=` decides when given; otherwise an Accept header naming text/csv asks for CSV. */
function wantsCsv(request: FastifyRequest, format: 'json' | 'csv' | undefined): boolean {
  if (format) return format === 'csv';
  const accept = request.headers.accept;
  return typeof accept === 'string' && /(^|,)\s*text\/csv\s*(;|,|$)/i.test(accept);
}

export default async function scoreRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const results = app.resultsService;

  app.get(
    '/v1/ballots/:ballotId/scores',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: {
        tags: ['scores'],
        summary: 'Vote scores (20% of the evaluation): provisional while voting, final once finalized',
        security: [{ bearer: [] }],
        params: ballotIdParams,
        querystring: scoresQuery,
        response: { 200: scoresResponse, ...errors },
      },
    },
    async (request, reply) => {
      const body = await results.scores(request.params.ballotId, request.now);
      reply.header('cache-control', 'no-store').header('vary', 'Accept');
      if (wantsCsv(request, request.query.format)) {
        const name = `scores-${body.ballotId}-${body.status}.csv`;
        reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`);
        // A string with a non-JSON content type is sent as is, past the JSON response serializer.
        return reply.send(scoresCsv(body) as never);
      }
      return body;
    },
  );

  app.post(
    '/v1/ballots/:ballotId/finalize',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['scores'],
        summary: 'Freezes the final scores and publishes their digest; repeating it returns the same result',
        security: [{ bearer: [] }],
        description:
          '409 UNREVIEWED_FLAGS (with flagIds) while active flags await review, unless the body is {"override": true, "reason": "…"}, which the audit log records.',
        params: ballotIdParams,
        body: finalizeBody,
        response: { 200: scoresResponse, ...errors, 409: errorResponse },
      },
    },
    async (request, reply) => {
      // Finalize reads and hashes every vote: for a million votes that can outlast the server's idle
      // socket timeout, which would cut the admin's connection while the work goes on.
      // (Injected test requests have a stand-in socket without timers.)
      const socket = request.raw.socket as { setTimeout?: (ms: number) => unknown } | undefined;
      if (typeof socket?.setTimeout === 'function') socket.setTimeout(FINALIZE_SOCKET_TIMEOUT_MS);
      const override = request.body?.override && request.body.reason ? { reason: request.body.reason } : undefined;
      const { body } = await results.finalize(request.params.ballotId, request.now, actorOf(request.principal), override);
      reply.header('cache-control', 'no-store');
      return body;
    },
  );

  app.get(
    '/v1/ballots/:ballotId/ledger',
    {
      config: { auth: ['auditor'] },
      schema: {
        tags: ['scores'],
        summary: 'The vote ledger: one accepted vote per line (NDJSON), in cast order, streamed',
        description:
          'Each line is the canonical JSON of {"accountId","at","candidateIds","day","ip","userAgent","voteId"} followed by "\\n"; ' +
          'the same bytes the final digest hashes.',
        security: [{ bearer: [] }],
        params: ballotIdParams,
        response: {
          200: z.string().describe('application/x-ndjson'),
          ...errors,
          429: errorResponse.describe('too many exports in progress (EXPORT_MAX_CONCURRENT, EXPORT_MAX_PER_KEY); see Retry-After'),
        },
      },
    },
    async (request, reply) => {
      // Capped per staff key and in total (429 beyond): exports never starve voting of connections.
      const principal = request.principal;
      const release = app.ledgerExports.slots.acquire(principal?.kind === 'staff' ? principal.keyId : 'anonymous');
      let stream;
      try {
        stream = await results.ledgerExport(request.params.ballotId);
      } catch (err) {
        release();
        throw err;
      }
      stream.once('close', release);
      reply
        .type('application/x-ndjson; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="ledger-${request.params.ballotId}.ndjson"`);
      return reply.send(stream as never);
    },
  );
}
