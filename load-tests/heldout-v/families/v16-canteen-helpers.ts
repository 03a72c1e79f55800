import { MINUTE } from '../../heldout/calendar';
import type { Place } from '../model/places';
import type { Person } from '../model/people';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V16, helpers at the elderly canteen (honest). The courier carries the parcels of an old
 * neighbourhood whose residents are mostly retired. At the community's elderly canteen (老年食堂)
 * a grid worker goes table to table at lunch and helps diners vote on their own old phones, one
 * after another, a minute or so each, on the canteen's Wi-Fi; some afternoons she does the same at
 * the community service centre. On other evenings grandchildren help their grandparents at home:
 * the child's vote and the elders' within a few minutes on the family's line. Old phones, old
 * WeChat builds; many of the same elders every day.
 */
export const canteenHelpers: Family = {
  id: 'V16',
  kind: 'legit',
  description: 'canteen helper: elders vote one by one on one Wi-Fi at lunch, old phones',
  seeds: [1, 2],
  ballot: { needs: [{ route: 'residential', rank: [12, 28] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, crowd, scale } = ctx;
    const client = ballot.cast[0];
    const city: Place = { kind: 'zhejiang', city: client.cityId };
    const canteen = net.fixedLine(rng, city, 'telecom')[0];
    const centre = net.fixedLine(rng, city, 'telecom')[0];
    const elders = Array.from({ length: scaled(scale, rng.int(150, 260), 10) }, () => {
      const p = people.create(rng, { segment: 'elder', place: city, home: true, lag: 8 });
      const grandchild = rng.chance(0.3) ? people.create(rng, { segment: 'student', place: city, home: p.home }) : undefined;
      return { p, grandchild, regular: rng.uniform(0.3, 0.8) };
    });
    const src = daySources(ctx, 'v16-elders', 'legit', client);
    const vote = (p: Person, t: number, d: number, via: 'home' | { ip: string }) => {
      if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt) return;
      people.vote(rng, src(d), p, t, crowd.selection(rng, client), via);
    };
    for (let d = 0; d < rhythm.days; d++) {
      const diners = rng.shuffle(elders.filter((e) => rng.chance(e.regular * 0.75)));
      let t = rhythm.at(d, 10, 50 + rng.int(0, 15));
      const lunchEnd = rhythm.at(d, 12, 45);
      const helped = new Set<Person>();
      for (const e of diners) {
        t += rng.logNormal(75, 0.45) * 1000;
        if (rng.chance(0.1)) t += rng.uniform(2, 6) * MINUTE;
        if (t > lunchEnd) break;
        vote(e.p, t, d, { ip: canteen });
        helped.add(e.p);
      }
      if (rng.chance(0.35)) {
        t = rhythm.at(d, 14, 30 + rng.int(0, 30));
        for (const e of rng.shuffle(elders.filter((x) => !helped.has(x.p))).slice(0, rng.int(20, 40))) {
          t += rng.logNormal(90, 0.5) * 1000;
          vote(e.p, t, d, { ip: centre });
          helped.add(e.p);
        }
      }
      for (const e of elders) {
        if (helped.has(e.p) || !e.grandchild || !rng.chance(0.3)) continue;
        const at = rhythm.at(d, 19, rng.int(0, 90));
        vote(e.grandchild, at, d, 'home');
        vote(e.p, at + rng.uniform(30, 240) * 1000, d, 'home');
      }
    }
  },
};
