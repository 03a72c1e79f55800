import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import { selection, type Person } from '../model/people';
import { organicSize, scaled, sourcesBy, type Family } from './family';

/** Where in the night the plant's workers pick up their phones: 00:30 meal, 03:30 rest. */
const NIGHT: Array<[number, number]> = [
  [22, 0.6], [23, 0.8], [0, 1.6], [1, 1.0], [2, 0.7], [3, 1.3], [4, 0.9], [5, 0.7],
];

/**
 * W9. The nurse of Jilin Chemical's general hospital is backed by the petrochemical plants' night
 * shifts (四班三倒): every night between 22:00 and 06:00 she gets several times her daytime
 * hourly share, Poisson arrivals peaking at the 00:30 meal break and the 03:30 rest, from workers'
 * own phones of every brand on Jilin City mobile data. New workers join every night, earlier ones
 * come back on their next night shift.
 */
export const nightShift: Family = {
  id: 'W9',
  kind: 'legit',
  description: "Jilin Chemical's night shifts back their hospital's nurse, 3-6x daytime rate 22-06",
  seeds: [1, 2, 3],
  ballot: { require: [{ hospital: 'jihua' }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, crowd, scale } = ctx;
    const target = nomineeAt(ballot, 'jihua');
    const daytime = Math.max(2 * scale, crowd.hourlyRate(target.id, 8, 20));
    const multiple = rng.uniform(3, 6);
    const sourceFor = sourcesBy(ctx, 'w9-night', 'legit', target);
    const crew: Person[] = [];
    const days = rhythm.openDays();
    const weights = NIGHT.map((x) => x[1]);
    const mean = weights.reduce((a, b) => a + b, 0) / weights.length;
    for (const d of days.slice(0, -1)) {
      const expected = Math.min(scaled(scale, 1500), Math.max(scaled(scale, 250), daytime * multiple * 8));
      const n = rng.poisson(expected);
      const tonight = new Set<string>();
      for (let i = 0; i < n; i++) {
        const slot = NIGHT[rng.weightedIndex(weights)];
        const day = slot[0] >= 22 ? d : d + 1;
        const at = rhythm.at(day, slot[0] * 60) + rng.next() * 60 * MINUTE * (slot[1] / mean > 1.3 ? 0.7 : 1);
        let p: Person | undefined;
        if (crew.length > 0 && rng.chance(0.5)) {
          const q = rng.pick(crew);
          if (!tonight.has(q.account)) p = q;
        }
        if (!p) {
          p = people.make(rng, { region: 'JL', profile: rng.chance(0.35) ? 'young' : 'adult' });
          crew.push(p);
        }
        tonight.add(p.account);
        people.vote(rng, p, at, selection(ballot, target), sourceFor(`night${d}`), rng.chance(0.85) ? 'mobile' : 'home');
      }
    }
  },
};
