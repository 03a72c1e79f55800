import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Counter } from 'prom-client';
import { z } from 'zod';
import { AppError } from '../../errors';
import { errorResponse } from '../schemas';
import type { WechatExchange } from '../../services/wechat-client';

const signInBody = z.object({
  // Printable ASCII only: WeChat codes are short alphanumerics, and anything else is refused here
  // without spending a call to WeChat. Unknown fields (an `openid`, say) are stripped, never read.
  code: z.string().min(1).max(512).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces'),
  // The page's own CSRF state for the OAuth round trip; the page checks it, we only bound it.
  state: z.string().max(128).optional(),
});

const signInResponse = z.object({ token: z.string(), expiresAt: z.iso.datetime() });

/** A failed exchange as API.md's error. */
function toError(outcome: Exclude<WechatExchange, { kind: 'ok' }>): AppError {
  switch (outcome.kind) {
    case 'code-rejected':
      return new AppError('WECHAT_CODE_REJECTED', 'WeChat refused the sign-in code (invalid, already used or expired); sign in again.');
    case 'snapshot-user':
      return new AppError('SNAPSHOT_USER', 'Open the page in WeChat and sign in to vote (snapshot pages cannot vote).');
    case 'unavailable':
      return new AppError('WECHAT_UNAVAILABLE', 'WeChat sign-in is unavailable right now; try again shortly.');
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

export default async function authWechatRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const config = app.config;
  const wechat = app.wechat;
  const exchanges = new Counter({
    name: 'wechat_exchanges_total',
    help: 'WeChat OAuth code exchanges by outcome',
    labelNames: ['outcome'],
    registers: [app.metrics.registry],
  });

  app.post(
    '/v1/auth/wechat',
    {
      config: {
        auth: 'public',
        // Per IP and generous: a carrier-grade NAT puts thousands of voters behind one address,
        // and each signs in about once a day. This only slows a single host hammering WeChat through us.
        ...(config.rateLimit.enabled
          ? { rateLimit: { max: config.rateLimit.authPerIpPerMin, timeWindow: 60_000, keyGenerator: (r) => `auth:${r.clientIp}` } }
          : {}),
      },
      schema: {
        tags: ['voter'],
        summary: 'Sign in with a WeChat web OAuth code; returns a voter token',
        body: signInBody,
        response: { 200: signInResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse, 429: errorResponse, 502: errorResponse },
      },
    },
    async (request) => {
      const outcome = await wechat.exchangeCode(request.body.code);
      exchanges.inc({ outcome: outcome.kind });
      if (outcome.kind === 'unavailable') {
        // The reason and errcode only: never the code, the URL (it carries our secret) or WeChat's tokens.
        request.log.error({ wechat: { reason: outcome.reason, errcode: outcome.errcode } }, 'WeChat code exchange failed');
      } else if (outcome.kind === 'code-rejected') {
        request.log.info({ wechat: { errcode: outcome.errcode } }, 'WeChat rejected the sign-in code');
      }
      if (outcome.kind !== 'ok') throw toError(outcome);
      // Only WeChat's answer names the voter; the token's subject is the openid WeChat returned.
      const { token, expiresAt } = app.voterTokens.mint(outcome.openid, request.now);
      return { token, expiresAt: expiresAt.toISOString() };
    },
  );
}
