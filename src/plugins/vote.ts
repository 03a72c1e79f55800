import fp from 'fastify-plugin';
import { createBallotCache } from '../services/ballot-cache';
import { createVoteBatcher } from '../services/vote-batcher';
import { createVoteService, type VoteService } from '../services/vote-service';

declare module 'fastify' {
  interface FastifyInstance {
    voteService: VoteService;
  }
}

/** The vote path: ballot cache, group-commit batcher and the vote service; queued votes are written before the pool closes. */
export const votePlugin = fp(
  async (app) => {
    const limits = app.config.rateLimit;
    const batcher = createVoteBatcher(app.pg, {
      maxInFlight: Math.max(1, Math.min(3, app.config.pgPoolMax - 2)),
      observe: (votes, seconds) => {
        app.metrics.voteBatchSize.observe(votes);
        app.metrics.voteBatchSeconds.observe(seconds);
      },
    });
    batcher.onCommit((ballotIds) => {
      for (const id of ballotIds) app.tallies.invalidate?.(id);
    });
    // Per account (a script reusing one token) and per IP (generous: carrier-grade NAT puts many
    // voters behind one address), counted by the vote's own Redis script with the day's marker.
    app.decorate(
      'voteService',
      createVoteService({
        pool: app.pg,
        redis: app.redis,
        ballots: createBallotCache(app.pg),
        batcher,
        metrics: app.metrics,
        limits: limits.enabled ? { perAccountPerMin: limits.votePerAccountPerMin, perIpPerMin: limits.votePerIpPerMin } : null,
        memoSize: app.config.votedTodayMemoSize,
      }),
    );
    app.addHook('onClose', () => batcher.drain());
  },
  { name: 'vote', dependencies: ['services', 'metrics', 'pg', 'redis'] },
);
