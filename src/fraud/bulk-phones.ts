import { farBeyond, type FreshCounts, freshPerDevice, type OwnFresh } from './device-reuse';
import { deviceName } from './devices';
import type { LedgerIndex } from './ledger-index';

/**
 * Bulk phones: many installs of ONE phone model, or of one software, each turning over several
 * fresh accounts for the candidate. Households that share a phone do so on whatever phones they
 * own, so their multi-account phones spread over models and over software (Android version, build
 * id, WebView, WeChat version) as the population's phones do; a farm buys its phones in bulk, or
 * rents cloud phones that run one system image under whatever model names they are told to claim,
 * and logs each one in to account after account. The number of such installs of a model (of a
 * software) is tested against its prevalence among the other candidates' fresh accounts and among the
 * candidate's own other phones (its own crowd, which may favour a local model), whichever is
 * larger. Only strings naming one install (MMWEBID) count: an iPhone string is no one phone.
 * The phones must also serve the candidate: most of the fresh accounts they bring to the ballot
 * select it. On a multi-choice ballot a farm's votes also pick other candidates now and then
 * (decoys); those are not the candidate the farm pushes.
 */
export interface BulkTier {
  /** An install turns over when it brings at least this many fresh accounts… */
  minAccounts: number;
  /** …and a model needs at least this many such installs… */
  minPhones: number;
}

export interface BulkOptions {
  /** Each tier is tested on its own (a few phones with several accounts each, or many with two); the largest finding is reported. */
  tiers: readonly BulkTier[];
  /** …at odds of at most e^-minLogOdds and minRatio times what its prevalence predicts. */
  minLogOdds: number;
  minRatio: number;
}

export interface BulkModel {
  /** What the installs share: one phone model, or one software (the string without its model). */
  by: 'model' | 'software';
  /** One of the installs, as an example. */
  example: string;
  phones: number;
  expectedPhones: number;
  freshAccounts: number;
}

export interface BulkPhones {
  models: BulkModel[];
  /** Fresh accounts on the turning-over installs of those models, beyond their prevalence, and as many as it predicts. */
  excessAccounts: number;
  expectedAccounts: number;
  /** Positions of the set on those installs. */
  mask: Uint8Array;
}

/** Share of the phones' fresh accounts in the whole ballot that must select the candidate. */
const SERVED_SHARE = 2 / 3;
/** Weight (in installs) of the other candidates' share in the candidate's own, for few own phones. */
const OWN_PRIOR = 20;

export function bulkPhones(index: LedgerIndex, ballot: FreshCounts, own: OwnFresh, set: ArrayLike<number>, o: BulkOptions): BulkPhones {
  const { devices, log } = index;
  const { counts } = freshPerDevice(index, set);
  const hit = new Set<number>();
  let result: BulkPhones = { models: [], excessAccounts: 0, expectedAccounts: 0, mask: new Uint8Array(set.length) };
  for (const tier of o.tiers) {
    const t = { ...o, ...tier };
    const byModel = bulkOfOneKind(index, devices.modelOf, ballot.byModel, own.byModel, 'model', counts, ballot, own, t);
    const bySoftware = bulkOfOneKind(index, devices.softwareOf, ballot.bySoftware, own.bySoftware, 'software', counts, ballot, own, t);
    if (byModel.hit.length + bySoftware.hit.length === 0) continue;
    for (const d of [...byModel.hit, ...bySoftware.hit]) hit.add(d);
    // The two views may name the same phones (one model on one system image): count the larger.
    const best = byModel.excess >= bySoftware.excess ? byModel : bySoftware;
    // A later tier is reported only when it finds more than an earlier one.
    if (Math.round(best.excess) <= result.excessAccounts && result.models.length > 0) continue;
    const models = [...byModel.found, ...bySoftware.found].sort((a, b) => b.phones - a.phones);
    result = { models: models.slice(0, 5), excessAccounts: Math.round(best.excess), expectedAccounts: best.expectedAccounts, mask: result.mask };
  }
  // Every tier's phones are the farm's, whichever tier is reported.
  for (let j = 0; j < set.length; j++) if (hit.has(devices.ofUa[log.userAgent[set[j]]])) result.mask[j] = 1;
  return result;
}

/**
 * The test over one way of grouping installs: `kindOf` maps a device to its model or its software,
 * `ballotBy` / `ownBy` count the fresh accounts on one-install devices of each kind.
 */
function bulkOfOneKind(
  index: LedgerIndex,
  kindOf: Int32Array,
  ballotBy: Int32Array,
  ownBy: Map<number, number>,
  by: BulkModel['by'],
  counts: Map<number, number>,
  ballot: FreshCounts,
  own: OwnFresh,
  o: BulkTier & Omit<BulkOptions, 'tiers'>,
): { found: BulkModel[]; hit: number[]; excess: number; expectedAccounts: number } {
  const { devices, log } = index;
  const perKind = new Map<number, number[]>();
  // The candidate's other installs in the set (one or two fresh accounts), per kind.
  const quiet = new Map<number, number>();
  let quietTotal = 0;
  let turning = 0;
  for (const [d, k] of counts) {
    if (!devices.oneInstall[d]) continue;
    if (k < o.minAccounts) {
      quiet.set(kindOf[d], (quiet.get(kindOf[d]) ?? 0) + 1);
      quietTotal++;
      continue;
    }
    turning++;
    const m = kindOf[d];
    const list = perKind.get(m);
    if (list) list.push(d);
    else perKind.set(m, [d]);
  }
  const found: BulkModel[] = [];
  const hit: number[] = [];
  let excess = 0;
  let expectedAccounts = 0;
  const othersInstall = Math.max(1, ballot.installTotal - own.installTotal);
  for (const [m, list] of perKind) {
    if (list.length < o.minPhones) continue;
    // Of the candidate's turning-over installs, this many would be of the kind if they were
    // drawn as the other candidates' fresh voters' phones are.
    const others = (ballotBy[m] - (ownBy.get(m) ?? 0) + 0.5) / othersInstall;
    const mine = ((quiet.get(m) ?? 0) + OWN_PRIOR * others) / (quietTotal + OWN_PRIOR);
    const expected = turning * Math.max(others, mine);
    if (!farBeyond(list.length, expected, o)) continue;
    let served = 0;
    let brought = 0;
    for (const d of list) {
      served += own.byDevice[d];
      brought += ballot.byDevice[d];
    }
    if (served < SERVED_SHARE * brought) continue;
    let accounts = 0;
    for (const d of list) {
      accounts += counts.get(d) ?? 0;
      hit.push(d);
    }
    excess += accounts * (1 - expected / list.length);
    expectedAccounts += (accounts * expected) / list.length;
    found.push({ by, example: deviceName(devices, log.userAgents, list[0]), phones: list.length, expectedPhones: Math.round(expected * 10) / 10, freshAccounts: accounts });
  }
  return { found, hit, excess, expectedAccounts };
}
