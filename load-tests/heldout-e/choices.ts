import type { Rng } from '../heldout/prng';
import type { Ballot } from './ballot';

/**
 * What a person ticks. With one choice it is their candidate. With several, many still tick only
 * theirs; others fill every box or a few, taking candidates of their own city first, then the
 * well-known ones. The candidate they came for is ticked first.
 */
export function humanPicks(rng: Rng, ballot: Ballot, primary: number): string[] {
  const k = ballot.maxChoices;
  const ids = ballot.candidates;
  if (k === 1) return [ids[primary].id];
  const r = rng.next();
  const count = r < 0.42 ? 1 : r < 0.67 ? k : rng.int(2, Math.max(2, k - 1));
  const picked = [primary];
  const weights = ballot.popularity.map((p, i) => (i === primary ? 0 : Math.pow(p, 0.8) * (ballot.cityOf[i] === ballot.cityOf[primary] ? 4 : 1)));
  while (picked.length < count) {
    const i = rng.weightedIndex(weights);
    weights[i] = 0;
    picked.push(i);
  }
  return picked.map((i) => ids[i].id);
}

/** A person with no candidate of their own: they pick by what they have heard of. */
export function anyonePicks(rng: Rng, ballot: Ballot): string[] {
  return humanPicks(rng, ballot, rng.weightedIndex(ballot.popularity));
}

/** A fixed list, ticked in the order given (a message that says "please vote 3, 7 and 12"). */
export function listPicks(ballot: Ballot, indexes: readonly number[]): string[] {
  return indexes.slice(0, ballot.maxChoices).map((i) => ballot.candidates[i].id);
}
