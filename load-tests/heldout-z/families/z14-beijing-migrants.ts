import { at } from '../model/ballot';
import { after } from '../model/people';
import { candidateIn, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * Chifeng and Tongliao people in Beijing — Minzu University students, nurses, restaurant and
 * delivery workers — back a herder from home: the hometown association's group posts at 21:00
 * every evening, others vote on the morning subway. Beijing mobile, home lines, the campus exits.
 */
export const beijingMigrants: Family = {
  id: 'Z14',
  kind: 'legit',
  description: 'migrants in Beijing: 1,500-2,500 voting after the hometown association\'s 21:00 post, from Beijing addresses',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, net, scale } = ctx;
    const c = candidateIn(ctx, ['chifeng', 'tongliao'], 0.5);
    const campus = net.pool('z14-minzu', 2, [[202, 205], [219, 224]]);
    const folk = Array.from({ length: scaled(scale, rng.int(1500, 2500), 20) }, () => ({
      p: people.make(rng, { league: c.league, life: 'beijing', where: 'beijing' }),
      student: rng.chance(0.25),
      keen: rng.uniform(0.25, 0.75),
      joins: Math.floor(rng.exponential(1.5)),
    }));
    for (let d = 0; d < ballot.cal.dayCount; d++) {
      const src = surgeSource(ctx, `z14-beijing-d${d}`, c, 'z14-beijing');
      const post = at(ballot.cal, d, 21 + rng.uniform(-0.1, 0.2));
      for (const f of folk) {
        if (d < f.joins || !rng.chance(f.keen)) continue;
        const t = rng.chance(0.55) ? after(rng, post, 15, 1.1) : at(ballot.cal, d, rng.chance(0.6) ? rng.uniform(7.4, 9) : rng.uniform(18, 19.5));
        people.vote(rng, f.p, t, c, src, f.student && rng.chance(0.75) ? { ip: rng.pick(campus), net: 'WIFI' } : undefined);
      }
    }
  },
};
