import type { DetectorOptions } from './options';

/**
 * Evidence groups. Signals inside a group are different views of the SAME underlying fact (the
 * top IP and the top /24 both say "few networks"), so they count once; a flag needs agreement
 * between groups.
 */
export type SignalGroup = 'network' | 'device' | 'timing' | 'account' | 'timeOfDay' | 'cohort';

export interface SignalResult {
  group: SignalGroup;
  /** Share of the burst's votes with the feature. */
  value: number;
  /** Same share in the candidate's own pre-burst traffic (null: no history). */
  baseline: number | null;
  /** Same share among the other candidates' votes in the same window (null: none). */
  othersInWindow: number | null;
  /** Votes with the feature beyond what the reference share predicts. */
  explainedVotes: number;
  z: number;
  fired: boolean;
}

/** Counts of votes having a feature in the burst, the candidate's history and the others' window. */
export interface FeatureCounts {
  burst: [number, number];
  pre: [number, number];
  others: [number, number];
  /** Burst counts measured on a subsample (selection on the other half): scale back to the burst. */
  scale?: number;
  /** Reference share fixed from outside (e.g. the ballot-wide night share). */
  fixedReference?: number;
  /**
   * Compare with the other candidates only, not with the candidate's own history. For machine
   * signatures (non-WeChat clients, machine-regular timing) an honest history cannot contain them,
   * so a history that does is not a reason to excuse the burst: it is the same attack, started
   * before the trigger saw it (a slow drip otherwise becomes its own baseline).
   */
  othersOnly?: boolean;
}

/** Pre-burst history is shrunk toward the others' share: a candidate with 5 earlier votes has no baseline of its own yet. */
const PRIOR_VOTES = 20;

/**
 * A feature "fires" when the burst carries it far more than both references do AND the surplus
 * explains a real part of the burst's excess. Taking the larger of the two references is the
 * conservative choice: a carrier NAT that all candidates' voters share, or a county whose own
 * voters always came through its office network, raise the bar instead of the alarm.
 */
export function testFeature(group: SignalGroup, f: FeatureCounts, excess: number, o: DetectorOptions): SignalResult {
  const [bk, bn] = f.burst;
  const [pk, pn] = f.pre;
  const [ok, on] = f.others;
  const others = on > 0 ? ok / on : null;
  const pre = pn > 0 ? (others === null ? pk / pn : (pk + others * PRIOR_VOTES) / (pn + PRIOR_VOTES)) : null;
  let ref: number;
  if (f.fixedReference !== undefined) ref = f.fixedReference;
  else if (others === null && pre === null) ref = 1;
  else if (f.othersOnly && others !== null) ref = others;
  else ref = Math.max(others ?? 0, pre ?? 0);
  const value = bn > 0 ? bk / bn : 0;
  const surplus = bk - bn * ref;
  const z = surplus / Math.sqrt(bn * ref * (1 - ref) + 1);
  const explainedVotes = surplus * (f.scale ?? 1);
  const fired = bn > 0 && explainedVotes >= o.explainShare * excess && z >= o.minZ && value - ref >= o.minShareDiff;
  return {
    group,
    value: round(value),
    baseline: pre === null ? null : round(pn > 0 ? pk / pn : 0),
    othersInWindow: others === null ? null : round(others),
    explainedVotes: Math.round(explainedVotes),
    z: round(z, 2),
    fired,
  };
}

/**
 * Signatures honest crowds do not produce. Only these can flag; the rest (few networks, night,
 * fresh accounts, one device family, one common UA, arrivals bunched in a minute) are what a
 * workplace, a factory shift, relatives sharing a phone, a late-voting city or a viral forward
 * look like, in every pair, so they describe a flagged burst and never make the flag.
 * - nonWeChatShare: the vote page sits behind WeChat OAuth; scripts and desktop browsers are not
 *   mobilized people;
 * - forgedClientShare: strings no phone sends (an Android version its build id contradicts, an x86
 *   build), made by a tool that assembles user agents from parts or by emulators (forged-clients.ts);
 * - regularTimingShare / machinePart: a program's sleep loop or clock phase, in the whole burst or
 *   in a large part of it (a script inside a genuine mobilization);
 * - deviceReuse: one install serving many fresh accounts, or many installs of one phone model each
 *   turning over several (a click farm; device-reuse.ts, bulk-phones.ts);
 * - lockstepShare: accounts back at the same minute of the day, day after day.
 */
export const STRONG_SIGNALS: ReadonlySet<string> = new Set(['nonWeChatShare', 'forgedClientShare', 'regularTimingShare', 'machinePart', 'deviceReuse', 'lockstepShare']);

/** The flag rule: at least one strong signal fired (see STRONG_SIGNALS). */
export function decide(firedSignals: ReadonlySet<string>): boolean {
  for (const name of firedSignals) if (STRONG_SIGNALS.has(name)) return true;
  return false;
}

export function round(v: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/**
 * A machine signature covering nearly the whole burst is conclusive alone:
 * - non-WeChat clients: the vote page sits behind WeChat OAuth and honest voters reach it from
 *   WeChat's in-app browser, so hundreds of browsers/scripts cannot be people mobilized to vote;
 * - machine-regular timing: independent people (any number of them, behind any NAT) arrive as a
 *   Poisson-like process; a whole burst of ≥ conclusiveMinVotes votes with a scheduler's gaps is
 *   one program, whatever accounts, phones and networks it borrows (aged accounts, real UAs,
 *   residential proxies leave nothing else).
 * The other candidates in the same minutes must be almost free of it, so that something every
 * voter shares (a WeChat UA format change, timestamps rounded by another system) raises the bar.
 */
export function isConclusive(r: SignalResult, burstVotes: number, excess: number, o: DetectorOptions): boolean {
  const ref = r.othersInWindow ?? r.baseline ?? 1;
  return (
    r.fired &&
    burstVotes >= o.conclusiveMinVotes &&
    r.value >= o.conclusiveShare &&
    ref <= o.conclusiveReference &&
    r.explainedVotes >= o.conclusiveShare * excess
  );
}
