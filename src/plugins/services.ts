import fp from 'fastify-plugin';
import type { Config } from '../config';
import type { VoterTokens } from '../auth/voter-token';
import { createTallies, type Tallies } from '../services/tallies';
import { createBallotService, type BallotService } from '../services/ballot-service';
import { createResultsService, type ResultsService } from '../services/results-service';
import { createTimelineService, type TimelineService } from '../services/timeline-service';
import { createWechatClient, type WechatClient } from '../services/wechat-client';
import { createJssdkService, type JssdkService } from '../services/wechat-jssdk';
import { auditRepository } from '../storage/audit-repository';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    voterTokens: VoterTokens;
    /** Live vote counts, shared by the public ballot read and the scores. */
    tallies: Tallies;
    ballotService: BallotService;
    resultsService: ResultsService;
    timelineService: TimelineService;
    /** The hash-chained audit log (read side; writers append in their own transactions). */
    auditLog: ReturnType<typeof auditRepository>;
    wechat: WechatClient;
    /** The JS-SDK's share configuration (WeChat's ticket, shared by every instance through Redis). */
    wechatJssdk: JssdkService;
  }
}

/** The request-path services over PostgreSQL. Routes only call them; vote.ts and detection.ts build the rest. */
export const servicesPlugin = fp<{ config: Config; voterTokens: VoterTokens }>(
  async (app, opts) => {
    app.decorate('config', opts.config);
    app.decorate('voterTokens', opts.voterTokens);
    const tallies = createTallies(app.pg);
    app.decorate('tallies', tallies);
    app.decorate('ballotService', createBallotService(app.pg));
    const results = createResultsService({
      pool: app.pg,
      tallies,
      provisionalCacheMs: opts.config.scoresCacheMs,
      exportPool: app.ledgerExports.pool,
      exportIdleTimeoutMs: app.ledgerExports.idleTimeoutMs,
    });
    // A flag raised or reviewed here or on another instance changes the scores at once.
    app.scoreEvents.onChange((ballotId) => results.invalidate(ballotId));
    app.decorate('resultsService', results);
    app.decorate('timelineService', createTimelineService(app.pg));
    app.decorate('auditLog', auditRepository(app.pg));
    const requireCredentials = opts.config.nodeEnv === 'production';
    app.decorate('wechat', createWechatClient({ ...opts.config.wechat, requireCredentials }));
    app.decorate('wechatJssdk', createJssdkService({ ...opts.config.wechat, redis: app.redis, requireCredentials }));
  },
  { name: 'services', dependencies: ['pg', 'redis', 'score-events', 'exports'] },
);
