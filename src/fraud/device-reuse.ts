import { deviceName, namesOneInstall } from './devices';
import { leadingKeys } from './lead';
import type { LedgerIndex } from './ledger-index';
import { gapCvWithin, HAND_SWITCH_MS, mayBeSitting, medianGap, SITTING_MS } from './timing';

export { namesOneInstall };

/**
 * Exact device reuse. One phone serves one person, or a family's few accounts; a click farm logs
 * each of its phones in to account after fresh account. Devices are user agents without their
 * per-request network type (devices.ts), so one phone on Wi-Fi and 4G is one device. Two ways a
 * device set is a farm:
 *
 * - one install (a string carrying WeChat's per-install MMWEBID) brings the candidate many FRESH
 *   accounts (first vote in the ballot), beyond that string's prevalence among the other
 *   candidates' fresh accounts (it should bring one). A string without an install id (iPhone
 *   WeChat) is a model, not a phone: an employer's staff on company iPhones share one, and so do
 *   staff on a few managed iOS versions, so such strings never count, however many accounts.
 * - bulk phones (bulk-phones.ts): many installs of ONE model, or of one software (a system
 *   image under whatever models it claims), each turning over a few fresh accounts, beyond that
 *   model's or software's prevalence: a farm whose phones serve fewer accounts each.
 */
export interface ReusedString {
  userAgent: string;
  freshAccounts: number;
  expected: number;
}

export interface DeviceReuse {
  /** The reused strings, most accounts first (ten at most: evidence, not a dump). */
  strings: ReusedString[];
  stringCount: number;
  /** Fresh accounts on the reused strings beyond what their prevalence predicts, and as many as it predicts (all strings, not only those listed). */
  excessAccounts: number;
  expectedAccounts: number;
  /** Votes (positions of the set) on the reused strings. */
  mask: Uint8Array;
}

export interface ReuseOptions {
  /** A string must bring at least this many fresh accounts to count… */
  minAccounts: number;
  /** …that many at odds of at most e^-minLogOdds given its prevalence, and minRatio times it. */
  minLogOdds: number;
  minRatio: number;
}

/** Fresh-account counts per device over the whole ballot (each vote once), and per model and per software over one-install devices. */
export interface FreshCounts {
  byDevice: Int32Array;
  total: number;
  byModel: Int32Array;
  bySoftware: Int32Array;
  installTotal: number;
}

/** The same for one candidate's votes (left out of its own reference). */
export interface OwnFresh {
  byDevice: Int32Array;
  total: number;
  byModel: Map<number, number>;
  bySoftware: Map<number, number>;
  installTotal: number;
}

export function freshCounts(index: LedgerIndex): FreshCounts {
  const { log, firstVote, devices } = index;
  const byDevice = new Int32Array(devices.uaOf.length);
  const byModel = new Int32Array(devices.modelCount);
  const bySoftware = new Int32Array(devices.softwareCount);
  let total = 0;
  let installTotal = 0;
  for (let i = 0; i < log.length; i++) {
    if (firstVote[i] !== 1) continue;
    const d = devices.ofUa[log.userAgent[i]];
    byDevice[d]++;
    total++;
    if (devices.oneInstall[d]) {
      byModel[devices.modelOf[d]]++;
      bySoftware[devices.softwareOf[d]]++;
      installTotal++;
    }
  }
  return { byDevice, total, byModel, bySoftware, installTotal };
}

/**
 * `into`: a zeroed counter over devices, filled here; hand it to clearFresh once the candidate is
 * done, so one array serves every candidate (a Map per candidate of a 1M-vote ballot is megabytes).
 */
export function candidateFresh(index: LedgerIndex, votes: ArrayLike<number>, into = new Int32Array(index.devices.uaOf.length)): OwnFresh {
  const { devices } = index;
  const byModel = new Map<number, number>();
  const bySoftware = new Map<number, number>();
  let total = 0;
  let installTotal = 0;
  for (let j = 0; j < votes.length; j++) {
    const i = votes[j];
    if (index.firstVote[i] !== 1) continue;
    const d = devices.ofUa[index.log.userAgent[i]];
    into[d]++;
    total++;
    if (devices.oneInstall[d]) {
      const m = devices.modelOf[d];
      byModel.set(m, (byModel.get(m) ?? 0) + 1);
      const w = devices.softwareOf[d];
      bySoftware.set(w, (bySoftware.get(w) ?? 0) + 1);
      installTotal++;
    }
  }
  return { byDevice: into, total, byModel, bySoftware, installTotal };
}

/** Zeroes what candidateFresh counted for `votes`. */
export function clearFresh(index: LedgerIndex, votes: ArrayLike<number>, own: OwnFresh): void {
  for (let j = 0; j < votes.length; j++) own.byDevice[index.devices.ofUa[index.log.userAgent[votes[j]]]] = 0;
}

/**
 * Whether a phone's fresh accounts look like a farm's rounds rather than a helper's sitting. A
 * grandchild, a village clerk or a volunteer may sit down and vote a dozen or fifty people's
 * accounts on one phone, back to back, each logged in to by hand: one sitting of up to a few
 * hours with breaks, at uneven gaps, and the same accounts again on later days. A farm worker
 * rotates a rack of phones, so each phone takes its next account once a round, at steady gaps,
 * for hours or day after day; or a program drives it faster than anyone can log in to accounts.
 * A phone whose few accounts (HOUSEHOLD_ACCOUNTS) come back day after day, most of its votes not
 * new ones, is a family's. Otherwise a phone counts when its fresh accounts
 * - cannot be one sitting (timing.ts mayBeSitting: hours of turning over, new accounts on another
 *   day, or a long run faster than anyone logs in by hand);
 * - span more than SITTING_MS at a rotation's steady gaps (CV < ROTATION_CV, breaks left out);
 * - or number SITTING_FAST_ACCOUNTS or more at a median gap under HAND_SWITCH_MS.
 * (A phone run through its accounts like clockwork is also caught by its timing.)
 */
const ROTATION_CV = 0.4;
const SITTING_FAST_ACCOUNTS = 30;
/** A household's accounts on one phone: a relative votes for up to about ten family members. */
const HOUSEHOLD_ACCOUNTS = 12;

function farmRounds(index: LedgerIndex, set: ArrayLike<number>, phones: ReadonlySet<number>): Set<number> {
  const { log, firstVote, devices } = index;
  const times = new Map<number, number[]>();
  const votes = new Map<number, number>();
  for (let j = 0; j < set.length; j++) {
    const i = set[j];
    const d = devices.ofUa[log.userAgent[i]];
    if (!phones.has(d)) continue;
    votes.set(d, (votes.get(d) ?? 0) + 1);
    if (firstVote[i] !== 1) continue;
    const list = times.get(d);
    if (list) list.push(log.at[i]);
    else times.set(d, [log.at[i]]);
  }
  const out = new Set<number>();
  for (const [d, at] of times) {
    // A family's phone: its few accounts come back day after day, so most of its votes are not
    // new ones; a farm's phone brings new accounts.
    if (at.length <= HOUSEHOLD_ACCOUNTS && 2 * at.length < (votes.get(d) ?? 0)) continue;
    at.sort((a, b) => a - b);
    if (!mayBeSitting(at)) out.add(d);
    else if (at[at.length - 1] - at[0] > SITTING_MS && gapCvWithoutBreaks(at) < ROTATION_CV) out.add(d);
    else if (at.length >= SITTING_FAST_ACCOUNTS && medianGap(at) < HAND_SWITCH_MS) out.add(d);
  }
  return out;
}

/** The CV of the gaps between sorted times, leaving out breaks (gaps over 4× the median gap). */
function gapCvWithoutBreaks(at: readonly number[]): number {
  return gapCvWithin(at, 4 * medianGap(at));
}

/** ln P(X ≥ k) for X ~ Poisson(mean), Chernoff bound (an upper bound: conservative). */
export function poissonTailLog(k: number, mean: number): number {
  if (k <= mean) return 0;
  const m = Math.max(mean, 1e-9);
  return k * Math.log(m / k) + k - m;
}

/** Whether `count` is far beyond the `expected` a prevalence predicts: `minRatio` times it, at odds of at most e^-`minLogOdds`. */
export function farBeyond(count: number, expected: number, o: { minRatio: number; minLogOdds: number }): boolean {
  return count >= o.minRatio * expected && -poissonTailLog(count, expected) >= o.minLogOdds;
}

/** Fresh accounts per device among the votes of `set` (a burst, or a candidate's day). */
export function freshPerDevice(index: LedgerIndex, set: ArrayLike<number>): { counts: Map<number, number>; fresh: number } {
  const { log, firstVote, devices } = index;
  const counts = new Map<number, number>();
  let fresh = 0;
  for (let j = 0; j < set.length; j++) {
    const i = set[j];
    if (firstVote[i] !== 1) continue;
    fresh++;
    const d = devices.ofUa[log.userAgent[i]];
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return { counts, fresh };
}

/** The detector's options as the device-reuse test reads them. */
export function reuseOptions(o: { reuseMinAccounts: number; reuseMinLogOdds: number; reuseMinRatio: number }): ReuseOptions {
  return { minAccounts: o.reuseMinAccounts, minLogOdds: o.reuseMinLogOdds, minRatio: o.reuseMinRatio };
}

/**
 * `candidate`: whose votes `set` holds. A farm's phones that also tick cover picks bring them the
 * same fresh accounts, fewer of them: a phone counts for the candidate holding the most of its
 * votes (lead.ts).
 */
export function deviceReuse(index: LedgerIndex, ballot: FreshCounts, own: OwnFresh, set: ArrayLike<number>, o: ReuseOptions, candidate: number): DeviceReuse {
  const { log, devices } = index;
  const { counts, fresh } = freshPerDevice(index, set);
  const othersTotal = Math.max(1, ballot.total - own.total);
  const found: Array<ReusedString & { d: number }> = [];
  for (const [d, k] of counts) {
    if (k < o.minAccounts || !devices.oneInstall[d]) continue;
    const others = ballot.byDevice[d] - own.byDevice[d];
    const expected = (fresh * (others + 0.5)) / othersTotal;
    // The ratio keeps a script's decoy picks (its string spread over the candidates it also
    // selects) with the candidate it pushes, where the string is concentrated.
    if (!farBeyond(k, expected, o)) continue;
    found.push({ d, userAgent: deviceName(devices, log.userAgents, d), freshAccounts: k, expected: Math.round(expected * 10) / 10 });
  }
  if (found.length > 0) {
    const rounds = farmRounds(index, set, new Set(found.map((r) => r.d)));
    const ofUa = devices.ofUa;
    const led = leadingKeys(index, candidate, log.at[set[0]], log.at[set[set.length - 1]] + 1, (i) => ofUa[log.userAgent[i]], rounds);
    for (let f = found.length - 1; f >= 0; f--) if (!led.has(found[f].d)) found.splice(f, 1);
  }
  const mask = new Uint8Array(set.length);
  if (found.length === 0) return { strings: [], stringCount: 0, excessAccounts: 0, expectedAccounts: 0, mask };
  const reused = new Set(found.map((r) => r.d));
  for (let j = 0; j < set.length; j++) if (reused.has(devices.ofUa[log.userAgent[set[j]]])) mask[j] = 1;
  const excess = found.reduce((sum, r) => sum + r.freshAccounts - r.expected, 0);
  const expectedAccounts = found.reduce((sum, r) => sum + r.expected, 0);
  const strings: ReusedString[] = found.map(({ d: _d, ...r }) => r);
  strings.sort((a, b) => b.freshAccounts - a.freshAccounts);
  return { strings: strings.slice(0, 10), stringCount: strings.length, excessAccounts: Math.round(excess), expectedAccounts, mask };
}
