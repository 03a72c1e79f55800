import fp from 'fastify-plugin';
import type { Pool } from 'pg';
import type { Config } from '../config';
import { createExportPool } from '../storage/export-pool';
import { createExportSlots, type ExportSlots } from '../services/export-slots';

declare module 'fastify' {
  interface FastifyInstance {
    ledgerExports: { pool: Pool; slots: ExportSlots; idleTimeoutMs: number };
  }
}

/** Ledger exports' own connection budget and concurrency caps (export-pool.ts, export-slots.ts). */
export const exportsPlugin = fp<{ config: Config }>(
  async (app, { config }) => {
    const pool = createExportPool(config);
    app.decorate('ledgerExports', {
      pool,
      slots: createExportSlots(config.exports.maxConcurrent, config.exports.maxPerKey),
      idleTimeoutMs: config.exports.idleTimeoutMs,
    });
    app.addHook('onClose', async () => {
      await pool.end();
    });
  },
  { name: 'exports' },
);
