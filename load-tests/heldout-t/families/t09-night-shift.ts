import { HOUR } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Huangdao's port and night sanitation crews back their colleague between 22:00 and 05:00 every
 * night: Poisson arrivals at three to five times her daytime hourly rate, mostly fresh accounts
 * each night (30% come back), phones of every brand, Qingdao mobile data.
 */
export const nightShift: Family = {
  id: 'T9',
  kind: 'legit',
  description: 'Huangdao night shift: 22:00-05:00 Poisson at 3-5x the daytime rate, fresh accounts',
  seeds: [1, 2],
  ballot: { include: ['黄岛区'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, crowd } = ctx;
    const target = nominee(ctx.ballot, '黄岛区');
    const rate = Math.min(rng.uniform(3, 5) * Math.max(crowd.dayHourly(target.id), 8 * ctx.scale), scaled(ctx.scale, 300));
    const source = daySources(ctx, 'T9 night shift', 'legit', target);
    let regulars: Person[] = [];
    for (let night = 0; night < rhythm.days; night++) {
      const start = rhythm.midnight(night) + 22 * HOUR;
      const n = rng.poisson(rate * 7);
      const tonight: Person[] = [];
      for (let i = 0; i < n; i++) {
        const p = i < regulars.length * 0.3 ? regulars[i] : people.make(rng, '青岛', { market: rng.chance(0.7) ? 'town' : 'city', home: null });
        tonight.push(p);
        people.cast(rng, p, start + rng.next() * 7 * HOUR, people.picks(rng, target.id), source(night));
      }
      regulars = rng.shuffle(tonight);
    }
  },
};
