import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { helmetHeaders, PAGE_HELMET_OPTIONS } from '../http/security-headers';

/**
 * The voter page (/vote/) and the staff console (/console/), built by Vite into dist/web
 * (`npm run build:web`). HTML is revalidated on every visit so a new release reaches phones at
 * once; the hashed assets it names never change, so they are cached for a year.
 */

export interface PagesOptions {
  /** Vite's output directory; by default dist/web of this checkout (src/ or dist/ alike). */
  webRoot?: string;
}

export const DEFAULT_WEB_ROOT = resolve(__dirname, '../../dist/web');
const PAGES = ['vote', 'console'] as const;

export async function pagesPlugin(app: FastifyInstance, opts: PagesOptions): Promise<void> {
  const webRoot = opts.webRoot ?? DEFAULT_WEB_ROOT;
  const pageHeaders = helmetHeaders(PAGE_HELMET_OPTIONS);
  const withPageHeaders = (_request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    reply.headers(pageHeaders);
    done();
  };
  if (!existsSync(webRoot)) app.log.warn({ webRoot }, 'the pages are not built (npm run build:web): /vote/ and /console/ answer 404');

  await app.register(fastifyStatic, {
    root: webRoot,
    serve: false,
    // .gz/.br files written at build time (vite.config.ts), chosen by Accept-Encoding.
    preCompressed: true,
    // Cache headers per kind of file, set only when the file is found (a 404 is never cached long).
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', /\.html(\.gz|\.br)?$/.test(path) ? 'no-cache' : 'public, max-age=31536000, immutable');
    },
    dotfiles: 'deny',
    index: false,
  });

  for (const page of PAGES) {
    app.get(`/${page}/`, { config: { auth: 'public' }, onRequest: withPageHeaders, schema: { hide: true } }, (_request, reply) => {
      return reply.sendFile(`${page}/index.html`);
    });
  }

  app.get('/assets/*', { config: { auth: 'public' }, onRequest: withPageHeaders, schema: { hide: true } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    // Only hashed build output is served from here; anything else is a 404 like any unknown path.
    if (!/^[\w.-]+$/.test(file)) return reply.callNotFound();
    return reply.sendFile(`assets/${file}`);
  });

  // The official account links to the site's root; keep its query (e.g. ?ballot=…) on the way.
  app.get('/', { config: { auth: 'public' }, schema: { hide: true } }, (request, reply) => {
    const q = request.url.indexOf('?');
    return reply.redirect(q === -1 ? '/vote/' : `/vote/${request.url.slice(q)}`, 302);
  });
}
