import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../../errors';
import { actorOf } from '../../plugins/auth';
import { ballotIdParams, errorResponse, isoInstant, uuid } from '../schemas';
import { flagListSchema, flagSchema, toFlagView } from '../flag-view';

/** Auditors' area: stuffing flags (list, read, review, manual), detect-now, vote timelines. */

const noteText = z.string().trim().min(10).max(2000);
const flagIdParams = z.object({ flagId: uuid });
const errorsOf = (...codes: Array<400 | 401 | 403 | 404 | 409>) => Object.fromEntries(codes.map((c) => [c, errorResponse]));

export default async function flagRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = app.flagService;

  app.get(
    '/v1/ballots/:ballotId/flags',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: {
        tags: ['auditors'],
        summary: "A ballot's stuffing flags, newest first",
        params: ballotIdParams,
        querystring: z.object({ status: z.enum(['active', 'confirmed', 'dismissed']).optional() }),
        response: { 200: flagListSchema, ...errorsOf(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const flags = await service.list(request.params.ballotId, request.query.status ?? null);
      return { flags: flags.map(toFlagView) };
    },
  );

  app.get(
    '/v1/flags/:flagId',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: { tags: ['auditors'], summary: 'One flag with its evidence', params: flagIdParams, response: { 200: flagSchema, ...errorsOf(400, 401, 403, 404) } },
    },
    async (request) => toFlagView(await service.get(request.params.flagId)),
  );

  app.post(
    '/v1/flags/:flagId/review',
    {
      // Auditors only: the provincial office must not be able to clear a flag on its own candidates.
      config: { auth: ['auditor'] },
      schema: {
        tags: ['auditors'],
        summary: 'Confirm or dismiss a flag, with a written reason (auditor only)',
        description:
          'A reviewed flag may be reviewed again until the ballot is finalized; the new decision applies and earlier ones are kept in review.history.',
        params: flagIdParams,
        body: z.object({ decision: z.enum(['confirm', 'dismiss']), note: noteText }),
        response: { 200: flagSchema, ...errorsOf(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const flag = await service.review(request.params.flagId, request.body, actorOf(request.principal), request.now);
      return toFlagView(flag);
    },
  );

  app.post(
    '/v1/ballots/:ballotId/flags',
    {
      config: { auth: ['auditor'] },
      schema: {
        tags: ['auditors'],
        summary: 'Raise a flag by hand (auditor only)',
        params: ballotIdParams,
        body: z
          .object({ candidateId: uuid, reason: noteText, windowStart: isoInstant.optional(), windowEnd: isoInstant.optional() })
          .refine((b) => !b.windowStart || !b.windowEnd || Date.parse(b.windowStart) < Date.parse(b.windowEnd), {
            message: 'windowEnd must be after windowStart',
            path: ['windowEnd'],
          }),
        response: { 201: flagSchema, ...errorsOf(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { candidateId, reason, windowStart, windowEnd } = request.body;
      const flag = await service.raiseManual(
        request.params.ballotId,
        { candidateId, reason, windowStart: windowStart ? new Date(windowStart) : null, windowEnd: windowEnd ? new Date(windowEnd) : null },
        actorOf(request.principal),
        request.now,
      );
      return reply.code(201).send(toFlagView(flag));
    },
  );

  app.post(
    '/v1/ballots/:ballotId/detect',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: {
        tags: ['auditors'],
        summary: 'Run stuffing detection now over every vote so far; returns the flags it newly raised',
        description:
          'Reads the votes of every completed minute (not the minute in progress: a partial minute could move a burst\'s start, ' +
          'and so its identity, between runs) in the detection worker thread and stores the bursts not raised before. ' +
          '503 UNAVAILABLE when the pass could not finish (timed out, too big for the worker, too many waiting); nothing was recorded.',
        params: ballotIdParams,
        response: { 200: flagListSchema, ...errorsOf(400, 401, 403, 404, 409), 503: errorResponse },
      },
    },
    async (request) => {
      const outcome = await service.detect(request.params.ballotId, actorOf(request.principal), request.now);
      if (!outcome.ok) {
        throw errors.invalidState(outcome.status === 'draft' ? 'The ballot is a draft; it has no votes.' : 'The ballot is finalized; its flags are frozen.');
      }
      return { flags: outcome.raised.map(toFlagView) };
    },
  );

  app.get(
    '/v1/ballots/:ballotId/timeline',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: {
        tags: ['auditors'],
        summary: 'Votes per candidate per minute or hour',
        description:
          'Points are bucket starts with the votes cast in that bucket; buckets without votes are left out. ' +
          'from/to default to the ballot window and are widened to whole buckets; at most 7 days per minute, 62 days per hour.',
        params: ballotIdParams,
        querystring: z.object({
          candidateId: uuid.optional(),
          from: isoInstant.optional(),
          to: isoInstant.optional(),
          bucket: z.enum(['minute', 'hour']).default('minute'),
        }),
        response: {
          200: z.object({
            bucket: z.enum(['minute', 'hour']),
            from: z.string(),
            to: z.string(),
            series: z.array(z.object({ candidateId: z.string(), points: z.array(z.object({ t: z.string(), votes: z.number().int() })) })),
          }),
          ...errorsOf(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const { candidateId, from, to, bucket } = request.query;
      return app.timelineService.read({
        ballotId: request.params.ballotId,
        candidateId: candidateId ?? null,
        from: from ? new Date(from) : null,
        to: to ? new Date(to) : null,
        bucket,
      });
    },
  );
}
