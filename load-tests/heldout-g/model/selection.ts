import type { Rng } from '../../heldout/prng';
import type { Ballot, GCandidate } from './ballot';

/**
 * What an organic voter ticks: their own town's candidate and, on a multi-choice ballot, about
 * half the time a neighbour from the same prefecture or a name everyone has heard of.
 */
export function choicesFor(rng: Rng, ballot: Ballot, own: GCandidate, weights: readonly number[]): string[] {
  if (ballot.maxChoices === 1 || rng.chance(0.5)) return [own.id];
  const wanted = Math.min(ballot.maxChoices, 2 + rng.poisson(0.7));
  const neighbours = ballot.candidates.filter((c) => c.city === own.city && c.id !== own.id);
  const picks = [own.id];
  for (let tries = 0; picks.length < wanted && tries < 20; tries++) {
    const c = neighbours.length > 0 && rng.chance(0.6) ? rng.pick(neighbours) : ballot.candidates[rng.weightedIndex(weights)];
    if (!picks.includes(c.id)) picks.push(c.id);
  }
  return picks;
}
