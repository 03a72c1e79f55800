import { MINUTE } from '../../heldout/calendar';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * A paid 水军 group for Tancheng: 150–260 fixed accounts on their own phones; every day the
 * organiser posts "go" in the group at a different hour and nearly all of them vote within a few
 * minutes, day after day.
 */
export const lockstepGroup: Family = {
  id: 'T5',
  kind: 'attack',
  description: 'Tancheng paid group: 150-260 fixed accounts vote within minutes of a daily go',
  seeds: [1, 2],
  ballot: { include: ['郯城县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const target = nominee(ctx.ballot, '郯城县');
    const members = Array.from({ length: scaled(ctx.scale, rng.int(150, 260), 5) }, () => people.make(rng, target.city, { market: 'town' }));
    const source = daySources(ctx, 'T5 group', 'attack', target);
    for (let day = 1; day < rhythm.days - 1; day++) {
      const go = rhythm.midnight(day) + rng.int(7 * 60, 22 * 60 + 30) * MINUTE;
      for (const m of members) {
        if (rng.chance(0.94)) people.cast(rng, m, go + rng.gamma(2, 0.9) * MINUTE, [target.id], source(day));
      }
    }
  },
};
