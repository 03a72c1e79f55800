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
  interface FastifyInstance {
    /**
     * On a public route: whether the request carries a live staff key. Anything else (no header, a
     * voter token, a revoked key) reads as an anonymous reader, never a refusal.
     */
    isStaffReader(request: FastifyRequest): Promise<boolean>;
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
    app.decorate('isStaffReader', async (request: FastifyRequest) => {
      const credential = bearer(request);
      return credential !== null && looksLikeApiKey(credential) && (await staffPrincipal(credential)) !== null;
    });

    async function staffPrincipal(credential: string): Promise<Principal | null> {
      const key = await keys.findLiveByHash(hashApiKey(credential));
      return key ? { kind: 'staff', role: key.role, keyId: key.id, label: key.label } : null;
    }

    /** The policy's verdict on a principal: undefined when allowed, else the error to answer. */
    function refusal(policy: Exclude<AuthPolicy, 'public'>, principal: Principal | null): Error | undefined {
      if (!principal) return errors.unauthenticated('The credential is malformed, wrongly signed, expired or revoked.');
      if (policy === 'voter') return principal.kind === 'voter' ? undefined : errors.forbidden('Staff keys cannot vote.');
      return principal.kind === 'staff' && policy.includes(principal.role) ? undefined : errors.forbidden();
    }

    // onRequest: refuse before the body is even read. Callback-style: public routes and voter
    // tokens (a local signature check) are decided synchronously, without a promise per request;
    // only staff keys wait for their database lookup.
    app.addHook('onRequest', (request, _reply, done) => {
      if (request.is404) return done();
      const policy = request.routeOptions.config.auth;
      if (policy === undefined) return done(errors.forbidden('This route is not open to any credential.'));
      if (policy === 'public') return done();
      const credential = bearer(request);
      if (!credential) return done(errors.unauthenticated());
      if (!looksLikeApiKey(credential)) {
        const openid = opts.voterTokens.verify(credential, request.now);
        const principal: Principal | null = openid ? { kind: 'voter', accountId: openid } : null;
        if (principal) request.principal = principal;
        return done(refusal(policy, principal));
      }
      staffPrincipal(credential).then(
        (principal) => {
          if (principal) request.principal = principal;
          done(refusal(policy, principal));
        },
        (err: Error) => done(err),
      );
    });
  },
  { name: 'auth', dependencies: ['pg', 'clock'] },
);
