import { MINUTE } from '../../heldout/calendar';
import { placeNamed } from '../model/ballot';
import type { Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';

/**
 * Guangxi's country towns hold market every third day (三天一圩). The town government sets up a
 * booth at the market with a poster and its office Wi-Fi; three or four volunteers help elders vote on
 * their own old phones one after another, so the booth's votes come at a volunteer's steady pace
 * from one address, between 07:30 and noon, on market days only.
 */
export const marketDayBooth: Family = {
  id: 'N17',
  kind: 'legit',
  description: 'market-day booth: volunteers help elders vote, steady pace, one Wi-Fi',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['靖西市湖润镇'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, ledger, scale } = ctx;
    const target = placeNamed(ballot, '靖西市湖润镇');
    const booth = net.nat(rng, 'telecom', target.cityKey, 1)[0];
    const regulars: Person[] = [];
    for (let d = rng.int(1, 3); d < rhythm.days; d += 3) {
      const source = ledger.source({ name: `N17 market day ${d}`, kind: 'legit', candidateId: target.id, group: 'market booth' });
      const crowd = scaled(scale, rng.int(250, 600), 10);
      const volunteers = rng.int(3, 4);
      for (let v = 0; v < volunteers; v++) {
        let t = rhythm.clock(d, 7, rng.int(30, 50));
        const end = rhythm.clock(d, 12);
        for (let i = 0; i < Math.ceil(crowd / volunteers) && t < end; i++) {
          const p = regulars.length > 10 && rng.chance(0.35) ? rng.pick(regulars) : people.make(rng, { area: target.cityKey, profile: 'elder', segment: 'elder', broadband: 0.3 });
          if (!regulars.includes(p)) regulars.push(p);
          const conn = rng.chance(0.75) ? { ip: booth, net: 'WIFI' as const } : undefined;
          people.vote(rng, p, t, people.picks(rng, target), source, conn);
          // Scan, find the place, tick, confirm, hand the phone back: about a minute, steadier than anybody's own pace.
          t += rng.normal(60, 12) * 1000 + (rng.chance(0.08) ? rng.uniform(2, 12) * MINUTE : 0);
        }
      }
    }
  },
};
