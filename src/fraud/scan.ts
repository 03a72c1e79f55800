import { findAccountPools } from './account-pool';
import { cohortOptions, findCohort, wideCohortOptions } from './cohort';
import { deviceReuse, type FreshCounts, type OwnFresh, reuseOptions } from './device-reuse';
import { farmDevices } from './farm-devices';
import { forgedAccounts, type ForgedTally } from './forged-accounts';
import { type ClientCheck, forgedOf, type ForgedView } from './forged-clients';
import { ceilingCounts, ceilingOf, ceilingOverDays, type CeilingCounts, type GapCeiling } from './gap-ceiling';
import { isoDay, type LedgerIndex, localDay } from './ledger-index';
import { machineParts } from './machine-streams';
import type { DetectorOptions } from './options';
import { findPhoneHopping } from './phone-hopping';
import { roundTheClock } from './round-the-clock';
import type { DetectedFlag } from './types';

/**
 * The scan: a candidate's votes searched for signatures honest crowds do not produce, whether or
 * not its rate ever jumped. A slow attack spread over days never stands out in any hour, so the
 * trigger (cusum.ts) never sends it to judgement; its machine timing, its reused phones, its
 * cohort or its pace through the night are still there to be seen, day by day (or across days).
 *
 * A flag's key is the rule, the candidate and the day (the cohort's first day, the first steady
 * night): reruns on more of the same day find the same key and raise nothing new.
 */
export interface ScanContext {
  fresh: FreshCounts;
  usePhase: boolean;
  scratch: Int32Array;
  /** -1 per account, for the cohort search (cohort.ts), which leaves it so. */
  lastVote: Int32Array;
  /** The check of strings no phone sends (forged-clients.ts), its per-candidate views, and its tally per candidate. */
  clients: ClientCheck | null;
  forgedByCandidate: Map<number, ForgedView>;
  forgedTally: (() => ForgedTally) | null;
}

export function scanCandidate(
  index: LedgerIndex,
  c: number,
  own: OwnFresh,
  ctx: ScanContext,
  o: DetectorOptions,
): DetectedFlag[] {
  const votes = index.votesOf[c];
  const { at } = index.log;
  const id = index.candidates[c];
  const out: DetectedFlag[] = [];
  // Only a steady-pace flag reports the candidate's usual day: count it when one is raised.
  let usualDay: number | undefined;
  const paceDays: Array<{ counts: CeilingCounts; from: number; to: number; day: number }> = [];
  for (let a = 0; a < votes.length; ) {
    const day = localDay(at[votes[a]]);
    const dayEnd = (day + 1) * 86_400_000 - 8 * 3_600_000;
    let b = a + 1;
    while (b < votes.length && at[votes[b]] < dayEnd) b++;
    const set = votes.subarray(a, b);
    const from = a;
    a = b;
    if (set.length < o.strongMinVotes) continue;
    const dayIso = isoDay(day);

    const machine = machineParts(index, c, set, ctx.usePhase, ctx.scratch);
    if (machine.votes >= o.strongMinVotes) {
      out.push(flagOf(index, c, 'machine-timing', set, machine.mask, 0, `machine-timing:${id}:${dayIso}`, {
        signature: 'parts of the candidate\'s votes of the day with a program\'s timing (one gap length, or one second of the minute)',
        day: dayIso,
        candidateVotesThatDay: set.length,
        machineVotes: machine.votes,
        parts: machine.groups,
      }));
    }
    const counts = ceilingCounts(Float64Array.from(set, (v) => at[v]));
    if (counts) paceDays.push({ counts, from, to: b, day });
    const pace = ceilingOf(counts);
    if (pace.logOdds <= -o.paceMinLogOdds) {
      usualDay ??= medianDayVotes(index, votes);
      out.push(paceFlag(index, c, usualDay, `steady-pace:${id}:${dayIso}`, { day: dayIso, candidateVotesThatDay: set.length }, set, 1, pace));
    }
    const reuse = farmDevices(index, ctx.fresh, own, set, o, c);
    if (reuse.excessAccounts >= o.strongMinVotes) {
      out.push(flagOf(index, c, 'device-reuse', set, reuse.mask, reuse.expectedAccounts, `device-reuse:${id}:${dayIso}`, {
        signature: 'phones each turning over fresh accounts for the candidate far beyond their prevalence among the other candidates\' fresh accounts: a device naming one install (or several strings) with many, or many installs of one model or one software with several each',
        day: dayIso,
        candidateVotesThatDay: set.length,
        excessFreshAccounts: reuse.excessAccounts,
        strings: reuse.strings,
        bulkPhones: reuse.models,
      }));
    }
  }
  // A pace too steady to be sure of on any one day, kept up day after day: keyed by the candidate
  // alone, since a longer run found later would move its first day.
  if (!out.some((f) => f.rule === 'steady-pace')) {
    const run = ceilingOverDays(paceDays.map((d) => d.counts));
    if (run && run.ceiling.logOdds <= -o.paceMinLogOdds) {
      const [first, last] = [paceDays[run.first], paceDays[run.last]];
      usualDay ??= medianDayVotes(index, votes);
      const span = votes.subarray(first.from, last.to);
      const when = { days: `${isoDay(first.day)}..${isoDay(last.day)}`, candidateVotes: span.length };
      out.push(paceFlag(index, c, usualDay, `steady-pace:${id}`, when, span, last.day - first.day + 1, run.ceiling));
    }
  }
  // One phone across the whole ballot: a slow farm gives each phone a few fresh accounts a day,
  // too few to see in any one day, and the same phones come back day after day.
  if (!out.some((f) => f.rule === 'device-reuse')) {
    const reuse = deviceReuse(index, ctx.fresh, own, votes, reuseOptions(o), c);
    if (reuse.excessAccounts >= o.strongMinVotes) {
      const dayIso = firstDayOf(index, votes, reuse.mask);
      out.push(flagOf(index, c, 'device-reuse', votes, reuse.mask, reuse.expectedAccounts, `device-reuse:${id}:${dayIso}`, {
        signature: 'phones (each naming one install) turning over fresh accounts for the candidate across the ballot\'s days, far beyond their prevalence among the other candidates\' fresh accounts',
        days: 'all',
        excessFreshAccounts: reuse.excessAccounts,
        phones: reuse.stringCount,
        strings: reuse.strings,
      }));
    }
  }
  const view = forgedOf(index, ctx, c);
  const forged = view && ctx.clients && ctx.forgedTally ? forgedAccounts(index, ctx.clients, view, ctx.forgedTally, c, forgedOptions(o)) : null;
  if (forged) {
    out.push(flagOf(index, c, 'forged-clients', votes, forged.mask, forged.expected, `forged-clients:${id}`, {
      signature: 'accounts across the ballot sending strings no phone sends (a model on an Android version its phones in the crowd never run, a build id contradicting its version, an emulator\'s x86 build), over several models: a fleet of cloud phones or emulators from one image',
      accounts: forged.accounts,
      expectedAccounts: Math.round(forged.expected * 10) / 10,
      pairs: forged.pairs,
      largestPairShare: Math.round(forged.largestPairShare * 100) / 100,
    }));
  }
  const cohort =
    findCohort(index, votes, cohortOptions(o), ctx.lastVote) ??
    findCohort(index, votes, wideCohortOptions(o), ctx.lastVote);
  if (cohort) {
    const dayIso = firstDayOf(index, votes, cohort.mask);
    const expected = cohort.pairs.reduce((s, p) => s + p.expected, 0);
    out.push(flagOf(index, c, 'cohort', votes, cohort.mask, expected, `cohort:${id}:${dayIso}`, {
      signature: 'a closed group of accounts voting for the candidate together (same window) on three days or more',
      windowMinutes: cohort.windowMinutes,
      members: cohort.members,
      days: cohort.days,
      listOrder: Math.round(cohort.listOrder * 100) / 100,
      deviceSwitch: Math.round(cohort.deviceSwitch * 100) / 100,
      prefixesPerMember: Math.round(cohort.prefixesPerMember * 100) / 100,
      topPrefixShare: Math.round(cohort.topPrefixShare * 100) / 100,
      windowPairs: cohort.pairs,
    }));
  }
  const clock = roundTheClock(index, c, o.strongMinVotes);
  if (clock) {
    out.push(scanFlag(id, 'round-the-clock', clock.start, clock.end, clock.observed, clock.expected, `round-the-clock:${id}:${clock.nights[0].night}`, {
      signature: 'extra votes at one steady pace in the small hours (02:00-05:00) and in the day beside them (10:00-22:00): people sleep, a program does not',
      usualShare: Math.round(clock.usualShare * 1000) / 1000,
      nights: clock.nights,
    }));
  }
  return out;
}

/**
 * The scan across candidates: account pools that spread their votes over a client and decoys
 * (account-pool.ts). Each candidate of the pool's menu with enough of its votes is flagged, keyed
 * by the candidate alone: an account joins the pool at its third vote, bringing earlier ones, so
 * the pool's first day can move back, and a rerun must not raise it again. Accounts that hop
 * phones (phone-hopping.ts) are found across candidates too, and keyed by candidate for the
 * same reason: an account starts hopping at its third phone.
 */
export function scanBallot(index: LedgerIndex, o: DetectorOptions): DetectedFlag[] {
  const out: DetectedFlag[] = [];
  const pools = findAccountPools(index, { menuSize: o.poolMenuSize, minMembers: o.poolMinMembers, minRatio: o.poolMinRatio, large: { minMembers: o.poolLargeMinMembers, minRatio: o.poolLargeMinRatio }, minShare: o.poolMinShare, minVotes: o.strongMinVotes });
  for (const pool of pools) {
    const menu = pool.menu.map((m) => ({ candidateId: index.candidates[m], poolVotes: pool.votesFor.get(m)?.length ?? 0 }));
    for (const c of pool.flagged) {
      const mine = pool.votesFor.get(c) ?? new Int32Array(0);
      const mask = new Uint8Array(mine.length).fill(1);
      const expected = (pool.expected * mine.length) / pool.members;
      out.push(flagOf(index, c, 'account-pool', mine, mask, expected, `account-pool:${index.candidates[c]}`, {
        signature: 'a pool of accounts that each pick anew among the same few candidates day after day (a client and its decoys), far more of them than the menu\'s share of the ballot predicts',
        members: pool.members,
        expectedMembers: Math.round(pool.expected * 10) / 10,
        // The client holds the most of the pool's votes, its decoys less: the reviewer weighs which this is.
        shareOfPoolVotes: Math.round((mine.length / pool.votes) * 100) / 100,
        mostOfPool: menu.every((m) => m.poolVotes <= mine.length),
        menu,
      }));
    }
  }
  for (const hop of findPhoneHopping(index, { minPhones: o.hopMinPhones, minAccounts: o.hopMinAccounts, minRatio: o.reuseMinRatio, minLogOdds: o.reuseMinLogOdds })) {
    const votes = index.votesOf[hop.candidate];
    const mine = hop.votes.map((j) => votes[j]);
    out.push(flagOf(index, hop.candidate, 'phone-hopping', mine, new Uint8Array(mine.length).fill(1), hop.expected, `phone-hopping:${index.candidates[hop.candidate]}`, {
      signature: `accounts voting for the candidate from ${o.hopMinPhones} different phones or more in one ballot (WeChat runs on one phone at a time, and people keep theirs): an account bank on a tool that spoofs a new device each session`,
      hoppingAccounts: hop.accounts,
      expectedAccounts: Math.round(hop.expected * 10) / 10,
      accountsThatCould: hop.eligible,
    }));
  }
  return out;
}

type PaceSpan = { day: string; candidateVotesThatDay: number } | { days: string; candidateVotes: number };

/** Expects the candidate's usual day for each of the flag's `days`. */
function paceFlag(index: LedgerIndex, c: number, usualDay: number, key: string, when: PaceSpan, set: Int32Array, days: number, pace: GapCeiling): DetectedFlag {
  return flagOf(index, c, 'steady-pace', set, new Uint8Array(set.length).fill(1), usualDay * days, key, {
    signature: 'the candidate\'s votes, all sources together, almost never leave a long gap: a program pacing its votes under the crowd\'s (independent arrivals leave about e^-x of their gaps over x times their neighbours\' mean)',
    ...when,
    usualDayVotes: usualDay,
    longerThanLocalMeans: pace.longerThan,
    longGaps: pace.longGaps,
    expectedLongGaps: Math.round(pace.expectedLongGaps * 10) / 10,
    logOdds: Math.round(pace.logOdds * 10) / 10,
  });
}

function forgedOptions(o: DetectorOptions) {
  return { minAccounts: o.forgedMinAccounts, minRatio: o.reuseMinRatio, minLogOdds: o.reuseMinLogOdds, minPairs: o.forgedMinPairs, maxPairShare: o.forgedMaxPairShare };
}

/** The median of the candidate's vote counts over the Shanghai days it has votes on. */
function medianDayVotes(index: LedgerIndex, votes: ArrayLike<number>): number {
  const counts: number[] = [];
  let last = NaN;
  for (let j = 0; j < votes.length; j++) {
    const day = localDay(index.log.at[votes[j]]);
    if (day === last) counts[counts.length - 1]++;
    else counts.push(1);
    last = day;
  }
  counts.sort((x, y) => x - y);
  return counts.length === 0 ? 0 : counts[Math.floor(counts.length / 2)];
}

/** The Shanghai day of the first vote the mask marks. */
function firstDayOf(index: LedgerIndex, votes: ArrayLike<number>, mask: Uint8Array): string {
  let first = 0;
  while (first < mask.length - 1 && !mask[first]) first++;
  return isoDay(localDay(index.log.at[votes[first]]));
}

function flagOf(
  index: LedgerIndex,
  c: number,
  rule: string,
  set: ArrayLike<number>,
  mask: Uint8Array,
  expected: number,
  burstKey: string,
  detail: Record<string, unknown>,
): DetectedFlag {
  const { at } = index.log;
  let first = Infinity;
  let last = -Infinity;
  let observed = 0;
  const sample: string[] = [];
  for (let j = 0; j < set.length; j++) {
    if (!mask[j]) continue;
    observed++;
    first = Math.min(first, at[set[j]]);
    last = Math.max(last, at[set[j]]);
    if (sample.length < 5) sample.push(index.log.ref(set[j]));
  }
  return scanFlag(index.candidates[c], rule, Math.floor(first / 60_000) * 60_000, (Math.floor(last / 60_000) + 1) * 60_000, observed, expected, burstKey, { ...detail, sampleVoteIds: sample });
}

/** A scan flag over [start, end) (epoch ms, whole minutes), its evidence led by the window and the counts. */
function scanFlag(candidateId: string, rule: string, start: number, end: number, observed: number, expected: number, burstKey: string, detail: Record<string, unknown>): DetectedFlag {
  const windowStart = new Date(start);
  const windowEnd = new Date(end);
  const rounded = Math.round(expected * 10) / 10;
  return {
    candidateId,
    rule,
    windowStart,
    windowEnd,
    observed,
    expected: rounded,
    severity: 'high',
    evidence: { window: { start: windowStart.toISOString(), end: windowEnd.toISOString() }, observed, expected: rounded, ...detail },
    burstKey,
  };
}
