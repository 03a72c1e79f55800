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

const verifyResponse = z.union([
  z.object({ ok: z.literal(true), entries: z.number().int() }),
  z.object({ ok: z.literal(false), firstBadSeq: z.number().int() }),
]);

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
        response: { 200: verifyResponse, ...staffErrors },
      },
    },
    async () => audit.verify(),
  );
}
