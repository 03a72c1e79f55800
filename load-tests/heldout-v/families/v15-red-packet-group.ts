import { MINUTE } from '../../heldout/calendar';
import type { Place } from '../model/places';
import type { Household, Person } from '../model/people';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V15, a red-packet customer group (honest). The courier runs a WeChat group for each of two or
 * three compounds on his route. Every evening when his last parcel is delivered (anywhere from
 * 19:40 to 21:50) he drops a small red packet and "麻烦大家帮我投一票" into each group. The same few
 * hundred residents grab the packet and vote within a minute or two, every evening, on their own
 * phones at home; a few see it later. Same accounts, same minute, a time that shifts day to day.
 */
export const redPacketGroup: Family = {
  id: 'V15',
  kind: 'legit',
  description: 'red-packet groups: the same residents vote within minutes of his nightly post',
  seeds: [1, 2],
  ballot: { needs: [{ route: 'residential', rank: [10, 24] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, crowd, scale } = ctx;
    const client = ballot.cast[0];
    const city: Place = { kind: 'zhejiang', city: client.cityId };
    const groups = Array.from({ length: rng.int(2, 3) }, () => {
      const members: { p: Person; keen: number }[] = [];
      let household: Household | undefined;
      for (let i = 0, n = scaled(scale, rng.int(180, 320), 8); i < n; i++) {
        const shared = household && rng.chance(0.3);
        const p = people.create(rng, { segment: rng.chance(0.18) ? 'elder' : 'urban', place: city, home: shared ? household : rng.chance(0.85) });
        household = p.home;
        members.push({ p, keen: rng.uniform(0.35, 0.95) });
      }
      return members;
    });
    const src = daySources(ctx, 'v15-redpacket', 'legit', client);
    for (let d = 0; d < rhythm.days; d++) {
      const done = rhythm.at(d, 20, 30) + rng.normal(0, 35) * MINUTE;
      if (done < ballot.cal.opensAt || done >= ballot.cal.closesAt) continue;
      groups.forEach((members, g) => {
        const post = done + g * rng.uniform(0.5, 3) * MINUTE;
        for (const m of members) {
          if (!rng.chance(m.keen)) continue;
          const at = rng.chance(0.9) ? post + rng.logNormal(1.6, 0.9) * MINUTE : post + rng.logNormal(40, 1.0) * MINUTE;
          people.vote(rng, src(d), m.p, at, crowd.selection(rng, client), rng.chance(0.8) ? 'home' : 'mobile');
        }
      });
    }
  },
};
