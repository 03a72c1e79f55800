import type { LedgerIndex } from './ledger-index';

/**
 * Account pools with decoys: a studio's (or a buyer's) pool of accounts, each voting on several
 * days, each day for the client or for a few decoy candidates picked at random, so that no
 * candidate's stream, hour or account history looks out of line.
 *
 * What gives it away is the menu. A pool account's votes wander among the same few candidates
 * (a new pick, or a new combination, on most days), and hundreds of accounts wander among the
 * same few. People who come back are loyal: they vote the same candidate (or the same set) day
 * after day, or change it now and then. Those who do pick anew each day pick across the ballot,
 * in proportion to the candidates' draw, so few stay within any handful of them unless it is most
 * of the ballot's votes. The test counts accounts that picked anew (three different selections on
 * three days or more, three candidates or more) and stayed inside one menu, against what the
 * menu's share of all picks predicts for accounts with as many picks. Voters who pick anew within
 * their own region beat that null too, but only while they are few: villagers adding their
 * prefecture's other nominees each day stand up to about 150 times it with a hundred-odd of them,
 * while the more such voters there are, the more of the ballot their region's candidates hold and
 * the less they beat it (the simulator's regional crowd: 675 at 23 times). The bar is three
 * hundred, or a hundred for a pool of five hundred accounts or more.
 */
export interface PoolOptions {
  /** Candidates in a menu: the one searched from and the ones its wandering accounts pick most with it. */
  menuSize: number;
  /** A pool needs at least this many wandering accounts inside its menu… */
  minMembers: number;
  /** …at least this many times what the menu's share of all picks predicts… */
  minRatio: number;
  /** …or, with at least `minMembers` of them, this many times. */
  large: { minMembers: number; minRatio: number };
  /** The client (the most of the pool's votes) is flagged with at least this share of them, and any
   *  other menu candidate with this share of them that do not select the client. */
  minShare: number;
  /** …and at least this many of them. */
  minVotes: number;
}

export interface AccountPool {
  /** Candidate ordinals of the menu, the one searched from first. */
  menu: number[];
  /** Wandering accounts inside the menu, and what the menu's share of picks predicts. */
  members: number;
  expected: number;
  /** The pool's votes: how many, and per menu candidate those selecting it (vote indices, time order). */
  votes: number;
  votesFor: Map<number, Int32Array>;
  /** Menu candidates with enough of the pool's votes to be flagged. */
  flagged: number[];
}

interface Wanderers {
  /** First vote of each wandering account. */
  first: Int32Array;
  /** Candidates each has picked: union[start[i] .. start[i + 1]). */
  start: Int32Array;
  union: Int32Array;
  /** Picks (candidate selections, all votes together) of each. */
  picks: Int32Array;
}

export function findAccountPools(index: LedgerIndex, o: PoolOptions): AccountPool[] {
  const C = index.candidates.length;
  const selected = index.selectionCandidates;
  const w = wanderers(index, selected);
  const n = w.first.length;
  if (n < o.minMembers) return [];

  let totalPicks = 0;
  for (let c = 0; c < C; c++) totalPicks += index.votesOf[c].length;
  // Wanderers by number of picks: the null's probability of staying in a menu depends on nothing else.
  const byPicks = new Map<number, number>();
  for (let i = 0; i < n; i++) byPicks.set(w.picks[i], (byPicks.get(w.picks[i]) ?? 0) + 1);
  const withCandidate: number[][] = Array.from({ length: C }, () => []);
  for (let i = 0; i < n; i++) for (let k = w.start[i]; k < w.start[i + 1]; k++) withCandidate[w.union[k]].push(i);

  const share = (c: number) => index.votesOf[c].length / totalPicks;
  const inMenu = new Uint8Array(C);
  // The wanderers of `ids` inside a menu, and what the menu's share of all picks predicts.
  const test = (ids: number[], menu: number[]) => {
    let menuShare = 0;
    for (const c of menu) {
      inMenu[c] = 1;
      menuShare += share(c);
    }
    const members = ids.filter((i) => {
      for (let k = w.start[i]; k < w.start[i + 1]; k++) if (!inMenu[w.union[k]]) return false;
      return true;
    });
    for (const c of menu) inMenu[c] = 0;
    let expected = 0;
    for (const [picks, count] of byPicks) expected += count * menuShare ** picks;
    return { menu, members, expected };
  };

  const order = Array.from({ length: C }, (_, c) => c).sort((a, b) => withCandidate[b].length - withCandidate[a].length || a - b);
  const taken = new Uint8Array(C);
  const together = new Float64Array(C);
  const beyond = new Float64Array(C);
  const pools: AccountPool[] = [];
  for (const x of order) {
    const ids = withCandidate[x];
    if (ids.length < o.minMembers || taken[x]) continue;
    // Two menus: the candidates x's wanderers pick most with it (a pool that also ticks the
    // favourite), and those they pick with it most beyond what each candidate's draw predicts for
    // as many picks (a pool among wanderers who pick the favourites now and then).
    together.fill(0);
    const idsByPicks = new Map<number, number>();
    for (const i of ids) {
      idsByPicks.set(w.picks[i], (idsByPicks.get(w.picks[i]) ?? 0) + 1);
      for (let k = w.start[i]; k < w.start[i + 1]; k++) together[w.union[k]]++;
    }
    for (let c = 0; c < C; c++) {
      beyond[c] = together[c];
      for (const [picks, count] of idsByPicks) beyond[c] -= count * (1 - (1 - share(c)) ** picks);
    }
    together[x] = beyond[x] = 0;
    const best = [test(ids, [x, ...topCandidates(together, o.menuSize - 1)]), test(ids, [x, ...topCandidates(beyond, o.menuSize - 1)])]
      .filter((t) => t.members.length >= o.minMembers && t.members.length >= (t.members.length >= o.large.minMembers ? o.large.minRatio : o.minRatio) * t.expected)
      .sort((a, b) => b.members.length - a.members.length)[0];
    if (!best) continue;
    const pool = poolOf(index, selected, w, best.menu, best.members, best.expected, o);
    for (const c of pool.menu) taken[c] = 1;
    if (pool.flagged.length > 0) pools.push(pool);
  }
  return pools;
}

function poolOf(index: LedgerIndex, selected: Int32Array[], w: Wanderers, menu: number[], members: number[], expected: number, o: PoolOptions): AccountPool {
  const lists = new Map<number, number[]>(menu.map((c) => [c, []]));
  let votes = 0;
  for (const i of members) {
    for (let v = w.first[i]; v >= 0; v = index.nextOfAccount[v]) {
      votes++;
      for (const c of selected[index.log.selection[v]]) lists.get(c)?.push(v);
    }
  }
  const votesFor = new Map([...lists].map(([c, vs]) => [c, Int32Array.from(vs).sort()]));
  // The client holds the most of the pool's votes. Another candidate is stuffed too when the pool
  // votes for it without the client; one ticked only beside the client is cover, as with a script's
  // decoys, and is not flagged.
  const client = menu.reduce((best, c) => ((votesFor.get(c)?.length ?? 0) > (votesFor.get(best)?.length ?? 0) ? c : best));
  const clientVotes = new Set(votesFor.get(client));
  const flagged = menu.filter((c) => {
    const mine = votesFor.get(c) ?? new Int32Array(0);
    const k = c === client ? mine.length : mine.filter((v) => !clientVotes.has(v)).length;
    return k >= o.minVotes && k >= o.minShare * votes;
  });
  return { menu, members: members.length, expected, votes, votesFor, flagged };
}

/**
 * Accounts that picked anew: three votes or more, three different selections, three candidates.
 * Selections are compared by their candidates, whatever order a client listed them in.
 */
function wanderers(index: LedgerIndex, selected: Int32Array[]): Wanderers {
  const { firstOfAccount, nextOfAccount, log } = index;
  const canonical = selectionKeys(selected);
  const first: number[] = [];
  const start: number[] = [0];
  const union: number[] = [];
  const picks: number[] = [];
  const seenSel: number[] = [];
  const seenCand = new Set<number>();
  for (let a = 0; a < firstOfAccount.length; a++) {
    const head = firstOfAccount[a];
    if (head < 0 || nextOfAccount[head] < 0 || nextOfAccount[nextOfAccount[head]] < 0) continue;
    seenSel.length = 0;
    seenCand.clear();
    let k = 0;
    for (let v = head; v >= 0; v = nextOfAccount[v]) {
      const s = log.selection[v];
      if (!seenSel.includes(canonical[s])) seenSel.push(canonical[s]);
      for (const c of selected[s]) seenCand.add(c);
      k += selected[s].length;
    }
    if (seenSel.length < 3 || seenCand.size < 3) continue;
    first.push(head);
    for (const c of seenCand) union.push(c);
    start.push(union.length);
    picks.push(k);
  }
  return { first: Int32Array.from(first), start: Int32Array.from(start), union: Int32Array.from(union), picks: Int32Array.from(picks) };
}

function selectionKeys(selected: Int32Array[]): Int32Array {
  const keys = new Map<string, number>();
  return Int32Array.from(selected, (cs) => {
    const key = Int32Array.from(cs).sort().join(',');
    let k = keys.get(key);
    if (k === undefined) keys.set(key, (k = keys.size));
    return k;
  });
}

/** The `k` candidates with the highest scores (ties to the lower ordinal), scores above zero only. */
function topCandidates(count: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < count.length; c++) {
    if (count[c] <= 0) continue;
    let j = out.length;
    while (j > 0 && count[out[j - 1]] < count[c]) j--;
    if (j < k) {
      out.splice(j, 0, c);
      if (out.length > k) out.pop();
    }
  }
  return out;
}
