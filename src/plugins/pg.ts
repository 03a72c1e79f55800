import fp from 'fastify-plugin';
import type { Pool } from 'pg';
import type { Config } from '../config';
import { createPool } from '../storage/db';

declare module 'fastify' {
  interface FastifyInstance {
    pg: Pool;
  }
}

/** The PostgreSQL pool: opened here, ended when the app closes. */
export const pgPlugin = fp<{ config: Config; pool?: Pool }>(
  async (app, opts) => {
    const owned = !opts.pool;
    const pool = opts.pool ?? createPool(opts.config);
    app.decorate('pg', pool);
    app.addHook('onClose', async () => {
      if (owned) await pool.end();
    });
  },
  { name: 'pg' },
);
