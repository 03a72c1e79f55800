import { type LedgerIndex, lowerBound } from './ledger-index';

/**
 * Decoys. A program that also ticks other candidates carries its signature (its strings, its
 * timer) to them too, but every one of its votes selects the candidate it pushes. A signature
 * counts for a candidate only if the candidate holds at least `lead` times as many of the
 * window's votes bearing it as the candidate holding most.
 */
export const DECOY_LEAD = 0.9;

export function leadsVotes(index: LedgerIndex, candidate: number, fromMs: number, toMs: number, has: (i: number) => boolean, lead = DECOY_LEAD): boolean {
  const { log } = index;
  const i0 = lowerBound(log.at, null, fromMs);
  const i1 = lowerBound(log.at, null, toMs, i0);
  const perSelection = new Map<number, number>();
  for (let i = i0; i < i1; i++) if (has(i)) perSelection.set(log.selection[i], (perSelection.get(log.selection[i]) ?? 0) + 1);
  const perCandidate = new Map<string, number>();
  for (const [sel, k] of perSelection) for (const id of log.selections[sel]) perCandidate.set(id, (perCandidate.get(id) ?? 0) + k);
  const own = perCandidate.get(index.candidates[candidate]) ?? 0;
  return own > 0 && own >= lead * Math.max(...perCandidate.values());
}
