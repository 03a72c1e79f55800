import { EventEmitter } from 'node:events';
import fp from 'fastify-plugin';
import type { Config } from '../config';

declare module 'fastify' {
  interface FastifyInstance {
    scoreEvents: ScoreEvents;
  }
}

/**
 * "This ballot's scores changed" (a flag raised, reviewed, added by hand): heard at once by this
 * instance and, through Redis pub/sub, by every other instance sharing the Redis. Caches of
 * provisional scores drop the ballot when they hear it. A message lost while Redis is down costs
 * at most the cache's own lifetime (SCORES_CACHE_MS), which bounds staleness on its own.
 */
export interface ScoreEvents {
  changed(ballotId: string): void;
  onChange(listener: (ballotId: string) => void): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const scoreEventsPlugin = fp<{ config: Config }>(
  async (app, opts) => {
    const local = new EventEmitter();
    local.setMaxListeners(0);
    // Channels are not prefixed by ioredis's keyPrefix: the prefix is added here, so deployments
    // (and test files) sharing one Redis do not hear each other.
    const channel = `${opts.config.redisKeyPrefix}scores-changed`;
    const subscriber = app.redis.duplicate({ enableOfflineQueue: true, commandTimeout: undefined, keyPrefix: undefined });
    subscriber.on('error', () => {});
    subscriber.on('message', (ch: string, ballotId: string) => {
      if (ch === channel && UUID.test(ballotId)) local.emit('changed', ballotId);
    });
    // Not awaited: with Redis down the service starts anyway (degraded), and ioredis subscribes
    // again on every reconnect.
    subscriber.subscribe(channel).catch(() => {});
    app.addHook('onClose', async () => {
      await subscriber.quit().catch(() => subscriber.disconnect());
    });
    app.decorate('scoreEvents', {
      changed(ballotId) {
        local.emit('changed', ballotId);
        app.redis.publish(channel, ballotId).catch(() => {});
      },
      onChange(listener) {
        local.on('changed', listener);
      },
    } satisfies ScoreEvents);
  },
  { name: 'score-events', dependencies: ['redis'] },
);
