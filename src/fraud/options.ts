/**
 * Detector tuning. Every threshold is RELATIVE (a multiple of a baseline, a share of the burst's
 * excess, a significance level) so that it carries over to ballots of other sizes; the few absolute
 * numbers are floors that keep the statistics meaningful on tiny samples.
 */
export interface DetectorOptions {
  /** Trailing history the candidate's baseline share is estimated from (minutes). */
  baselineWindowMinutes: number;
  /** The most recent minutes are left out of the baseline so a burst cannot raise its own bar. */
  baselineGapMinutes: number;
  /** Weight of the equal-share prior, in "votes of the other candidates" (little history → prior). */
  priorWeight: number;
  /** A minute contributes at most clipFactor×expected (+noise allowance) to the baseline: earlier bursts do not inflate it. */
  clipFactor: number;
  /** Floor on the expected rate for quiet minutes, as a fraction of the candidate's trailing mean rate. */
  floorFraction: number;
  /** Absolute floor on the expected per-minute rate (votes/min). */
  floorRate: number;
  /** CUSUM alternative: the rate shift it is tuned to detect (λ0 → k·λ0). */
  cusumShift: number;
  /** CUSUM decision threshold (log-likelihood-ratio units). */
  cusumThreshold: number;
  /** Candidate's own history compared with the burst (minutes before the burst start). */
  preWindowMinutes: number;
  /** A signal fires only when the votes it explains beyond baseline are at least this share of the burst's excess. */
  explainShare: number;
  /** …and are significant at this many standard deviations (binomial). */
  minZ: number;
  /** …and the burst's share exceeds the reference share by at least this much. */
  minShareDiff: number;
  /** Bursts whose excess (observed − expected) is below this are not judged: too small to matter or to test. */
  minExcess: number;
  /** Streams shorter than this are not judged for timing regularity. */
  minStream: number;
  /** Coefficient of variation of gaps below which a stream is machine-regular (Poisson/human ≈ 1). */
  regularCv: number;
  /** An account is in a lockstep cohort when it voted at the same minute of day (±1) on at least this many days. */
  lockstepDays: number;
  /** A machine signature (non-WeChat, regular timing) is conclusive alone when it covers at least this share of the burst and of its excess… */
  conclusiveShare: number;
  /** …while at most this share of the other candidates' votes in the window carry it… */
  conclusiveReference: number;
  /** …and the burst has at least this many votes (a few regular-looking gaps happen by chance). */
  conclusiveMinVotes: number;
  /** Cap on the other candidates' votes sampled as the "others in window" reference. */
  maxReferenceVotes: number;
  /** A signature honest crowds do not produce flags alone, once it covers at least this many votes… */
  strongMinVotes: number;
  /** …and, for a part of a burst (machine part, reused devices), this share of the burst's excess. */
  partShare: number;
  /** Device reuse: fresh accounts one install must bring (device-reuse.ts)… */
  reuseMinAccounts: number;
  /** …at odds of at most e^-this given the string's prevalence among the other candidates… */
  reuseMinLogOdds: number;
  /** …and this many times what the prevalence predicts (device-reuse.ts, bulk-phones.ts). */
  reuseMinRatio: number;
  /** Bulk phones (bulk-phones.ts): fresh accounts an install must turn over, and installs of one build needed. */
  bulkMinAccounts: number;
  bulkMinPhones: number;
  /** …or this many installs of one build each turning over two. */
  bulkPairMinPhones: number;
  /** Cohorts (cohort.ts): grid window, accounts a window pair needs, its odds, members needed, closure. */
  cohortWindowMinutes: number;
  cohortMinPairAccounts: number;
  cohortMinLogOdds: number;
  cohortMinMembers: number;
  cohortMinClosure: number;
  /** …and only window pairs where the group moved by at least this many minutes of the day. */
  cohortMinShiftMinutes: number;
  /** A second search in wider windows, for a group that answers a call over several minutes, needing more members. */
  cohortWideWindowMinutes: number;
  cohortWideMinMembers: number;
  /** Account pools (account-pool.ts): menu size, wandering accounts needed, times the null, a flagged candidate's share of the pool's votes (decoys: those without the client). */
  poolMenuSize: number;
  poolMinMembers: number;
  poolMinRatio: number;
  /** …or, for a pool of at least this many accounts, this many times the null. */
  poolLargeMinMembers: number;
  poolLargeMinRatio: number;
  poolMinShare: number;
  /** Forged strings across the ballot (forged-accounts.ts): accounts needed, forged pairs among them, the largest pair's share at most. */
  forgedMinAccounts: number;
  forgedMinPairs: number;
  forgedMaxPairShare: number;
  /** Accounts on many phones (phone-hopping.ts): phones an account must show, hopping accounts needed (odds and ratio as device reuse). */
  hopMinPhones: number;
  hopMinAccounts: number;
  /** A candidate's day with too few long gaps (gap-ceiling.ts): at odds of at most e^-this for independent arrivals. */
  paceMinLogOdds: number;
}

export const DEFAULT_OPTIONS: DetectorOptions = {
  baselineWindowMinutes: 24 * 60,
  baselineGapMinutes: 5,
  priorWeight: 50,
  clipFactor: 2,
  floorFraction: 0.1,
  floorRate: 0.01,
  cusumShift: 2,
  cusumThreshold: 8,
  preWindowMinutes: 24 * 60,
  explainShare: 0.4,
  minZ: 3,
  minShareDiff: 0.1,
  minExcess: 8,
  minStream: 6,
  regularCv: 0.5,
  lockstepDays: 3,
  maxReferenceVotes: 6000,
  conclusiveShare: 0.8,
  conclusiveReference: 0.05,
  conclusiveMinVotes: 40,
  strongMinVotes: 20,
  partShare: 0.1,
  reuseMinAccounts: 8,
  reuseMinLogOdds: 18,
  reuseMinRatio: 5,
  bulkMinAccounts: 3,
  bulkMinPhones: 8,
  bulkPairMinPhones: 40,
  cohortWindowMinutes: 4,
  cohortMinPairAccounts: 15,
  cohortMinLogOdds: 18,
  cohortMinMembers: 20,
  cohortMinClosure: 0.6,
  cohortMinShiftMinutes: 60,
  cohortWideWindowMinutes: 8,
  cohortWideMinMembers: 100,
  poolMenuSize: 6,
  poolMinMembers: 100,
  poolMinRatio: 300,
  poolLargeMinMembers: 500,
  poolLargeMinRatio: 100,
  poolMinShare: 0.05,
  forgedMinAccounts: 40,
  forgedMinPairs: 3,
  forgedMaxPairShare: 0.5,
  hopMinPhones: 3,
  hopMinAccounts: 40,
  paceMinLogOdds: 18,
};
