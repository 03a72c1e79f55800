import type { FastifyInstance } from 'fastify';

// Routes of this area are added by the issue that builds it.
export default async function routes(_app: FastifyInstance): Promise<void> {}
