import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../../errors';
import { expectedLevel } from '../../fraud/expected-level';
import { MINUTE_MS } from '../../fraud/ledger-index';
import { prefixOf } from '../../fraud/network';
import { detectionCutoff } from '../../services/detection-pass';
import { ballotsRepository } from '../../storage/ballots-repository';
import { flagsRepository } from '../../storage/flags-repository';
import {
  candidateVoteSources,
  candidateVotesInWindow,
  minuteCountsUntil,
  votedCandidateCount,
  votesByIds,
  type SampleVote,
} from '../../storage/flag-context-queries';
import { errorResponse, uuid } from '../schemas';

/**
 * What the console's flag page draws around a flag: per minute, the candidate's votes, the other
 * candidates' combined selections and the detector's expected level for the candidate; the top
 * sources of the candidate's votes in the window; sample votes. Everything is read from the votes
 * and the detector's own baseline, so the browser computes no detector logic.
 */

const HOUR_MS = 3_600_000;
const MAX_SPAN_MS = 8 * 24 * HOUR_MS;
const SAMPLE_SIZE = 10;
const TOP_LISTED = 10;
// The top lists read at most this many of the window's votes (a manual flag may span days).
const MAX_SOURCE_VOTES = 50_000;

const countOf = <K extends string>(key: K) => z.object({ [key]: z.string(), votes: z.number().int() } as Record<K, z.ZodString> & { votes: z.ZodNumber });

const contextResponse = z
  .object({
    flagId: z.string(),
    ballotId: z.string(),
    candidateId: z.string(),
    windowStart: z.string().nullable().describe("the flag's window (shade it); null for a manual flag raised without one"),
    windowEnd: z.string().nullable(),
    from: z.string().describe('first minute of the points'),
    to: z.string().describe('end of the last minute (exclusive); never past the last completed minute'),
    bucket: z.literal('minute'),
    expectedMethod: z.string().describe('how `expected` is computed'),
    points: z.array(
      z.object({
        t: z.string().describe('minute start'),
        votes: z.number().int().describe("the candidate's votes in the minute"),
        others: z.number().int().describe("the other candidates' selections in the minute, combined"),
        expected: z.number().nullable().describe('the detector baseline (λ0) for the candidate in the minute; null before the first vote'),
      }),
    ),
    window: z
      .object({ votes: z.number().int(), others: z.number().int(), expected: z.number() })
      .nullable()
      .describe('sums of the points inside the window'),
    top: z
      .object({
        ips: z.array(countOf('ip')),
        prefixes: z.array(countOf('prefix')),
        userAgents: z.array(countOf('userAgent')),
        votesRead: z.number().int(),
        truncated: z.boolean().describe(`true when the window had more than ${MAX_SOURCE_VOTES} of the candidate's votes and only the first were counted`),
      })
      .nullable()
      .describe("the candidate's votes in the window by IP, network prefix (/24, /64) and user agent; null without a window"),
    sampleSource: z.enum(['evidence', 'window', 'none']).describe("evidence: the votes the flag's evidence names; window: spread over the window"),
    sampleVotes: z.array(
      z.object({ voteId: z.string(), at: z.string(), day: z.string(), candidateIds: z.array(z.string()), ip: z.string(), userAgent: z.string() }),
    ),
  })
  .describe('FlagContext');

const isUuid = (s: unknown): s is string => typeof s === 'string' && uuid.safeParse(s).success;

function topCounts(values: string[], k: number): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
}

const sampleView = (v: SampleVote) => ({ voteId: v.voteId, at: v.at.toISOString(), day: v.day, candidateIds: v.candidateIds, ip: v.ip, userAgent: v.userAgent });

export default async function flagContextRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const flags = flagsRepository(app.pg);
  const ballots = ballotsRepository(app.pg);

  app.get(
    '/v1/flags/:flagId/context',
    {
      config: { auth: ['admin', 'auditor'] },
      schema: {
        tags: ['auditors'],
        summary: "A flag's surroundings for charts: per-minute votes, others' rate and the detector's expected level; top sources; sample votes",
        description:
          'Minutes from `hoursBefore` before the window to `hoursAfter` after it (at most 8 days in all), clipped to the ballot window and to the last completed minute. ' +
          'A manual flag without a window is drawn over the hours before it was raised.',
        params: z.object({ flagId: uuid }),
        querystring: z.object({
          hoursBefore: z.coerce.number().min(0).max(48).default(3),
          hoursAfter: z.coerce.number().min(0).max(48).default(3),
        }),
        response: { 200: contextResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse },
      },
    },
    async (request) => {
      const flag = await flags.findById(request.params.flagId);
      if (!flag) throw errors.notFound('flag');
      const ballot = await ballots.findById(flag.ballotId);
      if (!ballot) throw errors.notFound('ballot');
      const { hoursBefore, hoursAfter } = request.query;

      const floorMin = (ms: number) => Math.floor(ms / MINUTE_MS) * MINUTE_MS;
      const ceilMin = (ms: number) => Math.ceil(ms / MINUTE_MS) * MINUTE_MS;
      const anchorStart = flag.windowStart?.getTime() ?? flag.createdAt.getTime();
      const anchorEnd = flag.windowEnd?.getTime() ?? flag.createdAt.getTime();
      const cutoff = detectionCutoff(request.now).getTime();
      const to = Math.min(ceilMin(anchorEnd + hoursAfter * HOUR_MS), ceilMin(ballot.closesAt.getTime()), cutoff);
      let from = Math.max(floorMin(anchorStart - hoursBefore * HOUR_MS), floorMin(ballot.opensAt.getTime()));
      from = Math.max(from, to - MAX_SPAN_MS);

      const [minutes, voted] = await Promise.all([
        to > from ? minuteCountsUntil(app.pg, flag.ballotId, flag.candidateId, new Date(to)) : Promise.resolve([]),
        votedCandidateCount(app.pg, flag.ballotId),
      ]);

      // The baseline runs from the ballot's first voted minute, as the detector's does: each
      // minute's level depends on the (clipped) history before it.
      const points: Array<{ t: string; votes: number; others: number; expected: number | null }> = [];
      let window: { votes: number; others: number; expected: number } | null = null;
      if (to > from) {
        const t0 = minutes.length > 0 ? minutes[0].t : to;
        const M = Math.max(0, (to - t0) / MINUTE_MS);
        const own = new Int32Array(M);
        const totals = new Int32Array(M);
        for (const m of minutes) {
          const i = (m.t - t0) / MINUTE_MS;
          own[i] = m.own;
          totals[i] = m.total;
        }
        const lambda = expectedLevel(own, totals, voted);
        const inWindow = (t: number) => flag.windowStart !== null && flag.windowEnd !== null && t >= flag.windowStart.getTime() && t < flag.windowEnd.getTime();
        if (flag.windowStart && flag.windowEnd) window = { votes: 0, others: 0, expected: 0 };
        for (let t = from; t < to; t += MINUTE_MS) {
          const i = (t - t0) / MINUTE_MS;
          const known = i >= 0 && i < M;
          const p = {
            t: new Date(t).toISOString(),
            votes: known ? own[i] : 0,
            others: known ? totals[i] - own[i] : 0,
            expected: known ? Math.round(lambda[i] * 1000) / 1000 : null,
          };
          points.push(p);
          if (window && inWindow(t)) {
            window.votes += p.votes;
            window.others += p.others;
            window.expected += p.expected ?? 0;
          }
        }
        if (window) window.expected = Math.round(window.expected * 10) / 10;
      }

      let top = null;
      if (flag.windowStart && flag.windowEnd) {
        const sources = await candidateVoteSources(app.pg, flag.ballotId, flag.candidateId, flag.windowStart, flag.windowEnd, MAX_SOURCE_VOTES);
        const ips = sources.map((s) => s.ip);
        top = {
          ips: topCounts(ips, TOP_LISTED).map(([ip, votes]) => ({ ip, votes })),
          prefixes: topCounts(ips.map(prefixOf), TOP_LISTED).map(([prefix, votes]) => ({ prefix, votes })),
          userAgents: topCounts(sources.map((s) => s.userAgent), TOP_LISTED).map(([userAgent, votes]) => ({ userAgent, votes })),
          votesRead: sources.length,
          truncated: sources.length >= MAX_SOURCE_VOTES,
        };
      }

      const named = Array.isArray(flag.evidence.sampleVoteIds) ? flag.evidence.sampleVoteIds.filter(isUuid).slice(0, SAMPLE_SIZE) : [];
      let sampleSource: 'evidence' | 'window' | 'none' = 'none';
      let samples: SampleVote[] = [];
      if (named.length > 0) {
        samples = await votesByIds(app.pg, flag.ballotId, named);
        sampleSource = 'evidence';
      } else if (flag.windowStart && flag.windowEnd) {
        samples = await candidateVotesInWindow(app.pg, flag.ballotId, flag.candidateId, flag.windowStart, flag.windowEnd, SAMPLE_SIZE);
        sampleSource = 'window';
      }

      return {
        flagId: flag.id,
        ballotId: flag.ballotId,
        candidateId: flag.candidateId,
        windowStart: flag.windowStart?.toISOString() ?? null,
        windowEnd: flag.windowEnd?.toISOString() ?? null,
        from: new Date(from).toISOString(),
        to: new Date(Math.max(from, to)).toISOString(),
        bucket: 'minute' as const,
        expectedMethod:
          "the stuffing detector's baseline: the candidate's trailing share of the other candidates' votes (24 h, clipped, with an equal-share prior) times the others' votes in that minute, floored for quiet minutes",
        points,
        window,
        top,
        sampleSource,
        sampleVotes: samples.map(sampleView),
      };
    },
  );
}
