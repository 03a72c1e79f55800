import fp from 'fastify-plugin';
import type { Clock } from '../clock';

declare module 'fastify' {
  interface FastifyInstance {
    /** The service's "now": the injected clock, or the shared test clock when one is set. */
    currentTime(): Promise<Date>;
    testClock: TestClockStore | null;
  }
  interface FastifyRequest {
    /** Read once per request, so every rule in one request sees the same instant. */
    now: Date;
  }
}

const TEST_CLOCK_KEY = 'test-clock';

/**
 * The test clock lives in Redis so that every instance sharing that Redis sees the same time.
 * It is frozen where it is set (tests need exact instants such as 23:59:59.999).
 */
export interface TestClockStore {
  get(): Promise<Date | null>;
  set(at: Date): Promise<void>;
  clear(): Promise<void>;
}

export const clockPlugin = fp<{ clock: Clock; allowTestClock: boolean }>(
  async (app, opts) => {
    const store: TestClockStore | null = opts.allowTestClock
      ? {
          async get() {
            const v = await app.redis.get(TEST_CLOCK_KEY).catch(() => null);
            return v ? new Date(Number(v)) : null;
          },
          async set(at) {
            await app.redis.set(TEST_CLOCK_KEY, String(at.getTime()));
          },
          async clear() {
            await app.redis.del(TEST_CLOCK_KEY);
          },
        }
      : null;

    app.decorate('testClock', store);
    app.decorate('currentTime', async () => (store ? ((await store.get()) ?? opts.clock.now()) : opts.clock.now()));
    app.decorateRequest('now', null as unknown as Date);
    if (store) {
      app.addHook('onRequest', async (request) => {
        request.now = (await store.get()) ?? opts.clock.now();
      });
    } else {
      // Production: no Redis read, and no promise per request.
      app.addHook('onRequest', (request, _reply, done) => {
        request.now = opts.clock.now();
        done();
      });
    }
  },
  { name: 'clock', dependencies: ['redis'] },
);
