import { type LedgerIndex, lowerBound } from './ledger-index';

/**
 * Decoys. A program that also ticks other candidates carries its signature (its strings, its
 * timer) to them too, but every one of its votes selects the candidate it pushes. A signature
 * counts for a candidate only if the candidate holds at least `lead` times as many of the
 * window's votes bearing it as the candidate holding most.
 */
export const DECOY_LEAD = 0.9;

export function leadsVotes(index: LedgerIndex, candidate: number, fromMs: number, toMs: number, has: (i: number) => boolean, lead = DECOY_LEAD): boolean {
  return leadingKeys(index, candidate, fromMs, toMs, (i) => (has(i) ? 0 : -1), new Set([0]), lead).size === 1;
}

/**
 * Of `keys` (values of `keyOf` on the ballot's votes, -1 for none), those whose votes in
 * [fromMs, toMs) the candidate leads as above, in one pass over the window.
 */
export function leadingKeys(index: LedgerIndex, candidate: number, fromMs: number, toMs: number, keyOf: (i: number) => number, keys: ReadonlySet<number>, lead = DECOY_LEAD): Set<number> {
  const { log } = index;
  const i0 = lowerBound(log.at, null, fromMs);
  const i1 = lowerBound(log.at, null, toMs, i0);
  const perSelection = new Map<number, Map<number, number>>();
  for (let i = i0; i < i1; i++) {
    const k = keyOf(i);
    if (!keys.has(k)) continue;
    let m = perSelection.get(k);
    if (m === undefined) perSelection.set(k, (m = new Map()));
    m.set(log.selection[i], (m.get(log.selection[i]) ?? 0) + 1);
  }
  const out = new Set<number>();
  const id = index.candidates[candidate];
  for (const [k, bySelection] of perSelection) {
    const perCandidate = new Map<string, number>();
    for (const [sel, n] of bySelection) for (const c of log.selections[sel]) perCandidate.set(c, (perCandidate.get(c) ?? 0) + n);
    const own = perCandidate.get(id) ?? 0;
    if (own > 0 && own >= lead * Math.max(...perCandidate.values())) out.add(k);
  }
  return out;
}
