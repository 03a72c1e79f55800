import { MINUTE } from '../../heldout/calendar';
import { randomDevice, type NetType } from '../model/devices';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Kuiwen's street sweepers vote for their colleague every morning before the 05:00 shift, at the
 * depots: the same people at about the same minute every day, on budget phones with old WeChat
 * builds, on mobile data or one of six depots' Wi-Fi.
 */
export const dawnCrew: Family = {
  id: 'T18',
  kind: 'legit',
  description: 'Kuiwen sweepers before the 05:00 shift: same crew ~04:35 daily, 6 depot Wi-Fis',
  seeds: [1, 2],
  ballot: { include: ['奎文区'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const target = nominee(ctx.ballot, '奎文区');
    const depots = Array.from({ length: 6 }, () => net.nat(1)[0]);
    const crew = Array.from({ length: scaled(ctx.scale, rng.int(700, 1300), 5) }, () => ({
      p: people.make(rng, '潍坊', { device: randomDevice(rng, 'elder'), home: null }),
      depot: rng.pick(depots),
      habit: rng.normal(4 * 60 + 35, 12),
    }));
    const source = daySources(ctx, 'T18 dawn crew', 'legit', target);
    for (let day = 0; day < rhythm.days; day++) {
      for (const c of crew) {
        if (!rng.chance(0.85)) continue;
        const at = rhythm.midnight(day) + (c.habit + rng.normal(0, 8)) * MINUTE;
        const via = rng.chance(0.25) ? { ip: c.depot, net: 'WIFI' as NetType } : undefined;
        people.cast(rng, c.p, at, people.picks(rng, target.id), source(day), via);
      }
    }
  },
};
