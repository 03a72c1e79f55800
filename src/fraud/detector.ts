import { baselineParams, expectedPerMinute } from './baseline';
import { ballotContext, type Burst, judgeBurst } from './burst-evidence';
import { poissonCusum } from './cusum';
import { candidateFresh, clearFresh } from './device-reuse';
import { scanBallot, scanCandidate } from './scan';
import { buildIndex, MINUTE_MS } from './ledger-index';
import { DEFAULT_OPTIONS, type DetectorOptions } from './options';
import type { DetectedFlag, VoteEvent } from './types';
import { type VoteLog, voteLogOf } from './vote-log';

export type { DetectorOptions } from './options';

/**
 * The ballot-stuffing detector (pure: no I/O, no clock; time comes from the events).
 *
 * 1. Trigger: per candidate, a Poisson CUSUM on per-minute counts against an expected rate = the
 *    candidate's trailing baseline share × the other candidates' rate in that minute.
 * 2. Judgement: each burst's composition against the candidate's own earlier traffic and the other
 *    candidates' votes in the same window (burst-evidence.ts); a flag needs a signature honest
 *    crowds do not produce (signals.ts `decide`).
 * 3. Scan: every candidate's votes day by day and across days, and the ballot's accounts across
 *    candidates (scan.ts), for slow attacks.
 *
 * `events` need not be sorted by `at`: they are taken into a VoteLog, which is (stably: ties keep
 * their order), as the index and every window assume time order. One flag per burst; `burstKey` (candidate + ALARM minute, not the
 * window start) depends only on the complete minutes up to the alarm: the CUSUM is causal, so a rerun
 * on more data finds the same alarm minute, while the window start (an estimate that uses the
 * whole burst, up to its peak) may still be refined and must not mint a second flag.
 */
export function detect(events: readonly VoteEvent[], options?: Partial<DetectorOptions>): DetectedFlag[] {
  return detectInLog(voteLogOf(events), options);
}

/** detect() over votes already in columns (the service's detection pass reads them so). */
export function detectInLog(log: VoteLog, options?: Partial<DetectorOptions>): DetectedFlag[] {
  const { bursts, scans } = analyse(log, options);
  const flags = bursts.filter((b) => b.judgement.flagged).map((b) => b.flag);
  // A scan finding inside a flagged burst of the same candidate adds nothing for the auditor.
  for (const f of scans) {
    const covered = flags.some((b) => b.candidateId === f.candidateId && b.rule === 'burst' && b.windowStart < f.windowEnd && f.windowStart < b.windowEnd);
    if (!covered) flags.push(f);
  }
  return flags.sort((a, b) => a.windowStart.getTime() - b.windowStart.getTime() || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));
}

export interface JudgedBurst {
  burst: Burst;
  flag: DetectedFlag;
  judgement: ReturnType<typeof judgeBurst>;
}

/** Every triggered burst with its judgement, flagged or not (the benchmark and tests look inside). */
export function detectBursts(events: readonly VoteEvent[], options?: Partial<DetectorOptions>): JudgedBurst[] {
  return analyse(voteLogOf(events), options).bursts;
}

/** The scan's findings (scan.ts), flagged whether or not a burst covers them (benchmark, tests). */
export function detectScans(events: readonly VoteEvent[], options?: Partial<DetectorOptions>): DetectedFlag[] {
  return analyse(voteLogOf(events), options).scans;
}

function analyse(log: VoteLog, options?: Partial<DetectorOptions>): { bursts: JudgedBurst[]; scans: DetectedFlag[] } {
  const o: DetectorOptions = { ...DEFAULT_OPTIONS, ...options };
  const index = buildIndex(log);
  const C = index.candidates.length;
  const M = index.minutes;
  const scans: DetectedFlag[] = [];
  if (C === 0 || M === 0) return { bursts: [], scans };
  const ctx = ballotContext(index);
  const params = baselineParams(C, o);
  const out: JudgedBurst[] = [];
  const ownCounts = new Int32Array(index.devices.uaOf.length);
  for (let c = 0; c < C; c++) {
    const own = candidateFresh(index, index.votesOf[c], ownCounts);
    scans.push(...scanCandidate(index, c, own, ctx, o));
    const x = index.counts.subarray(c * M, (c + 1) * M);
    const lambda = expectedPerMinute(x, index.totals, params);
    for (const seg of poissonCusum(x, lambda, o.cusumShift, o.cusumThreshold)) {
      let observed = 0;
      let expected = 0;
      let maxExpected = 0;
      for (let m = seg.start; m <= seg.end; m++) {
        observed += x[m];
        expected += lambda[m];
        maxExpected = Math.max(maxExpected, lambda[m]);
      }
      const burst: Burst = {
        candidate: c,
        startMinute: seg.start,
        endMinute: seg.end,
        observed,
        expected,
        peak: seg.peak,
        alarmMinute: seg.alarmAt,
        maxExpected,
      };
      if (observed - expected < o.minExcess) continue;
      const judgement = judgeBurst(index, burst, ctx, o, own);
      const windowStart = new Date(index.t0 + seg.start * MINUTE_MS);
      out.push({
        burst,
        judgement,
        flag: {
          candidateId: index.candidates[c],
          rule: 'burst',
          windowStart,
          windowEnd: new Date(index.t0 + (seg.end + 1) * MINUTE_MS),
          observed,
          expected: Math.round(expected * 10) / 10,
          severity: judgement.severity,
          evidence: judgement.evidence,
          burstKey: `burst:${index.candidates[c]}:${new Date(index.t0 + seg.alarmAt * MINUTE_MS).toISOString()}`,
        },
      });
    }
    clearFresh(index, index.votesOf[c], own);
  }
  scans.push(...scanBallot(index, o));
  out.sort((a, b) => a.flag.windowStart.getTime() - b.flag.windowStart.getTime() || (a.flag.candidateId < b.flag.candidateId ? -1 : 1));
  return { bursts: out, scans };
}
