import type { FastifyInstance, RouteOptions } from 'fastify';
import { buildApp, type AppDeps } from '../../src/app';
import type { Config } from '../../src/config';
import type { AuthPolicy } from '../../src/plugins/auth';

export interface CollectedRoute {
  method: string;
  url: string;
  /** The route's declared policy, read after the app is ready (later onRoute hooks may set it). */
  auth: AuthPolicy | undefined;
}

/**
 * Builds an app that records every route as it is added, so tests enumerate the routes from the
 * app itself: a route added tomorrow is checked by today's tests (or makes them fail).
 * HEAD twins of GET routes are left out; they share the GET route's handler and policy.
 */
export async function buildAppWithRoutes(config: Config, deps: AppDeps = {}): Promise<{ app: FastifyInstance; routes: () => CollectedRoute[] }> {
  const seen: RouteOptions[] = [];
  const app = await buildApp(config, { ...deps, onRoute: (r) => void seen.push(r) });
  await app.ready();
  const routes = () => {
    const out: CollectedRoute[] = [];
    for (const r of seen) {
      for (const method of Array.isArray(r.method) ? r.method : [r.method]) {
        if (method === 'HEAD') continue;
        out.push({ method, url: r.url, auth: (r.config as { auth?: AuthPolicy } | undefined)?.auth });
      }
    }
    return out;
  };
  return { app, routes };
}

/** Fills every `:param` of a route URL (wildcards too) with a value, a random UUID by default. */
export function fillParams(url: string, value: (name: string) => string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => value(name)).replace(/\*$/, 'x');
}
