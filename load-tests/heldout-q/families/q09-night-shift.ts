import { HOUR, MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * A legitimate night population: the township's smelter and mine run a night shift, and its
 * workers back their town every night between 22:00 and 05:00, at four to seven times the town's
 * daytime hourly rate, with more at the 00:30 meal break and the 03:30 rest. New workers join
 * every night; budget phones of every brand, on the prefecture's mobile CGNAT. Poisson arrivals.
 */
export const nightShift: Family = {
  id: 'Q9',
  kind: 'legit',
  description: 'night shift: smelter/mine workers vote 22:00-05:00 every night at 4-7x the daytime hourly rate',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm, crowd, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const rate = Math.max(scaled(scale, 30, 3), crowd.hourly(ci) * rng.uniform(4, 7));
    const workers: Person[] = [];
    for (const d of daysFrom(ctx, 0, rhythm.days)) {
      const src = source(ctx, 'legit', `q9-night-${d}`, ci, 'q9-night-shift');
      const start = rhythm.at(d, 22);
      const n = rng.poisson(rate * 7);
      const voted = new Set<Person>();
      for (let i = 0; i < n; i++) {
        const u = rng.next();
        const at = u < 0.3 ? start + 2.5 * HOUR + rng.exponential(20 * MINUTE) : u < 0.5 ? start + 5.5 * HOUR + rng.exponential(15 * MINUTE) : start + rng.uniform(0, 7 * HOUR);
        let p: Person | undefined;
        if (workers.length > 0 && rng.chance(0.6)) p = rng.pick(workers);
        if (!p || voted.has(p)) {
          p = people.make(rng, { place: c.city, region: c.region, segment: 'village', market: 'budget', home: null });
          workers.push(p);
        }
        voted.add(p);
        people.vote(rng, p, at, people.selection(rng, ci), src);
      }
    }
  },
};
