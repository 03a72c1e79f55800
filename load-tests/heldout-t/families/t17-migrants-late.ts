import { MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Shan County natives on building sites in Beijing, Tianjin, Shanghai and Jiangsu vote after work,
 * 21:30–00:30, from their carriers' addresses there; they hear of it through the hometown group
 * over the week and most come back every night.
 */
export const migrantsLate: Family = {
  id: 'T17',
  kind: 'legit',
  description: 'Shan County builders away: vote 21:30-00:30 from other provinces, nightly',
  seeds: [1, 2],
  ballot: { include: ['单县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const target = nominee(ctx.ballot, '单县');
    const source = daySources(ctx, 'T17 migrants', 'legit', target);
    const workers: Array<{ p: Person; joins: number; loyalty: number; habit: number }> = Array.from({ length: scaled(ctx.scale, rng.int(1200, 2200), 5) }, () => ({
      p: people.make(rng, '菏泽', { market: 'town', away: rng.pick(['北京', '天津', '上海', '江苏']), home: null }),
      joins: Math.floor(rng.next() ** 1.5 * (rhythm.days - 1)),
      loyalty: rng.uniform(0.55, 0.9),
      habit: rng.normal(22 * 60 + 40, 35),
    }));
    for (let day = 0; day < rhythm.days; day++) {
      for (const w of workers) {
        if (day < w.joins || (day > w.joins && !rng.chance(w.loyalty))) continue;
        const at = rhythm.midnight(day) + (w.habit + rng.normal(0, 20)) * MINUTE;
        people.cast(rng, w.p, at, people.picks(rng, target.id), source(day));
      }
    }
  },
};
