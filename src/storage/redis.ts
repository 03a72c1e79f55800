import Redis from 'ioredis';
import type { Config } from '../config';

/**
 * The Redis client. Redis is only ever a fast path: when it is down or slow, commands fail fast
 * (no offline queue, one retry, a command timeout) and callers fall back to PostgreSQL.
 */
export function createRedis(config: Config): Redis {
  const redis = new Redis(config.redisUrl, {
    keyPrefix: config.redisKeyPrefix,
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: config.redisCommandTimeoutMs,
    connectTimeout: 2000,
    // Keep trying to reconnect forever, backing off to 2 s.
    retryStrategy: (times) => Math.min(times * 100, 2000),
    lazyConnect: false,
  });
  // Connection errors are expected during outages; the fallback handles them, so don't crash.
  redis.on('error', () => {});
  return redis;
}

/** Waits until the client is ready, or gives up after `ms` (the service then starts degraded). */
export function waitForRedis(redis: Redis, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      resolve(false);
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    redis.once('ready', onReady);
  });
}
