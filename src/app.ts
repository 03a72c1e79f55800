import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import type { Pool } from 'pg';
import type Redis from 'ioredis';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { systemClock, type Clock } from './clock';
import { createVoterTokens, type VoterTokens } from './auth/voter-token';
import { storedVoterTokenSecret } from './auth/stored-secret';
import { errorHandlerPlugin, sendError } from './plugins/error-handler';
import { errors } from './errors';
import { metricsPlugin } from './plugins/metrics';
import { pgPlugin } from './plugins/pg';
import { redisPlugin } from './plugins/redis';
import { clockPlugin } from './plugins/clock';
import { scoreEventsPlugin } from './plugins/score-events';
import { exportsPlugin } from './plugins/exports';
import { authPlugin } from './plugins/auth';
import { rateLimitPlugin } from './plugins/rate-limit';
import { servicesPlugin } from './plugins/services';
import { votePlugin } from './plugins/vote';
import { detectionPlugin } from './plugins/detection';
import { registerRoutes } from './http/routes';
import { AccessLogController } from './http/access-log';
import { lazyChildLoggerFactory } from './http/lazy-request-logger';
import { clientRequestId, generateRequestId } from './http/request-id';
import { API_SECURITY_HEADERS, DOCS_CSP_HEADER, helmetHeaders, PAGE_HELMET_OPTIONS } from './http/security-headers';
import { pagesPlugin } from './plugins/pages';
import { cutOffSlowBody } from './http/slow-body';
import { clientIpPlugin } from './http/client-ip';
import { fastifyTrustProxy } from './http/trust-proxy';
import { appValidatorCompiler } from './http/validator';

export interface AppDeps {
  clock?: Clock;
  /** Injected by tests that want to share or inspect the pool; otherwise created from config. */
  pool?: Pool;
  redis?: Redis;
  /** Pino logger options or instance (server.ts passes the production logger). */
  logger?: FastifyServerOptions['logger'] | FastifyServerOptions['loggerInstance'];
  /** Sees every route as it is added (tests list the routes from the app itself to check each one's policy). */
  onRoute?: (route: RouteOptions) => void;
  /** Where the built pages are (Vite's dist/web); by default this checkout's. */
  webRoot?: string;
}

export type App = FastifyInstance;

// Re-exported: tests build loggers with the service's redaction.
export { LOG_REDACT } from './log-redact';

/** Builds the app: registers plugins and routes. Never reads process.env, never listens. */
export async function buildApp(config: Config, deps: AppDeps = {}): Promise<FastifyInstance> {
  const loggerOpt = deps.logger;
  const isInstance = !!loggerOpt && typeof loggerOpt === 'object' && typeof (loggerOpt as { child?: unknown }).child === 'function';
  const accessLog = new AccessLogController({ sample: config.accessLogSample, maxPerSecond: config.accessLogMaxPerS, slowMs: config.accessLogSlowMs });
  const app = Fastify({
    ...(isInstance
      ? { loggerInstance: loggerOpt as FastifyServerOptions['loggerInstance'] }
      : { logger: (loggerOpt as FastifyServerOptions['logger']) ?? false }),
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: config.bodyLimitBytes,
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.requestTimeoutMs,
    // Node checks requestTimeout only every connectionsCheckingInterval (30 s by default), so a
    // client trickling its headers held a connection for 30 s whatever REQUEST_TIMEOUT_MS said.
    http: { connectionsCheckingInterval: Math.max(250, Math.min(1000, Math.floor(config.requestTimeoutMs / 4))) },
    genReqId: generateRequestId,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Errors the router raises before any route runs (a path parameter over maxParamLength, a bad
    // URL encoding) get API.md's error body too, instead of Fastify's own that echoes the URL.
    frameworkErrors: (err, request, reply) => sendError(request, reply, err),
    // While draining after SIGTERM, requests arriving on kept-alive connections are refused by the
    // hook below with API.md's 503 body (Fastify's own 503 has another shape).
    return503OnClosing: false,
    logController: accessLog,
    // Each request's logger is made on its first written line: most requests write none.
    childLoggerFactory(logger, bindings, options, raw) {
      const clientId = clientRequestId(raw);
      return lazyChildLoggerFactory.call(this, logger, clientId === undefined ? bindings : { ...bindings, clientRequestId: clientId }, options, raw);
    },
  }).withTypeProvider<ZodTypeProvider>();
  accessLog.attach(app.log);

  if (deps.onRoute) app.addHook('onRoute', deps.onRoute);
  app.setValidatorCompiler(appValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Hooks on every request are callback-style, not async: an async hook costs a promise and a
  // microtask per request for what is a header or a flag check. What every request needs is done
  // in this one first hook (each hook is a hop through Fastify's hook runner), so refusals from
  // later hooks (401, 429, 503) carry these headers too.
  // JSON answers get the API's few headers; the HTML pages replace them with helmet's full set.
  const securityHeaders = API_SECURITY_HEADERS;
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(securityHeaders);
    reply.header('x-request-id', request.id);
    // Fastify has already set `Connection: close` on this answer, so the client reconnects elsewhere.
    if (closing) return done(errors.unavailable('The service is shutting down; nothing was recorded. Safe to retry.'));
    cutOffSlowBody(request, config.requestTimeoutMs);
    done();
  });

  const clock = deps.clock ?? systemClock;

  await app.register(errorHandlerPlugin);
  await app.register(clientIpPlugin);
  await app.register(metricsPlugin, { collectDefaults: !deps.clock });
  await app.register(pgPlugin, { config, pool: deps.pool });
  await app.register(redisPlugin, { config, redis: deps.redis });
  // Without VOTER_TOKEN_SECRET (development only) the secret is a random one kept in PostgreSQL.
  const voterTokenSecret = config.voterTokenSecret ?? (await storedVoterTokenSecret(app.pg));
  const voterTokens: VoterTokens = createVoterTokens(voterTokenSecret, config.voterTokenTtlS, config.voterTokenCacheSize);
  await app.register(clockPlugin, { clock, allowTestClock: config.allowTestClock });
  await app.register(scoreEventsPlugin, { config });
  await app.register(cors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    // The WeChat page reads these: when to retry a 429, whether a vote's 201 was a replay.
    exposedHeaders: ['Retry-After', 'Idempotent-Replayed', 'X-Request-Id'],
  });
  await app.register(authPlugin, { voterTokens });
  await app.register(rateLimitPlugin, { config });
  await app.register(exportsPlugin, { config });
  await app.register(servicesPlugin, { config, voterTokens });
  await app.register(votePlugin);
  await app.register(detectionPlugin);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Public online ballot service', version: '1.0.0', description: 'The API guide is docs/api.md in the repository.' },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Voter token (JWT) or staff API key' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  // swagger-ui's own routes declare no auth policy; they are public documentation, an HTML page
  // with the pages' headers (its CSP set by swagger-ui's own onSend: the pages' policy plus the hash
  // of the one style element swagger-ui injects).
  const pageHeaders = helmetHeaders(PAGE_HELMET_OPTIONS);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/docs')) return;
    route.config = { ...(route.config ?? {}), auth: 'public' };
    const own = route.onRequest ? [route.onRequest].flat() : [];
    route.onRequest = [
      ...own,
      (_request, reply, done) => {
        reply.headers(pageHeaders);
        done();
      },
    ];
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: DOCS_CSP_HEADER });
  await app.register(pagesPlugin, { webRoot: deps.webRoot });

  await registerRoutes(app, config);
  return app;
}
