import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { castBy, makePerson, type Person } from '../people';
import { MINUTE, at } from '../time';
import { perDay } from './kit';

/**
 * Parents of a county's schools: each day the education bureau asks head teachers to remind their
 * class groups, at a time that moves (after lunch one day, late evening the next, before school
 * the day after). Within each class group most parents vote within a quarter of an hour of the
 * teacher's message; the same parents do it again on later days.
 */
export const F14: Family = {
  id: 'F14',
  kind: 'legit',
  description: 'class parent groups vote together at a notice time that moves day to day',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.25, 0.8);
    const city = b.cityOf[target];
    const source = perDay(b, 'class-groups', 'legit', target);
    const classes: Person[][] = Array.from({ length: rng.int(35, 60) }, () =>
      Array.from({ length: rng.int(25, 45) }, () => makePerson(rng, b, { favourite: target, city, owner: rng.chance(0.8) ? 'adult' : 'young' })),
    );
    const hours = rng.shuffle([7.2, 12.3, 12.9, 17.6, 18.8, 20.1, 20.7, 21.4, 21.9]);
    const first = rng.int(1, 2);
    for (let d = first; d < Math.min(b.cal.dayCount - 1, first + 5); d++) {
      const notice = at(b.cal, d, hours[d % hours.length] + rng.uniform(0, 0.3));
      for (const cls of classes) {
        const posted = notice + rng.logNormal(4, 0.8) * MINUTE;
        for (const p of cls) {
          if (!rng.chance(d === first ? 0.8 : 0.55)) continue;
          castBy(rng, b, p, posted + rng.logNormal(6, 0.9) * MINUTE, source(d));
        }
      }
    }
  },
};
