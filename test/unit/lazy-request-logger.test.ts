import { Writable } from 'node:stream';
import pino from 'pino';
import { lazyChildLoggerFactory } from '../../src/http/lazy-request-logger';
import type { FastifyInstance, FastifyBaseLogger } from 'fastify';

/**
 * The per-request logger made on its first line must write exactly what pino's own child would:
 * the request's bindings, the parent's serializers and redaction, its level, and its children.
 */
function capture(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(JSON.parse(String(chunk))), cb()) });
  const root = pino({ level, redact: { paths: ['secret'], censor: '[redacted]' } }, sink);
  return { root, lines };
}
const make = (root: FastifyBaseLogger, options = {}) =>
  lazyChildLoggerFactory.call({} as FastifyInstance, root, { reqId: 'req-1' }, options, {} as never);

describe('lazy request logger', () => {
  it('writes lines with the request binding and the parent redaction, and skips disabled levels', () => {
    const { root, lines } = capture('info');
    const log = make(root);
    log.debug('not written');
    log.trace('not written');
    log.info({ secret: 's3cr3t', n: 1 }, 'hello');
    log.error(new Error('boom'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 30, reqId: 'req-1', n: 1, secret: '[redacted]', msg: 'hello' });
    expect(lines[1]).toMatchObject({ level: 50, reqId: 'req-1', err: { message: 'boom' } });
  });

  it('reports and follows a level set on it, like a pino child', () => {
    const { root, lines } = capture('info');
    const log = make(root);
    expect(log.level).toBe('info');
    log.level = 'debug';
    expect(log.level).toBe('debug');
    log.debug('now written');
    expect(root.level).toBe('info');
    expect(lines).toEqual([expect.objectContaining({ level: 20, reqId: 'req-1', msg: 'now written' })]);
  });

  it('its children keep the request binding', () => {
    const { root, lines } = capture('info');
    make(root).child({ job: 'x' }).warn('w');
    expect(lines).toEqual([expect.objectContaining({ level: 40, reqId: 'req-1', job: 'x', msg: 'w' })]);
  });

  it('a route with its own log level gets a real child with that level', () => {
    const { root, lines } = capture('info');
    const log = make(root, { level: 'debug' });
    log.debug('route-level debug');
    expect(lines).toEqual([expect.objectContaining({ level: 20, reqId: 'req-1' })]);
  });
});
