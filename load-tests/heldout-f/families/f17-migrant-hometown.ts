import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { castBy, makePerson } from '../people';
import { at, dayOf, weekend } from '../time';
import { perDay, waveTimes } from './kit';

/**
 * A county's migrant workers in Guangdong and Zhejiang: the hometown association (同乡会) posts in
 * its groups on a rest-day evening and again mid-week. Thousands vote from other provinces' home
 * lines, factory dorm NATs in Dongguan or Yiwu and mobile data, on every kind of phone.
 */
export const F17: Family = {
  id: 'F17',
  kind: 'legit',
  description: 'hometown association: migrants vote from other provinces on rest-day evenings',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.25, 0.8);
    const source = perDay(b, 'migrant-hometown', 'legit', target);
    const dorms = Array.from({ length: rng.int(4, 10) }, () => ({ ip: b.nets.outOfProvince(rng).ip, wifi: true }));
    const restDay = [1, 2, 3, 4, 5, 6].find((d) => weekend(at(b.cal, d, 12))) ?? 5;
    const midweek = ([1, 2, 3, 4, 5, 6].find((d) => !weekend(at(b.cal, d, 12)) && Math.abs(d - restDay) >= 2) ?? 2) as number;
    const posts: Array<[number, number]> = [
      [at(b.cal, restDay, rng.uniform(19.5, 21)), rng.int(1600, 3000)],
      [at(b.cal, midweek, rng.uniform(21, 22.3)), rng.int(500, 1000)],
    ];
    for (const [start, n] of posts) {
      for (const t of waveTimes(rng, start, n, 30, 0.9)) {
        const p = makePerson(rng, b, { favourite: target, owner: rng.chance(0.75) ? 'adult' : 'young', home: null, office: null });
        const where = rng.chance(0.25) ? rng.pick(dorms) : b.nets.outOfProvince(rng);
        castBy(rng, b, p, t, source(dayOf(b.cal, t)), where);
      }
    }
  },
};
