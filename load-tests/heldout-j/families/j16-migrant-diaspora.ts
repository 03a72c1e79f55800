import { makePerson, selection } from '../model/crowd';
import { OTHER_PROVINCES } from '../model/networks';
import { organicSize, scaled, type Family } from './family';
import { castAs, source, target } from './kit';

/**
 * A Zhoukou or Shangqiu county has hundreds of thousands of people working in Guangdong, Zhejiang,
 * Jiangsu, Shanghai and Beijing. The hometown association's groups spread the vote; they vote late,
 * after long shifts (21:00-00:30), or at lunch, from other provinces' addresses, loyally every day.
 */
export const migrantDiaspora: Family = {
  id: 'J16',
  kind: 'legit',
  description: 'Henan migrant workers elsewhere in China vote for home county late evenings, daily',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, ballot, net } = ctx;
    const main = target(ctx, 0.1, 0.6);
    const homeCity = ballot.candidates[main].cityIndex;
    const provinces = ['guangdong', 'guangdong', 'zhejiang', 'jiangsu', 'shanghai', 'beijing'] as const;
    const push = rng.int(1, 2);
    const people = Array.from({ length: scaled(ctx.scale, rng.int(1800, 3000), 10) }, () => {
      const province = rng.pick(provinces) as keyof typeof OTHER_PROVINCES;
      const p = makePerson(rng, ctx, { city: homeCity, broadband: 0 });
      const dorm = rng.chance(0.55) ? net.elsewhere(rng, province) : null;
      if (dorm) p.home = [dorm, dorm];
      return { p, ids: selection(rng, ballot, main, ctx.crowd.popularity), first: rng.chance(0.5) ? push : rng.int(0, 6), stay: rng.uniform(0.45, 0.9), late: rng.chance(0.7) };
    });
    const src = Array.from({ length: rhythm.dayCount }, (_, d) => source(ctx, 'legit', `diaspora-day-${d}`, main, 'diaspora'));
    for (const w of people) {
      for (let d = w.first; d < rhythm.dayCount; d++) {
        const hour = w.late ? rng.uniform(21, 24.5) : rng.uniform(11.8, 13.2);
        const day = hour >= 24 ? d + 1 : d;
        if (day >= rhythm.dayCount) break;
        castAs(ctx, rng, src[day], w.p, rhythm.at(day, hour % 24), w.ids);
        if (!rng.chance(w.stay)) break;
      }
    }
  },
};
