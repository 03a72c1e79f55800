import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../../errors';
import { actorOf } from '../../plugins/auth';
import { ballotIdParams, errorResponse, isoInstant, uuid } from '../schemas';
import { ballotResponse, ballotView, candidateResponse, candidateView, EMPTY_TALLY, type BallotJson } from '../ballot-view';
import { phaseOf } from '../../domain/calendar';
import type { Tally } from '../../storage/tally-queries';
import type { BallotWithCandidates } from '../../domain/ballot';
import { endOfTurn } from '../../turn-end';

const createBallotBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    category: z.enum(['county', 'township']),
    year: z.number().int().min(2000).max(2100),
    seats: z.number().int().min(1).max(500),
    maxChoices: z.number().int().min(1).max(500).default(1),
    opensAt: isoInstant,
    durationDays: z.number().int().min(1).max(31).default(7),
    showLiveCounts: z.boolean().default(true),
  })
  .refine((b) => b.maxChoices <= b.seats, { path: ['maxChoices'], message: 'maxChoices must be between 1 and seats' });

const candidateInput = z.object({
  name: z.string().trim().min(1).max(200),
  city: z.string().trim().min(1).max(100),
  county: z.string().trim().min(1).max(200).nullable().optional(),
  summary: z.string().trim().max(2000).nullable().optional(),
});

const addCandidatesBody = z.object({ candidates: z.array(candidateInput).min(1).max(500) });

// 500 candidates with 2,000-character Chinese summaries are ~3 MB of UTF-8; only admins get past
// the auth hook (which runs before the body is read), so the larger limit is not a public surface.
const CANDIDATES_BODY_LIMIT = 4 * 1024 * 1024;

const errorsOf = (...codes: Array<400 | 401 | 403 | 404 | 409 | 413 | 422>) =>
  Object.fromEntries(codes.map((c) => [c, errorResponse])) as Record<number, typeof errorResponse>;

export default async function ballotRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const service = app.ballotService;
  const action = (request: FastifyRequest) => ({ actor: actorOf(request.principal), now: request.now });

  /**
   * The public page's JSON, built once per change. It is read thousands of times a second at
   * launch, and it changes only with the ballot (cached object), its phase and the live counts
   * (a tally object lives up to a second): validating and serializing 20 candidates per request
   * was most of the route's cost. A string reply skips the route serializer.
   */
  const pages = new Map<string, { ballot: object; tally: Tally | undefined; phase: string; json: string }>();
  function publicPage(ballot: BallotWithCandidates, tally: Tally | undefined, now: Date): string {
    const phase = phaseOf(ballot, now);
    const hit = pages.get(ballot.id);
    if (hit && hit.ballot === ballot && hit.tally === tally && hit.phase === phase) return hit.json;
    const json = JSON.stringify(ballotResponse.parse(ballotView(ballot, now, { candidates: ballot.candidates, tally })));
    // Only existing, non-draft ballots get here, so the map is bounded by the ballots there are.
    pages.set(ballot.id, { ballot, tally, phase, json });
    return json;
  }

  app.post(
    '/v1/ballots',
    {
      config: { auth: ['admin'] },
      schema: { tags: ['ballots'], summary: 'Create a draft ballot', body: createBallotBody, response: { 201: ballotResponse, ...errorsOf(400, 401, 403) } },
    },
    async (request, reply) => {
      const b = request.body;
      const ballot = await service.create({ ...b, opensAt: new Date(b.opensAt) }, action(request));
      return reply.code(201).send(ballotView(ballot, request.now, { candidates: [], tally: EMPTY_TALLY }));
    },
  );

  app.post(
    '/v1/ballots/:ballotId/candidates',
    {
      config: { auth: ['admin'] },
      bodyLimit: CANDIDATES_BODY_LIMIT,
      schema: {
        tags: ['ballots'],
        summary: 'Add candidates to a draft ballot',
        params: ballotIdParams,
        body: addCandidatesBody,
        response: { 201: z.object({ candidates: z.array(candidateResponse) }), ...errorsOf(400, 401, 403, 404, 409, 413) },
      },
    },
    async (request, reply) => {
      const added = await service.addCandidates(request.params.ballotId, request.body.candidates, action(request));
      return reply.code(201).send({ candidates: added.map((c) => candidateView(c)) });
    },
  );

  app.delete(
    '/v1/ballots/:ballotId/candidates/:candidateId',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['ballots'],
        summary: 'Remove a candidate from a draft ballot',
        params: z.object({ ballotId: uuid, candidateId: uuid }),
        response: { 204: z.null().describe('Removed'), ...errorsOf(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await service.removeCandidate(request.params.ballotId, request.params.candidateId, action(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/v1/ballots/:ballotId/publish',
    {
      config: { auth: ['admin'] },
      schema: {
        tags: ['ballots'],
        summary: 'Publish a draft ballot (needs more candidates than seats)',
        params: ballotIdParams,
        response: { 200: ballotResponse, ...errorsOf(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const ballot = await service.publish(request.params.ballotId, action(request));
      // Nobody could vote before publishing, so the counts are zero without asking.
      return ballotView(ballot, request.now, { candidates: ballot.candidates, tally: EMPTY_TALLY });
    },
  );

  app.get(
    '/v1/ballots',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['ballots'],
        summary: 'Published and finalized ballots',
        response: { 200: z.object({ ballots: z.array(ballotResponse) }) },
      },
    },
    async (request) => {
      const list = await service.listPublic();
      return { ballots: list.map((b) => ballotView(b, request.now)) };
    },
  );

  app.get(
    '/v1/ballots/:ballotId',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['ballots'],
        summary: 'A ballot with its candidates (and live counts when the ballot shows them)',
        params: ballotIdParams,
        response: { 200: ballotResponse, ...errorsOf(400, 404) },
      },
    },
    async (request, reply) => {
      const { ballotId } = request.params;
      const [ballot, staff] = await Promise.all([service.read(ballotId, request.now), app.isStaffReader(request)]);
      if (!ballot || (ballot.status === 'draft' && !staff)) throw errors.notFound('ballot');
      let tally;
      if (ballot.status === 'draft') tally = staff ? EMPTY_TALLY : undefined;
      else if (staff || ballot.showLiveCounts) tally = await app.tallies.read(ballotId);
      if (staff) return ballotView(ballot, request.now, { candidates: ballot.candidates, tally });
      // Answered from memory: sent with the turn's other answers (turn-end.ts).
      await endOfTurn();
      // Already JSON (a string is sent as is); the type provider only knows the object form.
      return reply.type('application/json; charset=utf-8').send(publicPage(ballot, tally, request.now) as unknown as BallotJson);
    },
  );
}
