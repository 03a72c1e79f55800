import { HOUR, MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { AWAY } from '../model/networks';
import { organicSize, scaled, surgeSource, type Family } from './family';

/**
 * A labour-exporting county's natives on building sites and factory lines in Shanghai, Jiangsu,
 * Zhejiang, Guangdong and Beijing (1,500–3,000 of them) vote late, after the hometown group's
 * 22:00 reminder and the end of their shift, from the dormitory Wi-Fi or mobile data where they
 * work; most of them nearly every night.
 */
export const migrantLate: Family = {
  id: 'R15',
  kind: 'legit',
  description: '1.5-3k migrant natives working outside Henan voting 21:30-01:00 from where they work',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm } = ctx;
    const target = midTable(rng, ballot, 4, 16);
    const sites = AWAY.map((place) => ({ place, dorms: Array.from({ length: rng.int(3, 8) }, () => net.nat(rng, place, 1)[0]) }));
    const natives = Array.from({ length: scaled(ctx.scale, rng.int(1500, 3000), 15) }, () => {
      const site = rng.pick(sites);
      return { p: people.make(rng, { place: site.place, segment: 'migrant', home: false }), dorm: rng.chance(0.5) ? rng.pick(site.dorms) : undefined, keen: rng.uniform(0.5, 0.95) };
    });
    for (let d = 0; d < rhythm.days; d++) {
      const src = surgeSource(ctx, `R15-night${d}`, target, 'R15');
      const reminder = rhythm.at(d, 22) + rng.normal(0, 5 * MINUTE);
      for (const n of natives) {
        if (!rng.chance(n.keen)) continue;
        const at = rng.chance(0.6) ? reminder + rng.gamma(1.3, 30 * MINUTE) : rhythm.at(d, 21, 30) + rng.uniform(0, 3.5 * HOUR);
        people.vote(rng, n.p, at, [target.id], src, n.dorm ? { ip: n.dorm } : undefined);
      }
    }
  },
};
