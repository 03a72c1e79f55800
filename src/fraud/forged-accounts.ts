import { farBeyond } from './device-reuse';
import { type ClientCheck, FORGED, type ForgedView, UNCHECKED } from './forged-clients';
import { leadsVotes } from './lead';
import type { LedgerIndex } from './ledger-index';

/**
 * Forged strings across the ballot. A fleet of cloud phones or emulators cloned from one image
 * spoofs popular models on the image's own Android version: pairs the crowd's phones of those
 * models never show (forged-clients.ts). Spread over evenings or days, one account an instance,
 * it never makes a burst for the burst test to judge; over the whole ballot its accounts stand
 * out against how rarely the other candidates' voters send such strings.
 *
 * An employer's phones kept on one old version are one pair, a household's odd phone one
 * account: the accounts must spread over several pairs, none holding half of them.
 */
export interface ForgedAccountOptions {
  minAccounts: number;
  minRatio: number;
  minLogOdds: number;
  minPairs: number;
  maxPairShare: number;
}

export interface ForgedAccounts {
  /** Accounts sending the candidate a forged string, and what the other candidates' rate predicts. */
  accounts: number;
  expected: number;
  /** Forged (model, Android version) pairs among them, the largest pair's share of the accounts. */
  pairs: number;
  largestPairShare: number;
  /** Per vote of the candidate (its votesOf order): 1 when its string is forged. */
  mask: Uint8Array;
}

/** Accounts sending each candidate a checkable string, and those sending it a forged one, as the whole ballot's check sees them. */
export interface ForgedTally {
  checked: Int32Array;
  forged: Int32Array;
}

export function forgedTally(index: LedgerIndex, global: ForgedView): ForgedTally {
  const C = index.candidates.length;
  const checked = new Int32Array(C);
  const forged = new Int32Array(C);
  for (let c = 0; c < C; c++) {
    const kind = accountKinds(index, index.votesOf[c], global);
    for (const k of kind.values()) {
      checked[c]++;
      if (k === FORGED) forged[c]++;
    }
  }
  return { checked, forged };
}

/** Per account among `votes`: FORGED if any of its strings is, else CONSISTENT (unchecked strings left out). */
function accountKinds(index: LedgerIndex, votes: ArrayLike<number>, view: ForgedView): Map<number, number> {
  const { account, userAgent } = index.log;
  const kind = new Map<number, number>();
  for (let j = 0; j < votes.length; j++) {
    const k = view.of(userAgent[votes[j]]);
    if (k === UNCHECKED) continue;
    const a = account[votes[j]];
    if (k === FORGED || !kind.has(a)) kind.set(a, k);
  }
  return kind;
}

/**
 * The candidate's accounts with forged strings, when they are a fleet's; null otherwise. `tally`
 * is asked for only when the candidate has enough forged votes to be judged, which few ever have.
 */
export function forgedAccounts(index: LedgerIndex, cc: ClientCheck, view: ForgedView, tally: () => ForgedTally, c: number, o: ForgedAccountOptions): ForgedAccounts | null {
  const votes = index.votesOf[c];
  const { userAgent, account } = index.log;
  const mask = new Uint8Array(votes.length);
  let forgedVotes = 0;
  for (let j = 0; j < votes.length; j++) {
    if (view.of(userAgent[votes[j]]) !== FORGED) continue;
    mask[j] = 1;
    forgedVotes++;
  }
  // An account counts once however often it votes: too few forged votes are too few accounts.
  if (forgedVotes < o.minAccounts) return null;
  const kind = accountKinds(index, votes, view);
  let accounts = 0;
  for (const k of kind.values()) if (k === FORGED) accounts++;
  if (accounts < o.minAccounts) return null;

  const { checked, forged } = tally();
  let othersChecked = 0;
  let othersForged = 0;
  for (let d = 0; d < checked.length; d++) {
    if (d === c) continue;
    othersChecked += checked[d];
    othersForged += forged[d];
  }
  const expected = othersChecked > 0 ? (othersForged / othersChecked) * kind.size : 0;
  if (!farBeyond(accounts, expected, o)) return null;

  const accountsOfPair = new Map<number, Set<number>>();
  for (let j = 0; j < votes.length; j++) {
    if (!mask[j]) continue;
    const p = cc.pairOf[userAgent[votes[j]]];
    let set = accountsOfPair.get(p);
    if (set === undefined) accountsOfPair.set(p, (set = new Set()));
    set.add(account[votes[j]]);
  }
  const largest = Math.max(...[...accountsOfPair.values()].map((s) => s.size));
  if (accountsOfPair.size < o.minPairs || largest > o.maxPairShare * accounts) return null;
  // A fleet's cover picks carry its strings to other candidates too; its client holds the most.
  const { at } = index.log;
  if (!leadsVotes(index, c, at[votes[0]], at[votes[votes.length - 1]] + 1, (i) => view.of(userAgent[i]) === FORGED)) return null;
  return { accounts, expected, pairs: accountsOfPair.size, largestPairShare: largest / accounts, mask };
}
