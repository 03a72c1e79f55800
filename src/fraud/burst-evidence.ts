import { localHour } from '../domain/calendar';
import { inDayOpening, type LedgerIndex, lowerBound, MINUTE_MS } from './ledger-index';
import { isWeChatUserAgent, prefixOf, userAgentFamily } from './network';
import type { DetectorOptions } from './options';
import { type FreshCounts, freshCounts, type OwnFresh } from './device-reuse';
import { farmDevices } from './farm-devices';
import { clientCheck, type ClientCheck, forgedCounts, forgedFlagAllowed, forgedFor, forgedOf, type ForgedView } from './forged-clients';
import { type ForgedTally, forgedTally } from './forged-accounts';
import { machineParts, phaseUsable } from './machine-streams';
import { decide, type FeatureCounts, isConclusive, round, type SignalGroup, type SignalResult, STRONG_SIGNALS, testFeature } from './signals';
import { regularMask } from './timing';
import type { Severity } from './types';

const DAY_MINUTES = 1440;
const TOP_SELECTED = 5;
const TOP_LISTED = 10;

export interface Burst {
  candidate: number;
  startMinute: number;
  endMinute: number;
  observed: number;
  expected: number;
  peak: number;
  alarmMinute: number;
  /** Largest expected per-minute count inside the window. */
  maxExpected: number;
}

export interface Judgement {
  flagged: boolean;
  severity: Severity;
  groups: SignalGroup[];
  signals: Record<string, SignalResult>;
  evidence: Record<string, unknown>;
}

/** Per-ballot facts the judgement of every burst shares. */
export interface BallotContext {
  /** Share of all votes cast 00:00–06:00 Asia/Shanghai: what "normal" night traffic is here. */
  nightShare: number;
  /** Fresh accounts per device and per phone model over the ballot: how common each is. */
  fresh: FreshCounts;
  /** Whether the ledger's timestamps allow a phase-against-the-clock test (machine-streams.ts). */
  usePhase: boolean;
  /** A zeroed counter over UA, IP and prefix ordinals, shared by the machine-part searches. */
  scratch: Int32Array;
  /** -1 per account, shared by the cohort searches. */
  lastVote: Int32Array;
  /** Which strings no phone sends (forged-clients.ts); null when the check says nothing in this ballot. */
  clients: ClientCheck | null;
  /** The check as each judged candidate sees it (its own votes left out), made once per candidate. */
  forgedByCandidate: Map<number, ForgedView>;
  /** Accounts with checkable and with forged strings per candidate, as the whole ballot's check sees them: counted on first use. */
  forgedTally: (() => ForgedTally) | null;
}

export type { OwnFresh };

export function ballotContext(index: LedgerIndex): BallotContext {
  const { at } = index.log;
  let night = 0;
  // Asia/Shanghai is UTC+8 without DST: the local hour is arithmetic, no Date per vote.
  for (let i = 0; i < at.length; i++) if (((at[i] + 8 * 3_600_000) % 86_400_000) / 3_600_000 < 6) night++;
  const scratch = new Int32Array(Math.max(index.log.userAgents.length, index.log.ips.length, index.prefixes.length));
  const clients = clientCheck(index);
  let tally: ForgedTally | undefined;
  return {
    nightShare: at.length > 0 ? night / at.length : 0,
    fresh: freshCounts(index),
    usePhase: phaseUsable(at),
    scratch,
    lastVote: new Int32Array(index.log.accountCount).fill(-1),
    clients,
    forgedByCandidate: new Map(),
    forgedTally: clients === null ? null : () => (tally ??= forgedTally(index, forgedFor(index, clients, null))),
  };
}

/**
 * Judges one burst on its composition: the burst's votes against the candidate's own traffic
 * before it and against the other candidates' votes in the same window.
 */
export function judgeBurst(index: LedgerIndex, burst: Burst, ctx: BallotContext, o: DetectorOptions, ownFresh: OwnFresh): Judgement {
  const { log } = index;
  const { at } = log;
  const startMs = index.t0 + burst.startMinute * MINUTE_MS;
  const endMs = index.t0 + (burst.endMinute + 1) * MINUTE_MS;
  const own = index.votesOf[burst.candidate];

  const b0 = lowerBound(at, own, startMs);
  const b1 = lowerBound(at, own, endMs, b0);
  const B = own.subarray(b0, b1);
  const p0 = lowerBound(at, own, startMs - o.preWindowMinutes * MINUTE_MS, 0, b0);
  const P = own.subarray(Math.max(p0, b0 - o.maxReferenceVotes), b0);
  const O = othersInWindow(index, burst.candidate, startMs, endMs, o.maxReferenceVotes);
  const excess = burst.observed - burst.expected;

  const even = Array.from(B).filter((_, i) => i % 2 === 0);
  const odd = Array.from(B).filter((_, i) => i % 2 === 1);
  const oddScale = odd.length > 0 ? B.length / odd.length : 1;

  const count = (set: ArrayLike<number>, has: (i: number) => boolean): [number, number] => {
    let k = 0;
    for (let j = 0; j < set.length; j++) if (has(set[j])) k++;
    return [k, set.length];
  };
  const plain = (has: (i: number) => boolean, fixedReference?: number): FeatureCounts => ({
    burst: count(B, has),
    pre: count(P, has),
    others: count(O, has),
    fixedReference,
  });
  // Top IPs / prefixes / UAs are chosen on half of the burst and measured on the other half, so
  // that choosing "the most common ones" cannot by itself make them look over-represented.
  const selected = (key: (i: number) => string): FeatureCounts => {
    const top = new Set(topCounts(even, key, TOP_SELECTED).map(([k]) => k));
    const has = (i: number) => top.has(key(i));
    return { burst: count(odd, has), pre: count(P, has), others: count(O, has), scale: oddScale };
  };
  const ip = (i: number) => log.ips[log.ip[i]];
  const prefix = (i: number) => prefixOf(ip(i));
  const ua = (i: number) => log.userAgents[log.userAgent[i]];
  const family = (i: number) => userAgentFamily(ua(i));
  const maskCounts = (set: ArrayLike<number>): [number, number] => {
    const m = regularMask(log, set, o.minStream, o.regularCv);
    let k = 0;
    for (let j = 0; j < m.length; j++) k += m[j];
    return [k, set.length];
  };

  const forged = forgedOf(index, ctx, burst.candidate);
  const defs: Array<[string, SignalGroup, FeatureCounts]> = [
    ['topIpShare', 'network', selected(ip)],
    ['topPrefixShare', 'network', selected(prefix)],
    ['nonWeChatShare', 'device', { ...plain((i) => !isWeChatUserAgent(ua(i))), othersOnly: true }],
    ['forgedClientShare', 'device', forgedCounts(forged, log.userAgent, B, P, O)],
    ['topUserAgentShare', 'device', selected(ua)],
    ['topDeviceFamilyShare', 'device', selected(family)],
    ['regularTimingShare', 'timing', { burst: maskCounts(B), pre: maskCounts(P), others: maskCounts(O), othersOnly: true }],
    ['synchronizedShare', 'timing', synchronized(at, B, burst.maxExpected)],
    ['newAccountShare', 'account', plain((i) => index.firstVote[i] === 1)],
    ['nightShare', 'timeOfDay', plain((i) => localHour(new Date(at[i])) < 6, nightReference(at, B, O, startMs, ctx))],
    ['lockstepShare', 'cohort', plain((i) => lockstep(index, i) >= o.lockstepDays)],
  ];
  const signals: Record<string, SignalResult> = {};
  const fired = new Set<SignalGroup>();
  const firedNames = new Set<string>();
  for (const [name, group, counts] of defs) {
    const r = testFeature(group, counts, excess, o);
    // A signature honest crowds do not produce must also be large in absolute terms to flag alone.
    if (STRONG_SIGNALS.has(name) && r.explainedVotes < o.strongMinVotes) r.fired = false;
    if (name === 'forgedClientShare' && r.fired && (forged === null || !forgedFlagAllowed(index, forged, burst.candidate, B, startMs, endMs))) r.fired = false;
    signals[name] = r;
    if (r.fired) {
      fired.add(group);
      firedNames.add(name);
    }
  }
  // Parts of the burst: a machine-timed part or a farm of reused phones counts even when the rest
  // of the burst is a crowd of people (a script hidden in a mobilization).
  const partFloor = Math.max(o.strongMinVotes, o.partShare * excess);
  const machine = machineParts(index, burst.candidate, B, ctx.usePhase, ctx.scratch);
  signals.machinePart = partSignal('timing', machine.votes, B.length, partFloor);
  const reuse = farmDevices(index, ctx.fresh, ownFresh, B, o, burst.candidate);
  signals.deviceReuse = partSignal('device', reuse.excessAccounts, B.length, partFloor);
  for (const name of ['machinePart', 'deviceReuse']) {
    if (signals[name].fired) {
      fired.add(signals[name].group);
      firedNames.add(name);
    }
  }
  const conclusive = isConclusive(signals.nonWeChatShare, B.length, excess, o) || isConclusive(signals.regularTimingShare, B.length, excess, o);
  const strong = [...firedNames].filter((n) => STRONG_SIGNALS.has(n));
  const flagged = excess >= o.minExcess && decide(firedNames);
  const ratio = burst.expected > 0 ? burst.observed / burst.expected : Infinity;
  const severity: Severity = strong.length >= 2 || conclusive || (strong.length >= 1 && ratio >= 10) ? 'high' : ratio >= 3 ? 'medium' : 'low';

  const distinct = (key: (i: number) => string | number) => new Set(Array.from(B, key)).size;
  const evidence: Record<string, unknown> = {
    window: {
      start: new Date(startMs).toISOString(),
      end: new Date(endMs).toISOString(),
      minutes: burst.endMinute - burst.startMinute + 1,
    },
    observed: burst.observed,
    expected: round(burst.expected, 1),
    excess: round(excess, 1),
    trigger: {
      kind: 'poisson-cusum',
      cusum: round(burst.peak, 2),
      threshold: o.cusumThreshold,
      shift: o.cusumShift,
      alarmAt: new Date(index.t0 + burst.alarmMinute * MINUTE_MS).toISOString(),
    },
    signals,
    groupsFired: [...fired],
    strongFired: strong,
    rule: 'flag only on a signature honest crowds do not produce (non-WeChat clients, machine timing of the burst or of a large part of it, one phone (install) or many phones of one model or one software turning over fresh accounts far beyond their prevalence, accounts voting at the same minute day after day); network, time of day, freshness and device family only describe',
    conclusive,
    machineParts: machine.groups,
    reusedDevices: reuse.strings,
    bulkPhones: reuse.models,
    topIps: topCounts(B, ip, TOP_LISTED).map(([k, v]) => ({ ip: k, votes: v })),
    topPrefixes: topCounts(B, prefix, TOP_LISTED).map(([k, v]) => ({ prefix: k, votes: v })),
    topUserAgents: topCounts(B, ua, TOP_LISTED).map(([k, v]) => ({ userAgent: k, votes: v })),
    distinct: { ips: distinct(ip), prefixes: distinct(prefix), userAgents: distinct(ua), accounts: distinct((i) => log.account[i]) },
    reference: { preBurstVotes: P.length, othersInWindowVotes: O.length, ballotNightShare: round(ctx.nightShare) },
    sampleVoteIds: sample(B, 5).map((i) => log.ref(i)),
  };
  return { flagged, severity, groups: [...fired], signals, evidence };
}

/** A part of the burst (machine-timed, or on reused devices): fires when it is large in absolute terms. */
function partSignal(group: SignalGroup, votes: number, burstVotes: number, floor: number): SignalResult {
  return {
    group,
    value: burstVotes > 0 ? round(votes / burstVotes) : 0,
    baseline: null,
    othersInWindow: null,
    explainedVotes: votes,
    z: 0,
    fired: votes > 0 && votes >= floor,
  };
}

/**
 * The share of night votes an honest burst may carry: the ballot's usual night share, except for a
 * burst that began in the evening and faded after midnight. A TV mention or an article at 23:30
 * brings a wave that decays past midnight; its night votes are the evening's tail, not people
 * getting up at 2 am. "Faded" is measured against everyone else (the candidate's votes per vote of
 * the other candidates, before and after midnight), because all traffic falls off at night: a job
 * started at 23:50 that keeps its pace gains share after midnight, an evening wave loses it.
 */
export function nightReference(at: ArrayLike<number>, B: ArrayLike<number>, O: ArrayLike<number>, startMs: number, ctx: Pick<BallotContext, 'nightShare'>): number {
  if (localHour(new Date(startMs)) < 18 || B.length === 0) return ctx.nightShare;
  const split = (set: ArrayLike<number>): [number, number] => {
    let evening = 0;
    let night = 0;
    for (let j = 0; j < set.length; j++) {
      if (localHour(new Date(at[set[j]])) < 6) night++;
      else evening++;
    }
    return [evening, night];
  };
  const [ownEvening, ownNight] = split(B);
  if (ownNight === 0) return ctx.nightShare;
  const [othersEvening, othersNight] = split(O);
  return ownNight / (othersNight + 1) < ownEvening / (othersEvening + 1) ? 1 : ctx.nightShare;
}

/**
 * Synchronized arrival: the share of the burst that lands within one 60-second span. People
 * reacting to a notice spread over many minutes (the waves of a mobilization decay over 10–30 min);
 * a scheduler firing a list of accounts puts nearly all of them into the same minute. The
 * reference is what the candidate's expected rate allows in a minute, with room for noise.
 */
function synchronized(at: Float64Array, B: Int32Array, maxExpected: number): FeatureCounts {
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < B.length; hi++) {
    while (at[B[hi]] - at[B[lo]] >= MINUTE_MS) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  const allowed = 3 * maxExpected + 3 * Math.sqrt(maxExpected) + 3;
  return { burst: [best, B.length], pre: [0, 0], others: [0, 0], fixedReference: B.length > 0 ? Math.min(0.95, allowed / B.length) : 1 };
}

/** The other candidates' votes in [startMs, endMs), evenly thinned to at most `cap`. */
function othersInWindow(index: LedgerIndex, candidate: number, startMs: number, endMs: number, cap: number): Int32Array {
  const { log } = index;
  const id = index.candidates[candidate];
  const i0 = lowerBound(log.at, null, startMs);
  const i1 = lowerBound(log.at, null, endMs, i0);
  const step = Math.max(1, Math.ceil((i1 - i0) / cap));
  const out: number[] = [];
  for (let i = i0; i < i1; i += step) if (!log.selections[log.selection[i]].includes(id)) out.push(i);
  return Int32Array.from(out);
}

/**
 * How many days the vote's account voted at the same minute of the day (±1, Asia/Shanghai),
 * this vote included; 1 for a vote in the day's opening minutes (ledger-index.ts inDayOpening).
 */
export function lockstep(index: LedgerIndex, i: number): number {
  const { at, account } = index.log;
  if (inDayOpening(at[i])) return 1;
  const mod = minuteOfDay(at[i]);
  let days = 0;
  let steps = 0;
  for (let j = index.firstOfAccount[account[i]]; j >= 0 && steps < 64; j = index.nextOfAccount[j], steps++) {
    const d = Math.abs(minuteOfDay(at[j]) - mod);
    if (Math.min(d, DAY_MINUTES - d) <= 1) days++;
  }
  return days;
}

function minuteOfDay(at: number): number {
  const d = new Date(at);
  return localHour(d) * 60 + d.getUTCMinutes();
}

export function topCounts(set: ArrayLike<number>, key: (i: number) => string, k: number): Array<[string, number]> {
  const m = new Map<string, number>();
  for (let j = 0; j < set.length; j++) {
    const s = key(set[j]);
    m.set(s, (m.get(s) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k);
}

function sample(set: ArrayLike<number>, k: number): number[] {
  if (set.length <= k) return Array.from(set);
  const out: number[] = [];
  for (let j = 0; j < k; j++) out.push(set[Math.floor((j * set.length) / k)]);
  return out;
}
