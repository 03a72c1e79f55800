import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { returnVisits } from '../organic';
import { castBy, makePerson } from '../people';
import { MINUTE, at, dayOf } from '../time';
import { perDay, waveTimes } from './kit';

/**
 * The provincial TV evening news runs a segment on one county with the vote's QR code at 19:3x.
 * Its audience is older: old phones, home broadband, a late WeChat. The spike starts within a
 * minute of the broadcast and fades in an hour; the noon replay the next day echoes it.
 */
export const F15: Family = {
  id: 'F15',
  kind: 'legit',
  description: 'TV news segment with a QR code: sharp 19:3x spike, older audience, noon replay',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.3, 0.85);
    const source = perDay(b, 'tv-segment', 'legit', target);
    const d = rng.int(1, 4);
    const airings: Array<[number, number]> = [
      [at(b.cal, d, 19.5 + rng.uniform(0.05, 0.25)), rng.int(1500, 3200)],
      [at(b.cal, d + 1, 12 + rng.uniform(0.1, 0.3)), rng.int(300, 700)],
    ];
    for (const [start, n] of airings) {
      for (const t of waveTimes(rng, start + MINUTE, n, 7, 0.85)) {
        const p = makePerson(rng, b, { favourite: target, owner: rng.chance(0.6) ? 'elder' : 'adult', loyalty: rng.chance(0.5) ? 0 : rng.uniform(0.2, 0.6), habitHour: 19.6 });
        castBy(rng, b, p, t, source(dayOf(b.cal, t)));
        returnVisits(rng, b, p, dayOf(b.cal, t), source);
      }
    }
  },
};
