import type { Rng } from '../../heldout/prng';
import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { returnVisits } from '../organic';
import { castBy, makePerson } from '../people';
import { MINUTE, at, dayOf, inWindow } from '../time';
import { perDay } from './kit';

/** A forward cascade: each group share reaches a heavy-tailed number of readers, some of whom share on. */
function cascade(rng: Rng, root: number, budget: number): number[] {
  const times: number[] = [];
  const shares: number[] = [root];
  while (shares.length > 0 && times.length < budget) {
    const s = shares.shift() as number;
    const readers = Math.min(budget - times.length, Math.round(rng.logNormal(25, 1.1)));
    for (let i = 0; i < readers; i++) {
      const t = s + rng.logNormal(9, 1.0) * MINUTE;
      times.push(t);
      if (rng.chance(0.045)) shares.push(t + rng.logNormal(4, 0.8) * MINUTE);
    }
    shares.sort((x, y) => x - y);
  }
  return times;
}

/**
 * A local self-media account's piece about a county goes viral in WeChat groups in the evening:
 * a cascade of group shares, thousands of votes within a few hours from every kind of phone and
 * line, multi-choice ballots as usual, some readers coming back on later days.
 */
export const F12: Family = {
  id: 'F12',
  kind: 'legit',
  description: 'viral forward cascade in WeChat groups: thousands in an evening, later returns',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.3, 0.85);
    const source = perDay(b, 'viral-forward', 'legit', target);
    const root = at(b.cal, rng.int(1, 5), rng.uniform(18.5, 21));
    const seeds = Array.from({ length: rng.int(3, 6) }, () => root + rng.uniform(0, 25) * MINUTE);
    const budget = rng.int(3000, 6500);
    for (const t of seeds.flatMap((s) => cascade(rng, s, Math.round(budget / seeds.length)))) {
      if (!inWindow(b.cal, t)) continue;
      const p = makePerson(rng, b, { favourite: target, city: rng.chance(0.6) ? b.cityOf[target] : rng.int(0, 11), loyalty: rng.chance(0.55) ? 0 : rng.uniform(0.2, 0.7) });
      castBy(rng, b, p, t, source(dayOf(b.cal, t)));
      returnVisits(rng, b, p, dayOf(b.cal, t), source);
    }
  },
};
