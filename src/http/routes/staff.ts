import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ballotsRepository } from '../../storage/ballots-repository';
import { ballotResponse, ballotView } from '../ballot-view';
import { errorResponse } from '../schemas';

/**
 * Staff reads the console needs beyond the public ones: who the key belongs to (so the console
 * shows only what the role may do) and every ballot, drafts included, with its totals.
 */
export default async function staffRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ballots = ballotsRepository(app.pg);
  const staffErrors = { 401: errorResponse, 403: errorResponse };

  app.get(
    '/v1/staff/me',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: {
        tags: ['staff'],
        summary: "The calling key's role and label",
        response: { 200: z.object({ role: z.enum(['admin', 'auditor']), label: z.string() }), ...staffErrors },
      },
    },
    async (request) => {
      const p = request.principal;
      // The auth hook admitted only staff keys here.
      if (p?.kind !== 'staff') throw new Error('unreachable: staff route without a staff principal');
      return { role: p.role, label: p.label };
    },
  );

  app.get(
    '/v1/staff/ballots',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: {
        tags: ['staff'],
        summary: 'Every ballot, drafts included, newest first, with totals and the number of candidates',
        response: {
          200: z.object({ ballots: z.array(ballotResponse.extend({ candidateCount: z.number().int() })) }),
          ...staffErrors,
        },
      },
    },
    async (request) => {
      const list = await ballots.listAll();
      const rows = await Promise.all(
        list.map(async (b) => {
          const [tally, candidateCount] = await Promise.all([app.tallies.read(b.id), ballots.countCandidates(b.id)]);
          return { ...ballotView(b, request.now, { tally }), candidateCount };
        }),
      );
      return { ballots: rows };
    },
  );
}
