import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app';
import { capturingLogger } from '../helpers/log-capture';
import { createTestContext, type TestContext } from '../helpers/test-app';

/** Issue 20 #11: request ids are always the service's own; a client's X-Request-Id is only logged beside it. */
describe('request ids', () => {
  let ctx: TestContext;
  let app: FastifyInstance;
  const { logger, lines } = capturingLogger('debug');
  beforeAll(async () => {
    ctx = await createTestContext();
    app = await buildApp(ctx.config, { clock: ctx.clock, logger });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await ctx.close();
  });

  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('a client sending another request’s id gets a fresh id; its own is logged as clientRequestId', async () => {
    const first = await app.inject({ method: 'GET', url: '/health' });
    const reused = String(first.headers['x-request-id']);
    const second = await app.inject({ method: 'GET', url: '/v1/ballots/not-a-uuid', headers: { 'x-request-id': reused } });
    const id = String(second.headers['x-request-id']);
    expect(id).toMatch(UUID);
    expect(id).not.toBe(reused);
    expect(second.json().requestId).toBe(id);
    const logged = lines.map((l) => JSON.parse(l) as { reqId?: string; clientRequestId?: string; msg?: string });
    const access = logged.filter((l) => l.msg === 'request completed' && l.reqId === id);
    expect(access).toEqual([expect.objectContaining({ reqId: id, clientRequestId: reused })]);
    // The refusal written through the request's own logger carries both too.
    expect(logged.filter((l) => l.reqId === id && l.msg !== 'request completed')).toEqual([expect.objectContaining({ clientRequestId: reused })]);
  });

  it('an insane X-Request-Id is not logged at all', async () => {
    const res = await app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'a b<script>' } });
    const id = String(res.headers['x-request-id']);
    expect(id).toMatch(UUID);
    const line = lines.map((l) => JSON.parse(l) as { reqId?: string; clientRequestId?: string }).find((l) => l.reqId === id);
    expect(line).toBeDefined();
    expect(line!.clientRequestId).toBeUndefined();
    expect(lines.join('')).not.toContain('<script>');
  });
});
