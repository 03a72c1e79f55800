import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { returnVisits } from '../organic';
import { castBy, makePerson } from '../people';
import { at } from '../time';
import { perDay, waveTimes } from './kit';

/**
 * A township government's mobilization: the notice goes down to every office, school and clinic
 * at once, and thousands vote from their desks behind two to four NAT addresses within two hours.
 * A second, smaller reminder a few days later. Fresh accounts, the whole phone market.
 */
export const F10: Family = {
  id: 'F10',
  kind: 'legit',
  description: 'township mobilization: thousands behind 2-4 NAT addresses in two hours, a reminder later',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.2, 0.75);
    const source = perDay(b, 'township-mobilization', 'legit', target);
    const nats = Array.from({ length: rng.int(2, 4) }, () => b.nets.nat(rng, 1));
    const d0 = rng.int(1, 3);
    const waves: Array<[number, number]> = [
      [d0, rng.int(2200, 4000)],
      [d0 + rng.int(2, 3), rng.int(600, 1200)],
    ];
    for (const [d, size] of waves) {
      const start = at(b.cal, d, rng.uniform(8.6, 10.5));
      for (const t of waveTimes(rng, start, size, rng.uniform(15, 35), 0.7)) {
        const p = makePerson(rng, b, { favourite: target, owner: rng.chance(0.9) ? 'adult' : 'young', loyalty: rng.chance(0.6) ? 0 : rng.uniform(0.2, 0.7) });
        castBy(rng, b, p, t, source(d), rng.chance(0.85) ? b.nets.natAddr(rng, rng.pick(nats)) : undefined);
        returnVisits(rng, b, p, d, source);
      }
    }
  },
};
