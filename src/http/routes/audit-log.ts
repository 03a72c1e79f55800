import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, uuid } from '../schemas';

const entryResponse = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

// `?ballotId=&after=` (empty values, as API.md writes the template) means "no filter".
const emptyAsAbsent = (v: unknown) => (v === '' ? undefined : v);

const listQuery = z.object({
  ballotId: z.preprocess(emptyAsAbsent, uuid.optional()),
  /** Page forward: entries with a seq greater than this. */
  after: z.preprocess(emptyAsAbsent, z.coerce.number().int().min(0).optional()),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

const head = z.object({ seq: z.number().int(), hash: z.string() });
const verifyResponse = z.union([
  z.object({
    ok: z.literal(true),
    entries: z.number().int(),
    head: head.describe('the last entry checked; keep it to detect a later rollback (?seq=&hash=)'),
    anchors: z.number().int().describe('finalized results whose anchored head was found in the chain'),
  }),
  z.object({ ok: z.literal(false), firstBadSeq: z.number().int(), reason: z.literal('truncated').optional() }),
]);

/** An earlier head an auditor kept: the chain must still hold it. */
const verifyQuery = z
  .object({
    seq: z.preprocess(emptyAsAbsent, z.coerce.number().int().min(1).optional()),
    hash: z.preprocess(emptyAsAbsent, z.string().regex(/^[0-9a-f]{64}$/).optional()),
  })
  .refine((q) => (q.seq === undefined) === (q.hash === undefined), { message: 'give both seq and hash, or neither', path: ['hash'] });

const staffErrors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };

/** The hash-chained audit log, readable by the office and auditors (API.md "Auditors"). */
export default async function auditLogRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const audit = app.auditLog;

  app.get(
    '/v1/audit-log',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: {
        tags: ['audit'],
        summary: 'Audit log entries in seq order (optionally of one ballot, after a seq)',
        querystring: listQuery,
        response: { 200: z.object({ entries: z.array(entryResponse) }), ...staffErrors },
      },
    },
    async (request) => ({ entries: await audit.list(request.query) }),
  );

  app.get(
    '/v1/audit-log/verify',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: {
        tags: ['audit'],
        summary: 'Recompute the whole hash chain; report the first entry that does not match',
        description:
          'Also checks that every head a finalized result anchored (its auditHead) is still in the chain, followed by its ballot.finalized entry, ' +
          'and, with ?seq=&hash=, that a head kept from an earlier verify is still there: a log cut short or rolled back is not ok.',
        querystring: verifyQuery,
        response: { 200: verifyResponse, ...staffErrors },
      },
    },
    async (request) => {
      const { seq, hash } = request.query;
      return audit.verify(seq !== undefined && hash !== undefined ? { seq, hash } : undefined);
    },
  );
}
