import { MINUTE } from '../../heldout/calendar';
import type { NetType } from '../model/devices';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Qufu Normal University backs the Qufu sweeper who works its gate street: class monitors post the
 * link, whole classes vote in the break after a lesson or in the dorms after 21:30, 85% through the
 * campus network's three exits, every day from day 1 or 2.
 */
export const campus: Family = {
  id: 'T14',
  kind: 'legit',
  description: 'Qufu campus: 40-60 classes vote after lessons/in dorms, 85% on 3 campus exits',
  seeds: [1, 2],
  ballot: { include: ['曲阜市'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const target = nominee(ctx.ballot, '曲阜市');
    const exits = net.nat(3);
    const breaks = [9 * 60 + 40, 11 * 60 + 40, 15 * 60 + 50, 17 * 60 + 40, 21 * 60 + 40];
    const classes = Array.from({ length: scaled(ctx.scale, rng.int(40, 60), 2) }, () =>
      Array.from({ length: rng.int(30, 50) }, () => ({ p: people.make(rng, '济宁', { market: 'city', home: null }), loyalty: rng.uniform(0.3, 0.9) })),
    );
    const source = daySources(ctx, 'T14 campus', 'legit', target);
    for (let day = rng.int(1, 2); day < rhythm.days; day++) {
      for (const cls of classes) {
        const when = rng.pick(breaks);
        const spread = when > 21 * 60 ? 35 : 4;
        for (const s of cls) {
          if (!rng.chance(s.loyalty)) continue;
          const at = rhythm.midnight(day) + (when + rng.gamma(1.5, spread)) * MINUTE;
          const via = rng.chance(0.85) ? { ip: rng.pick(exits), net: 'WIFI' as NetType } : undefined;
          people.cast(rng, s.p, at, people.picks(rng, target.id), source(day), via);
        }
      }
    }
  },
};
