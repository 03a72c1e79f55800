import type { LedgerIndex } from './ledger-index';

/**
 * Exact device reuse. One phone serves one person, or a family's few accounts; a click farm logs
 * each of its phones in to account after fresh account. So an exact user-agent string that brings
 * a candidate many FRESH accounts (first vote in the ballot) is evidence, once measured against
 * how common that string is among the other candidates' fresh accounts: a stock iPhone string
 * that thousands of honest voters share predicts many accounts and does not fire, while an
 * Android string carrying a per-install id should bring one.
 *
 * A string that names one install (WeChat on Android writes a per-install MMWEBID) is one phone,
 * so one such string serving many fresh accounts is enough. A string without one (iPhone WeChat
 * names only the iOS and WeChat versions) may be an employer's staff on one company phone model,
 * so those count only when several of them do so at once: a farm of phones.
 */
const INSTALL_ID = /MMWEBID\/\d+/;

export function namesOneInstall(ua: string): boolean {
  return INSTALL_ID.test(ua);
}

export interface ReusedString {
  userAgent: string;
  freshAccounts: number;
  expected: number;
  oneInstall: boolean;
}

export interface DeviceReuse {
  /** The reused strings, most accounts first (ten at most: evidence, not a dump). */
  strings: ReusedString[];
  stringCount: number;
  /** Fresh accounts on the reused strings beyond what their prevalence predicts. */
  excessAccounts: number;
  /** Votes (positions of the set) on the reused strings. */
  mask: Uint8Array;
}

export interface ReuseOptions {
  /** A string must bring at least this many fresh accounts to count… */
  minAccounts: number;
  /** …that many at odds of at most e^-minLogOdds given its prevalence, and minRatio times it… */
  minLogOdds: number;
  minRatio: number;
  /** …and at least this many strings must do so together (one, if it names a single install). */
  minStrings: number;
}

/** Fresh-account counts per UA ordinal over the whole ballot (each vote once). */
export interface FreshCounts {
  byUa: Int32Array;
  total: number;
}

export function freshCounts(index: LedgerIndex): FreshCounts {
  const { log, firstVote } = index;
  const byUa = new Int32Array(log.userAgents.length);
  let total = 0;
  for (let i = 0; i < log.length; i++) {
    if (firstVote[i] === 1) {
      byUa[log.userAgent[i]]++;
      total++;
    }
  }
  return { byUa, total };
}

/** One candidate's fresh-account counts per UA ordinal (its own votes are left out of its reference). */
export function candidateFresh(index: LedgerIndex, votes: Int32Array): { byUa: Map<number, number>; total: number } {
  const byUa = new Map<number, number>();
  let total = 0;
  for (let j = 0; j < votes.length; j++) {
    const i = votes[j];
    if (index.firstVote[i] !== 1) continue;
    const u = index.log.userAgent[i];
    byUa.set(u, (byUa.get(u) ?? 0) + 1);
    total++;
  }
  return { byUa, total };
}

/** ln P(X ≥ k) for X ~ Poisson(mean), Chernoff bound (an upper bound: conservative). */
export function poissonTailLog(k: number, mean: number): number {
  if (k <= mean) return 0;
  const m = Math.max(mean, 1e-9);
  return k * Math.log(m / k) + k - m;
}

export function deviceReuse(
  index: LedgerIndex,
  ballot: FreshCounts,
  own: { byUa: Map<number, number>; total: number },
  set: ArrayLike<number>,
  o: ReuseOptions,
): DeviceReuse {
  const { log, firstVote } = index;
  const counts = new Map<number, number>();
  let fresh = 0;
  for (let j = 0; j < set.length; j++) {
    const i = set[j];
    if (firstVote[i] !== 1) continue;
    fresh++;
    const u = log.userAgent[i];
    counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  const othersTotal = Math.max(1, ballot.total - own.total);
  let found: Array<ReusedString & { u: number }> = [];
  for (const [u, k] of counts) {
    if (k < o.minAccounts || log.userAgents[u] === '') continue;
    const others = ballot.byUa[u] - (own.byUa.get(u) ?? 0);
    const expected = (fresh * (others + 0.5)) / othersTotal;
    // The ratio keeps a script's decoy picks (its string spread over the candidates it also
    // selects) with the candidate it pushes, where the string is concentrated.
    if (poissonTailLog(k, expected) > -o.minLogOdds || k < o.minRatio * expected) continue;
    found.push({ u, userAgent: log.userAgents[u], freshAccounts: k, expected: Math.round(expected * 10) / 10, oneInstall: namesOneInstall(log.userAgents[u]) });
  }
  if (found.length < o.minStrings) found = found.filter((r) => r.oneInstall);
  const mask = new Uint8Array(set.length);
  if (found.length === 0) return { strings: [], stringCount: 0, excessAccounts: 0, mask };
  const reused = new Set(found.map((r) => r.u));
  for (let j = 0; j < set.length; j++) if (reused.has(log.userAgent[set[j]])) mask[j] = 1;
  const excess = found.reduce((sum, r) => sum + r.freshAccounts - r.expected, 0);
  const strings: ReusedString[] = found.map(({ u: _u, ...r }) => r);
  strings.sort((a, b) => b.freshAccounts - a.freshAccounts);
  return { strings: strings.slice(0, 10), stringCount: strings.length, excessAccounts: Math.round(excess), mask };
}
