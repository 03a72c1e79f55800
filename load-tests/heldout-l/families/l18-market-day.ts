import { HOUR, MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/crowd';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Lianqiao's herb market (廉桥药材市场) meets every third morning: a town volunteer's poster with the
 * QR code by the gate; traders and villagers, many elderly on old phones, vote between 06:30 and
 * 11:00, a third on the market's shop Wi-Fi, the rest on mobile data.
 */
export const marketDay: Family = {
  id: 'L18',
  kind: 'legit',
  description: 'market-day mornings: elders and traders scan the poster, shop Wi-Fi and mobile',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['廉桥镇'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people, net, ballot } = ctx;
    const c = candidate(ctx, '廉桥镇', 4);
    const shops = Array.from({ length: 6 }, () => net.broadband(c.city));
    const regulars = Array.from({ length: scaled(ctx.scale, rng.int(600, 1000)) }, () =>
      people.person(rng, { city: c.city, profile: 'town', segment: rng.chance(0.5) ? 'elder' : 'county', home: rng.chance(0.5) }),
    );
    for (let d = rng.int(1, 2); d < ballot.cal.dayCount; d += 3) {
      const src = ledger.source({ name: `market-day${d}`, kind: 'legit', candidateId: c.id, group: 'market' });
      const visitors = scaled(ctx.scale, rng.int(900, 1600));
      const comers = rng.shuffle([...regulars]);
      for (let i = 0; i < visitors; i++) {
        const p = comers.length > 0 && rng.chance(0.4) ? (comers.pop() as Person) : people.person(rng, { city: c.city, profile: 'town', segment: rng.chance(0.5) ? 'elder' : 'county' });
        const at = clock(ctx, d, 6.5) + Math.min(4.5 * HOUR, rng.gamma(2.2, 45 * MINUTE));
        people.vote(rng, p, at, c.id, src, rng.chance(0.33) ? { ip: rng.pick(shops), net: 'WIFI' } : {});
      }
    }
  },
};
