import { Writable } from 'node:stream';
import pino from 'pino';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessLogController } from '../../src/http/access-log';

/**
 * Routine answers (2xx, 3xx, 409) get at most `maxPerSecond` access lines a second, and the next
 * line written counts the ones skipped; other 4xx, 5xx and slow answers always get theirs.
 */
interface Line {
  msg?: string;
  res?: { statusCode?: number };
  skipped?: number;
}

function controllerWithClock(maxPerSecond: number) {
  let now = 5_000;
  const lines: Line[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)) as Line);
      cb();
    },
  });
  const log = new AccessLogController({ sample: 1, maxPerSecond, slowMs: 1000, nowMs: () => now });
  log.attach(pino({ level: 'info' }, sink));
  let n = 0;
  const answer = (statusCode: number, elapsedTime = 2) => {
    const request = { id: `req-${++n}`, method: 'POST', url: '/v1/x', host: 'h', clientIp: '10.0.0.1', raw: { headers: {} } };
    log.requestCompleted(null, request as unknown as FastifyRequest, { statusCode, elapsedTime } as unknown as FastifyReply);
  };
  return {
    answer,
    tick: (ms: number) => (now += ms),
    written: () => lines.filter((l) => l.msg === 'request completed').map((l) => [l.res?.statusCode, l.skipped ?? 0]),
  };
}

describe('access log budget', () => {
  it('writes at most maxPerSecond routine lines a second, then says how many it skipped', () => {
    const c = controllerWithClock(2);
    for (const status of [201, 201, 201, 409, 200]) c.answer(status);
    expect(c.written()).toEqual([
      [201, 0],
      [201, 0],
    ]);
    c.tick(1000);
    c.answer(201);
    expect(c.written()).toEqual([
      [201, 0],
      [201, 0],
      [201, 3],
    ]);
  });

  it('always writes other 4xx, 5xx and slow answers, whatever the budget', () => {
    const c = controllerWithClock(0);
    c.answer(201);
    c.answer(409);
    c.answer(404);
    c.answer(401);
    c.answer(503);
    c.answer(201, 1500);
    expect(c.written()).toEqual([
      [404, 2],
      [401, 0],
      [503, 0],
      [201, 0],
    ]);
  });

  it('a budget of Infinity writes every line', () => {
    const c = controllerWithClock(Infinity);
    for (let i = 0; i < 50; i++) c.answer(201);
    expect(c.written()).toHaveLength(50);
  });
});
