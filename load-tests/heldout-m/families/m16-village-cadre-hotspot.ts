import { MINUTE } from '../../heldout/calendar';
import { honestSource, organicSize, rankedCandidate, scaled, type Family } from './family';

/**
 * 入户: the township's village cadres go door to door, one village a half-day, helping elderly
 * villagers vote on their own old phones. Most of those phones have no data plan, so the cadre
 * turns on his phone's hotspot: one China Mobile address for the whole half-day, one elder after
 * another every minute or three. Some elders, now shown how, vote again on later days at home.
 */
export const villageCadreHotspot: Family = {
  id: 'M16',
  kind: 'legit',
  description: "village cadres door to door: elders' old phones on the cadre's hotspot",
  seeds: [1, 2],
  ballot: { category: 'township' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.3, 0.8);
    const city = ballot.places[ci].city;
    const cadres = rng.int(2, 4);
    const visits = honestSource(ctx, 'door-to-door visits', ci, 'cadre visits');
    const later = honestSource(ctx, 'elders again at home', ci, 'elders again');
    for (let d = 1; d < Math.min(ballot.cal.dayCount - 1, 6); d++) {
      for (let c = 0; c < cadres; c++) {
        for (const startMinute of [8 * 60 + 30 + rng.int(0, 30), 14 * 60 + 30 + rng.int(0, 30)]) {
          const hotspot = net.mobile(rng, 'cmcc', city);
          let t = rhythm.at(d, startMinute);
          for (let k = scaled(ctx.scale, rng.int(35, 70), 2); k > 0; k--) {
            const elder = people.make(rng, { city, segment: 'elder', tier: 'old' });
            people.vote(rng, elder, t, people.selection(rng, ci, 0.95), visits, { ip: hotspot, net: 'WIFI' });
            for (let e = d + 1; e < ballot.cal.dayCount; e++) {
              if (rng.chance(0.12)) people.vote(rng, elder, rhythm.sample(rng, 'elder', e), people.selection(rng, ci, 0.95), later);
            }
            t += rng.gamma(2, 1.2 * MINUTE) + (rng.chance(0.15) ? rng.uniform(5, 15) * MINUTE : 0);
          }
        }
      }
    }
  },
};
