import os from 'node:os';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './http/trust-proxy';

/** Where GET /metrics is served (server.ts and the health routes read it). */
export interface MetricsExposure {
  /** Served on the main (public) port too: development and test only, unless METRICS_PORT is set. */
  onMainPort: boolean;
  /** A separate listener (METRICS_PORT; 0 = any free port), or null. */
  port: number | null;
  host: string;
  /** When set, a scrape must send `Authorization: Bearer <token>`. */
  token: string | null;
}

/** Prometheus' conventional exporter port range; the separate metrics listener in production. */
const DEFAULT_PRODUCTION_METRICS_PORT = 9464;

/**
 * The service's whole configuration, parsed once from the environment at start-up.
 * Everything else receives a typed `Config`; nothing else reads `process.env`.
 */

/** Default slots of the verified-token cache (at most 20 MB) and of the voted-today memo (at most 11 MB). */
export const VERIFIED_TOKEN_CACHE_SIZE = 65_536;
export const VOTED_TODAY_MEMO_SIZE = 65_536;

const bool = z
  .union([z.boolean(), z.string()])
  .transform((v) => (typeof v === 'boolean' ? v : ['1', 'true', 'yes', 'on'].includes(v.trim().toLowerCase())));

const csv = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/ballot'),
    /** The tables' owner, for creating the database and running migrations; defaults to DATABASE_URL.
     * Set it when DATABASE_URL is the restricted service role (ballot_service, migrations/002). */
    MIGRATION_DATABASE_URL: z.string().optional(),
    /** Create the database named in DATABASE_URL when it is missing (handy on a fresh machine). */
    DATABASE_CREATE: bool.default(true),
    PG_POOL_MAX: z.coerce.number().int().min(1).max(200).default(20),
    /** Upper bound on any single SQL statement, so nothing hangs when PostgreSQL stalls. */
    PG_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    PG_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
    REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
    /** Every key this service writes starts with this, so several deployments (or tests) can share one Redis. */
    REDIS_KEY_PREFIX: z.string().default('ballot:'),
    /** Upper bound on any Redis command; past it the service falls back to PostgreSQL. */
    REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(10).default(300),
    VOTER_TOKEN_SECRET: z.string().optional(),
    VOTER_TOKEN_TTL_S: z.coerce.number().int().min(60).max(30 * 86400).default(86400),
    /** Slots for verified voter tokens per process (320 bytes each, outside the JS heap; rounded down
     * to a power of two); 0 turns the cache off. */
    VOTER_TOKEN_CACHE_SIZE: z.coerce.number().int().min(0).max(262_144).default(VERIFIED_TOKEN_CACHE_SIZE),
    /** Entries of the per-process memo of accounts that voted today (164 bytes each, outside the JS
     * heap; rounded down to a power of two): their repeats are answered without Redis. 0: off. */
    VOTED_TODAY_MEMO_SIZE: z.coerce.number().int().min(0).max(262_144).default(VOTED_TODAY_MEMO_SIZE),
    WECHAT_APPID: z.string().default(''),
    WECHAT_SECRET: z.string().default(''),
    WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
    /** Where the page sends voters to sign in (WeChat web OAuth); `npm run fake-wechat` prints its own. */
    WECHAT_OAUTH_AUTHORIZE_URL: z.string().url().default('https://open.weixin.qq.com/connect/oauth2/authorize'),
    WECHAT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
    /** Hop count or address/CIDR list of the proxies in front (src/http/trust-proxy.ts); `true` is refused. */
    TRUST_PROXY: z.union([z.boolean(), z.string()]).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Fraction of routine answers (2xx, 3xx, 409) that get an access line (0..1); other 4xx, 5xx and slow answers always do. */
    ACCESS_LOG_SAMPLE: z.coerce.number().min(0).max(1).default(1),
    /** Routine answers' access lines per second at most; the next line counts the ones skipped. */
    ACCESS_LOG_MAX_PER_S: z.coerce.number().int().min(0).default(100),
    /** Answers at least this slow always get an access line. */
    ACCESS_LOG_SLOW_MS: z.coerce.number().int().min(0).default(1000),
    ALLOW_TEST_CLOCK: bool.default(false),
    /** How often the background stuffing detector runs; 0 turns it off. */
    DETECT_INTERVAL_MS: z.coerce.number().int().min(0).default(60000),
    /** A detection pass (read a ballot's votes + detect, in the worker thread) is ended after this long. */
    DETECT_PASS_TIMEOUT_MS: z.coerce.number().int().min(100).default(300000),
    /** Heap cap of the detection worker thread: a ballot too big for it fails its pass, never the process. */
    DETECT_WORKER_MAX_HEAP_MB: z.coerce.number().int().min(16).default(2048),
    /** Rate limits. Per-IP limits are generous because carrier-grade NAT puts thousands of phones behind one address. */
    RATE_LIMIT_ENABLED: bool.default(true),
    RATE_LIMIT_VOTE_PER_ACCOUNT_PER_MIN: z.coerce.number().int().min(1).default(20),
    RATE_LIMIT_VOTE_PER_IP_PER_MIN: z.coerce.number().int().min(1).default(3000),
    RATE_LIMIT_AUTH_PER_IP_PER_MIN: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_NOT_FOUND_PER_IP_PER_MIN: z.coerce.number().int().min(1).default(120),
    /** Comma-separated origins allowed by CORS (the WeChat page's origin). Empty: no cross-origin access. */
    CORS_ORIGINS: csv.default([]),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(64 * 1024),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(10000),
    /** A separate listener for GET /metrics (0: any free port). Unset: 9464 in production; in
     * development and test /metrics stays on the main port. */
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    METRICS_HOST: z.string().default('127.0.0.1'),
    /** When set, a scrape must send `Authorization: Bearer <METRICS_TOKEN>`. */
    METRICS_TOKEN: z.string().min(16).optional(),
    /** Ledger exports at once per instance (also their own pool's size), and per staff key. */
    EXPORT_MAX_CONCURRENT: z.coerce.number().int().min(1).max(50).default(4),
    EXPORT_MAX_PER_KEY: z.coerce.number().int().min(1).max(50).default(2),
    /** PostgreSQL ends an export whose client stops reading for this long (idle_in_transaction_session_timeout).
     * Generous: between two pages the transaction waits while the client drains about 1 MB. */
    EXPORT_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(120_000),
    /** How long provisional scores are served from memory; flag changes drop them at once on every instance. */
    SCORES_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(1000),
    /** Migrations are applied at start-up unless turned off. */
    MIGRATE_ON_START: bool.default(true),
    /** HTTP worker processes sharing the port (Node's cluster module); `auto`: one per CPU this process may use. */
    WEB_CONCURRENCY: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production') {
      if (!c.VOTER_TOKEN_SECRET || c.VOTER_TOKEN_SECRET.length < 32) {
        ctx.addIssue({ code: 'custom', path: ['VOTER_TOKEN_SECRET'], message: 'required in production, at least 32 characters' });
      }
      // The local fake WeChat (npm run fake-wechat) must never stand in for WeChat in production.
      for (const key of ['WECHAT_API_BASE', 'WECHAT_OAUTH_AUTHORIZE_URL'] as const) {
        if (isLoopbackUrl(c[key])) ctx.addIssue({ code: 'custom', path: [key], message: 'a loopback address is refused in production' });
      }
      if (c.ALLOW_TEST_CLOCK) {
        ctx.addIssue({ code: 'custom', path: ['ALLOW_TEST_CLOCK'], message: 'the test clock is refused in production' });
      }
    }
    const trust = parseTrustProxy(c.TRUST_PROXY);
    if (!trust.ok) ctx.addIssue({ code: 'custom', path: ['TRUST_PROXY'], message: trust.message });
    if (c.VOTER_TOKEN_SECRET !== undefined && c.VOTER_TOKEN_SECRET.length < 32) {
      ctx.addIssue({ code: 'custom', path: ['VOTER_TOKEN_SECRET'], message: 'at least 32 characters' });
    }
  })
  .transform((c) => ({
    nodeEnv: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    migrationDatabaseUrl: c.MIGRATION_DATABASE_URL ?? c.DATABASE_URL,
    databaseCreate: c.DATABASE_CREATE,
    pgPoolMax: c.PG_POOL_MAX,
    pgStatementTimeoutMs: c.PG_STATEMENT_TIMEOUT_MS,
    pgConnectTimeoutMs: c.PG_CONNECT_TIMEOUT_MS,
    redisUrl: c.REDIS_URL,
    redisKeyPrefix: c.REDIS_KEY_PREFIX,
    redisCommandTimeoutMs: c.REDIS_COMMAND_TIMEOUT_MS,
    // Unset (development only): a random secret kept in PostgreSQL (src/auth/stored-secret.ts).
    voterTokenSecret: c.VOTER_TOKEN_SECRET ?? null,
    voterTokenSecretIsDefault: c.VOTER_TOKEN_SECRET === undefined,
    voterTokenTtlS: c.VOTER_TOKEN_TTL_S,
    voterTokenCacheSize: c.VOTER_TOKEN_CACHE_SIZE,
    votedTodayMemoSize: c.VOTED_TODAY_MEMO_SIZE,
    wechat: {
      appId: c.WECHAT_APPID,
      secret: c.WECHAT_SECRET,
      apiBase: c.WECHAT_API_BASE.replace(/\/+$/, ''),
      oauthAuthorizeUrl: c.WECHAT_OAUTH_AUTHORIZE_URL,
      timeoutMs: c.WECHAT_TIMEOUT_MS,
    },
    trustProxy: trustProxyOf(c.TRUST_PROXY),
    logLevel: c.LOG_LEVEL,
    accessLogSample: c.ACCESS_LOG_SAMPLE,
    accessLogMaxPerS: c.ACCESS_LOG_MAX_PER_S,
    accessLogSlowMs: c.ACCESS_LOG_SLOW_MS,
    allowTestClock: c.ALLOW_TEST_CLOCK,
    detectIntervalMs: c.DETECT_INTERVAL_MS,
    detectPassTimeoutMs: c.DETECT_PASS_TIMEOUT_MS,
    detectWorkerMaxHeapMb: c.DETECT_WORKER_MAX_HEAP_MB,
    rateLimit: {
      enabled: c.RATE_LIMIT_ENABLED,
      votePerAccountPerMin: c.RATE_LIMIT_VOTE_PER_ACCOUNT_PER_MIN,
      votePerIpPerMin: c.RATE_LIMIT_VOTE_PER_IP_PER_MIN,
      authPerIpPerMin: c.RATE_LIMIT_AUTH_PER_IP_PER_MIN,
      notFoundPerIpPerMin: c.RATE_LIMIT_NOT_FOUND_PER_IP_PER_MIN,
    },
    corsOrigins: c.CORS_ORIGINS,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    migrateOnStart: c.MIGRATE_ON_START,
    scoresCacheMs: c.SCORES_CACHE_MS,
    exports: { maxConcurrent: c.EXPORT_MAX_CONCURRENT, maxPerKey: c.EXPORT_MAX_PER_KEY, idleTimeoutMs: c.EXPORT_IDLE_TIMEOUT_MS },
    metrics: metricsExposureOf(c.NODE_ENV, c.METRICS_PORT, c.METRICS_HOST, c.METRICS_TOKEN),
    webConcurrency: c.WEB_CONCURRENCY === 'auto' ? Math.min(64, os.availableParallelism()) : c.WEB_CONCURRENCY,
  }));

/** localhost, 127.0.0.0/8, ::1, 0.0.0.0: where a local fake would listen. */
function isLoopbackUrl(value: string): boolean {
  const host = new URL(value).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0' || host === '::';
}

export type Config = z.output<typeof configSchema>;

function metricsExposureOf(nodeEnv: string, port: number | undefined, host: string, token: string | undefined): MetricsExposure {
  const separate = port ?? (nodeEnv === 'production' ? DEFAULT_PRODUCTION_METRICS_PORT : null);
  return { onMainPort: separate === null, port: separate, host, token: token ?? null };
}

function trustProxyOf(raw: string | boolean | undefined): TrustProxy {
  const parsed = parseTrustProxy(raw);
  return parsed.ok ? parsed.value : false; // refused in superRefine before this runs
}

/** Parses the environment; throws with every problem listed (never echoing secret values). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return result.data;
}
