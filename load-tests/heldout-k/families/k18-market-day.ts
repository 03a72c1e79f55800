import { HOUR, MINUTE, shanghaiDate } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import { daySources, organicSize, scaled, type Family } from './family';

/**
 * 赶场: the town's market falls on dates ending in 3, 6 and 9 (逢三六九). On market mornings the
 * town committee sets up a table with a big QR code by the market; villagers who came down to
 * sell and buy vote there, on the two gateways' 4G or the town hall's free Wi-Fi, older phones.
 */
export const marketDay: Family = {
  id: 'K18',
  kind: 'legit',
  description: 'market days (dates ending 3/6/9): villagers vote at a QR table, few gateways + town Wi-Fi',
  seeds: [1, 2],
  ballot: { category: 'township' },
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const c = placeIndex(ballot, rng, undefined, ['basin', 'hills']);
    const area = people.areaOf(c);
    const src = daySources(ctx, 'market-day', 'legit', c);
    const wifi = net.nat(area, 1, rng)[0];
    for (let d = 0; d < rhythm.days; d++) {
      const date = shanghaiDate(rhythm.dayStart(d) + 12 * HOUR);
      if (!['3', '6', '9'].includes(date[9])) continue;
      const n = scaled(scale, rng.int(800, 1_600), 10);
      for (let i = 0; i < n; i++) {
        const p = people.make(rng, { candidate: c, segment: 'mountain', area, life: 'town', small: true, homeShare: 0.2 });
        const at = rhythm.dayStart(d) + 7.5 * HOUR + rng.gamma(3, 50 * MINUTE);
        people.vote(rng, p, at, src(d), rng.chance(0.3) ? { ip: wifi, net: 'WIFI' } : undefined);
      }
    }
  },
};
