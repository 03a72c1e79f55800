import { HOUR, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import type { Person } from '../model/people';
import { daySources, organicSize, scaled, type Family } from './family';

/**
 * Xuanhan's and Tongjiang's people work in Dongguan, Jinjiang, Ningbo, Suzhou and, in autumn,
 * the Xinjiang cotton fields. The 老乡会 (hometown association) groups post the vote every night
 * at ~21:30 after the shift; members join over the week as the post spreads and most vote most
 * nights, on factory-dorm Wi-Fi (a few addresses each, shared by hundreds) or out-of-province 4G.
 */
export const migrantLaoxiang: Family = {
  id: 'K14',
  kind: 'legit',
  description: 'hometown association of migrants (Guangdong, Fujian, Zhejiang, Xinjiang) votes nightly',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['宣汉县', '通江县'] },
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const c = placeIndex(ballot, rng, rng.chance(0.5) ? '宣汉县' : '通江县');
    const src = daySources(ctx, 'laoxiang', 'legit', c);
    const dorms = Array.from({ length: rng.int(6, 14) }, () => {
      const area = net.migrantArea(rng);
      return { area, ips: net.nat(area, rng.int(1, 3), rng) };
    });
    const members: Array<{ p: Person; joins: number; keen: number }> = Array.from({ length: scaled(scale, rng.int(1_800, 3_200), 20) }, () => {
      const dorm = rng.chance(0.5) ? rng.pick(dorms) : null;
      const area = dorm?.area ?? net.migrantArea(rng);
      const p = people.make(rng, { candidate: c, segment: 'migrant', area, life: area.startsWith('xinjiang') ? 'xinjiang' : 'factory', work: null, homeShare: dorm ? 0 : 0.3 });
      if (dorm) p.home = rng.pick(dorm.ips);
      return { p, joins: Math.min(rhythm.days - 1, Math.floor(rng.exponential(1.6))), keen: rng.uniform(0.55, 0.95) };
    });
    for (let d = 0; d < rhythm.days; d++) {
      const post = rhythm.dayStart(d) + 21.5 * HOUR + rng.normal(0, 10) * MINUTE;
      for (const m of members) {
        if (d < m.joins || !rng.chance(m.keen)) continue;
        const at = rng.chance(0.6) ? post + rng.gamma(1.2, 25 * MINUTE) : rhythm.timeOn(rng, m.p.life, d);
        people.vote(rng, m.p, at, src(rhythm.dayOf(at)));
      }
    }
  },
};
