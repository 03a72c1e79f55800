import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { errors } from '../errors';
import type { VoterTokens } from '../auth/voter-token';
import { apiKeysRepository, hashApiKey, looksLikeApiKey, type StaffRole } from '../storage/api-keys-repository';

/**
 * Who may call a route. Every route declares one in `config.auth`; a route that declares none is
 * refused (deny by default), so a new route cannot be left open by accident.
 */
export type AuthPolicy = 'public' | 'voter' | StaffRole[];

export type Principal =
  | { kind: 'voter'; accountId: string }
  | { kind: 'staff'; role: StaffRole; keyId: string; label: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: AuthPolicy;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Bearer ([\x21-\x7e]{1,4096})$/i.exec(header.trim());
  return m ? m[1] : null;
}

/** The actor name written to the audit log for a request. */
export function actorOf(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  return principal.kind === 'staff' ? `${principal.role}:${principal.label}` : `voter:${principal.accountId}`;
}

export const authPlugin = fp<{ voterTokens: VoterTokens }>(
  async (app, opts) => {
    const keys = apiKeysRepository(app.pg);
    app.decorateRequest('principal', null);

    async function identify(request: FastifyRequest, credential: string): Promise<Principal | null> {
      if (looksLikeApiKey(credential)) {
        const key = await keys.findLiveByHash(hashApiKey(credential));
        return key ? { kind: 'staff', role: key.role, keyId: key.id, label: key.label } : null;
      }
      const openid = opts.voterTokens.verify(credential, request.now);
      return openid ? { kind: 'voter', accountId: openid } : null;
    }

    // onRequest: refuse before the body is even read.
    app.addHook('onRequest', async (request) => {
      if (request.is404) return;
      const policy = request.routeOptions.config.auth;
      if (policy === undefined) throw errors.forbidden('This route is not open to any credential.');
      if (policy === 'public') return;
      const credential = bearer(request);
      if (!credential) throw errors.unauthenticated();
      const principal = await identify(request, credential);
      if (!principal) throw errors.unauthenticated('The credential is malformed, wrongly signed, expired or revoked.');
      request.principal = principal;
      if (policy === 'voter') {
        if (principal.kind !== 'voter') throw errors.forbidden('Staff keys cannot vote.');
      } else if (principal.kind !== 'staff' || !policy.includes(principal.role)) {
        throw errors.forbidden();
      }
    });
  },
  { name: 'auth', dependencies: ['pg', 'clock'] },
);
