import type { LedgerIndex } from './ledger-index';
import { leadsVotes } from './lead';
import type { FeatureCounts } from './signals';

/**
 * User agents no phone sends. Tools that assemble strings from parts (a model here, an Android
 * version there) make pairs real phones never show:
 * - an Android build id of the AOSP form (`TP1A.220624.014`) begins with the letter of the
 *   release it was built from (O 8, P 9, Q 10, R 11, S 12, T 13, U 14); a phone reports the
 *   version its build is;
 * - a model runs the few Android versions its maker shipped for it: in the ballot's own votes a
 *   model seen often is seen on those versions, and a (model, version) pair under 2% of that
 *   model's votes is one the crowd does not have.
 * - a phone's WeChat names an ARM build (`ABI/arm64`, `ABI/arm32`); an x86 one (`ABI/x86_64`) is
 *   an Android emulator on a PC (雷电, 夜神, MuMu), whatever model it claims.
 * Strings naming no Android model (iPhones, HarmonyOS, desktops) are never counted. When the
 * ballot's own strings break the first two tests (rebuilt by an export), only the x86 test is
 * kept: it asks nothing of the crowd.
 */
const ANDROID = /Android (\d+)[^;)]*;\s*([^;()]+?) Build\/([^;)]+)/;
const AOSP_BUILD = /^([O-U])[A-Z]{1,2}\d[A-Z]?\.\d{6}\.\d{3}$/;
const RELEASE: Record<string, number> = { O: 8, P: 9, Q: 10, R: 11, S: 12, T: 13, U: 14 };
const EMULATOR_ABI = /\bABI\/x86/;
/** A model must have this many votes in the ballot before its rare versions mean anything… */
const MODEL_MIN_VOTES = 50;
/** …and a pair under this share of the model's votes is one no crowd has. */
const RARE_PAIR_SHARE = 0.02;
/** When the median candidate's checkable votes hold more than this, the ledger's strings are not phones' own: the test is off. */
const USABLE_MAX_SHARE = 0.1;
const MIN_CHECKED = 50;
/** A tool draws its parts anew for each string: its votes spread over many pairs. One issued phone model on one version is an employer's. */
const MIN_FORGED_PAIRS = 8;
const MAX_PAIR_SHARE = 0.25;

/** Why a string is impossible (`ClientCheck.impossible`). */
const CONTRADICTION = 1;
const EMULATOR = 2;

export const UNCHECKED = 0;
export const CONSISTENT = 1;
export const FORGED = 2;

/** The Android version, model and build id a string names, or null. */
export function androidParts(ua: string): { version: number; model: string; build: string } | null {
  const m = ANDROID.exec(ua);
  return m === null ? null : { version: Number(m[1]), model: m[2], build: m[3] };
}

/** Whether the build id's release letter contradicts the version (false when the id has no letter to read). */
export function buildContradictsVersion(version: number, build: string): boolean {
  const m = AOSP_BUILD.exec(build);
  return m !== null && RELEASE[m[1]] !== version;
}

export interface ClientCheck {
  /** Per user-agent ordinal: its (model, version) pair ordinal, or -1 (no Android model named). */
  pairOf: Int32Array;
  modelOfPair: Int32Array;
  /** Votes per pair and per model over the whole ballot. */
  pairVotes: Int32Array;
  modelVotes: Int32Array;
  /** Per user-agent ordinal: non-zero when it cannot come from a phone (CONTRADICTION: its build id contradicts its version; EMULATOR: it names an x86 build). */
  impossible: Uint8Array;
  /** False when the crowd's strings are not phones' own: then only x86 builds are impossible and no pair is rare. */
  crowdChecks: boolean;
}

/** The check of every string in the ballot, or null when it says nothing here. */
export function clientCheck(index: LedgerIndex): ClientCheck | null {
  const { userAgents, userAgent } = index.log;
  const pairOf = new Int32Array(userAgents.length).fill(-1);
  const modelOfPair: number[] = [];
  const impossible = new Uint8Array(userAgents.length);
  const pairIdx = new Map<string, number>();
  const modelIdx = new Map<string, number>();
  for (let u = 0; u < userAgents.length; u++) {
    if (!userAgents[u].includes('Build/')) continue;
    const parts = androidParts(userAgents[u]);
    if (parts === null) continue;
    const key = `${parts.model}\u0000${parts.version}`;
    let p = pairIdx.get(key);
    if (p === undefined) {
      p = pairIdx.size;
      pairIdx.set(key, p);
      let m = modelIdx.get(parts.model);
      if (m === undefined) modelIdx.set(parts.model, (m = modelIdx.size));
      modelOfPair.push(m);
    }
    pairOf[u] = p;
    if (EMULATOR_ABI.test(userAgents[u])) impossible[u] = EMULATOR;
    else if (buildContradictsVersion(parts.version, parts.build)) impossible[u] = CONTRADICTION;
  }
  const pairVotes = new Int32Array(pairIdx.size);
  const modelVotes = new Int32Array(modelIdx.size);
  for (let i = 0; i < userAgent.length; i++) {
    const p = pairOf[userAgent[i]];
    if (p < 0) continue;
    pairVotes[p]++;
    modelVotes[modelOfPair[p]]++;
  }
  const cc = { pairOf, modelOfPair: Int32Array.from(modelOfPair), pairVotes, modelVotes, impossible, crowdChecks: true };
  if (usable(cc, index)) return cc;
  if (!impossible.includes(EMULATOR)) return null;
  for (let u = 0; u < impossible.length; u++) if (impossible[u] === CONTRADICTION) impossible[u] = 0;
  return { ...cc, crowdChecks: false };
}

/** The check as one candidate's judgement sees it: `of(u)` is UNCHECKED, CONSISTENT or FORGED for a user-agent ordinal. */
export interface ForgedView {
  of: (u: number) => number;
  pairOf: Int32Array;
}

/**
 * Which strings are forged when judging `candidate`: the pairs are counted without the
 * candidate's own votes, so an attack's own strings cannot make their pairs look common.
 */
export function forgedFor(index: LedgerIndex, cc: ClientCheck, candidate: number | null): ForgedView {
  const pairN = Int32Array.from(cc.pairVotes);
  const modelN = Int32Array.from(cc.modelVotes);
  if (candidate !== null) {
    const own = index.votesOf[candidate];
    for (let j = 0; j < own.length; j++) {
      const p = cc.pairOf[index.log.userAgent[own[j]]];
      if (p < 0) continue;
      pairN[p]--;
      modelN[cc.modelOfPair[p]]--;
    }
  }
  const of = (u: number) => {
    const p = cc.pairOf[u];
    if (p < 0) return UNCHECKED;
    const n = modelN[cc.modelOfPair[p]];
    const rare = cc.crowdChecks && n >= MODEL_MIN_VOTES && pairN[p] < RARE_PAIR_SHARE * n;
    return cc.impossible[u] !== 0 || rare ? FORGED : CONSISTENT;
  };
  return { of, pairOf: cc.pairOf };
}

/** The view of `candidate`, made once per candidate and kept in `ctx.forgedByCandidate`; null when the check is off. */
export function forgedOf(index: LedgerIndex, ctx: { clients: ClientCheck | null; forgedByCandidate: Map<number, ForgedView> }, candidate: number): ForgedView | null {
  if (ctx.clients === null) return null;
  let f = ctx.forgedByCandidate.get(candidate);
  if (f === undefined) ctx.forgedByCandidate.set(candidate, (f = forgedFor(index, ctx.clients, candidate)));
  return f;
}

/** A typical candidate's voters send (nearly) no forged strings; if they do, the ledger's strings were rewritten and the check is off. */
function usable(cc: ClientCheck, index: LedgerIndex): boolean {
  const forged = forgedFor(index, cc, null).of;
  const shares: number[] = [];
  for (const votes of index.votesOf) {
    let checked = 0;
    let bad = 0;
    for (let j = 0; j < votes.length; j++) {
      const c = forged(index.log.userAgent[votes[j]]);
      if (c !== UNCHECKED) checked++;
      if (c === FORGED) bad++;
    }
    if (checked >= MIN_CHECKED) shares.push(bad / checked);
  }
  if (shares.length === 0) return false;
  shares.sort((a, b) => a - b);
  return shares[Math.floor(shares.length / 2)] <= USABLE_MAX_SHARE;
}

/** Forged strings among the votes whose strings can be checked (burst, history, others); nothing when the check is off. */
export function forgedCounts(view: ForgedView | null, uaOf: ArrayLike<number>, B: ArrayLike<number>, P: ArrayLike<number>, O: ArrayLike<number>): FeatureCounts {
  const count = (set: ArrayLike<number>): [number, number] => {
    if (view === null) return [0, 0];
    let bad = 0;
    let checked = 0;
    for (let j = 0; j < set.length; j++) {
      const c = view.of(uaOf[set[j]]);
      if (c !== UNCHECKED) checked++;
      if (c === FORGED) bad++;
    }
    return [bad, checked];
  };
  return { burst: count(B), pre: count(P), others: count(O), othersOnly: true };
}

/**
 * Whether forged strings in a burst may flag its candidate: they come from a tool (many pairs,
 * none dominant) and the candidate holds (nearly) as many of the window's forged votes as the
 * candidate holding most (a tool's decoy picks carry its strings to other candidates too).
 */
export function forgedFlagAllowed(index: LedgerIndex, view: ForgedView, candidate: number, B: ArrayLike<number>, startMs: number, endMs: number): boolean {
  const { log } = index;
  const { of: forged, pairOf } = view;
  const pairs = new Map<number, number>();
  let n = 0;
  for (let j = 0; j < B.length; j++) {
    const u = log.userAgent[B[j]];
    if (forged(u) !== FORGED) continue;
    n++;
    pairs.set(pairOf[u], (pairs.get(pairOf[u]) ?? 0) + 1);
  }
  if (pairs.size < MIN_FORGED_PAIRS || Math.max(...pairs.values()) > MAX_PAIR_SHARE * n) return false;
  return leadsVotes(index, candidate, startMs, endMs, (i) => forged(log.userAgent[i]) === FORGED);
}
