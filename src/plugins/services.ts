import fp from 'fastify-plugin';
import type { Config } from '../config';
import type { VoterTokens } from '../auth/voter-token';
import { createTallies, type Tallies } from '../services/tallies';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    voterTokens: VoterTokens;
    /** Live vote counts, shared by the public ballot read and the scores. */
    tallies: Tallies;
  }
}

/** Services shared by several route modules. Module-private services are built in the module. */
export const servicesPlugin = fp<{ config: Config; voterTokens: VoterTokens }>(
  async (app, opts) => {
    app.decorate('config', opts.config);
    app.decorate('voterTokens', opts.voterTokens);
    app.decorate('tallies', createTallies(app.pg));
  },
  { name: 'services', dependencies: ['pg', 'redis'] },
);
