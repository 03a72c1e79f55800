import { MINUTE } from '../../heldout/calendar';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * One evening a story spreads: the Licheng sweeper who handed back a bag with ¥20,000. Seed
 * groups forward it, forwards beget forwards (log-normal sizes, gamma delays), and 7,000–12,000
 * people all over Shandong and beyond vote; a quarter vote again the next evening.
 */
export const viralForward: Family = {
  id: 'T12',
  kind: 'legit',
  description: 'Licheng story goes viral one evening: cascade of 7-12k voters, a quarter return',
  seeds: [1, 2],
  ballot: { include: ['历城区'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const target = nominee(ctx.ballot, '历城区');
    const day = rng.int(2, 4);
    const cap = scaled(ctx.scale, rng.int(7000, 12000));
    const source = daySources(ctx, 'T12 viral forward', 'legit', target);
    const forwards = Array.from({ length: rng.int(20, 40) }, () => rhythm.midnight(day) + rng.int(18 * 60 + 45, 19 * 60 + 30) * MINUTE);
    let voters = 0;
    while (forwards.length > 0 && voters < cap) {
      const at = forwards.shift() ?? 0;
      for (let k = Math.round(rng.logNormal(40, 0.9)); k > 0 && voters < cap; k--) {
        const when = at + rng.gamma(1.4, 12) * MINUTE;
        const away = rng.chance(0.2) ? rng.pick(['北京', '上海', '江苏', '广东']) : undefined;
        const p = people.make(rng, rng.pick(['济南', '济南', '青岛', '淄博', '泰安', '德州']), { market: rng.chance(0.7) ? 'city' : 'town', away });
        people.cast(rng, p, when, people.picks(rng, target.id), source(day));
        voters++;
        if (rng.chance(0.03)) forwards.push(when + rng.exponential(20) * MINUTE);
        if (rng.chance(0.25)) people.cast(rng, p, when + 24 * 60 * MINUTE + rng.normal(0, 90) * MINUTE, people.picks(rng, target.id), source(day + 1));
      }
    }
  },
};
