import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../errors';
import { ballotIdParams, errorResponse, isoInstant } from '../schemas';

const castBody = z.object({
  // Empty, repeated or unknown ids are 422 INVALID_SELECTION (a rule of the ballot), not 400: the
  // schema only bounds the size.
  candidateIds: z.array(z.string().max(100)).max(500),
});

// `.loose()`: Fastify replaces request.headers with the validated value; keep the others (user-agent).
const castHeaders = z.object({ 'idempotency-key': z.string().min(1).max(255).optional() }).loose();

const day = z.string().describe('Asia/Shanghai calendar date, YYYY-MM-DD');

const receipt = z.object({
  voteId: z.uuid(),
  ballotId: z.uuid(),
  day,
  candidateIds: z.array(z.uuid()),
  castAt: isoInstant,
  nextVoteAt: isoInstant.nullable(),
});

const myVotes = z.object({
  ballotId: z.uuid(),
  day,
  votedToday: z.boolean(),
  nextVoteAt: isoInstant.nullable().describe('When this account may vote next: now if it has not voted today and the ballot is open, the opening time when upcoming, the next midnight after a vote today, null when no further vote is possible'),
  votes: z.array(z.object({ voteId: z.uuid(), day, candidateIds: z.array(z.uuid()), castAt: isoInstant })),
});

const voterAccount = (request: FastifyRequest): string => {
  const p = request.principal;
  // The auth policy 'voter' guarantees a voter principal; this only narrows the type.
  if (!p || p.kind !== 'voter') throw new AppError('UNAUTHENTICATED', 'A voter token is required.');
  return p.accountId;
};

export default async function voteRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = app.voteService;

  app.post(
    '/v1/ballots/:ballotId/votes',
    {
      config: { auth: 'voter' },
      // The receipt and the error bodies are built by this service in exactly their schema's shape
      // (receipt below, errorBody in the error handler), so the hottest route skips zod's parse of
      // its own output; the schemas still document it (OpenAPI) and the tests check the bodies.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        tags: ['votes'],
        summary: 'Cast today’s vote',
        security: [{ bearer: [] }],
        params: ballotIdParams,
        headers: castHeaders,
        body: castBody,
        response: {
          201: receipt,
          400: errorResponse,
          401: errorResponse,
          403: errorResponse,
          404: errorResponse,
          409: errorResponse,
          422: errorResponse,
          429: errorResponse,
          503: errorResponse,
        },
      },
    },
    async (request, reply) => {
      const ua = request.headers['user-agent'];
      const result = await service.cast({
        ballotId: request.params.ballotId,
        accountId: voterAccount(request),
        candidateIds: request.body.candidateIds,
        idempotencyKey: request.headers['idempotency-key'] ?? null,
        now: request.now,
        ip: request.clientIp,
        userAgent: typeof ua === 'string' ? ua : '',
      });
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(201).send(result.receipt);
    },
  );

  app.get(
    '/v1/ballots/:ballotId/votes/me',
    {
      config: { auth: 'voter' },
      schema: {
        tags: ['votes'],
        summary: 'This account’s votes in a ballot',
        security: [{ bearer: [] }],
        params: ballotIdParams,
        response: { 200: myVotes, 401: errorResponse, 403: errorResponse, 404: errorResponse, 503: errorResponse },
      },
    },
    async (request) => service.mine(request.params.ballotId, voterAccount(request), request.now),
  );
}
