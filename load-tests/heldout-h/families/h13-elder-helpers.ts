import type { HCandidate } from '../model/ballot';
import { userAgent } from '../model/devices';
import type { Voter } from '../model/people';
import { gansuCrowd, type Family } from './family';
import { ballotDays, clock, legitSource, local, scaled, SECOND } from './kit';

/**
 * Villages voting for their elders. In the evening a son or granddaughter votes with each elder's
 * account on their own phone, one after another (same phone, same home line); in the morning the
 * village clerk sits in the committee room and votes on each elder's own old phone as they hand
 * it over, a minute or so apiece, on the committee's Wi-Fi. Every day of the week, in a few dozen
 * villages of two or three rural counties.
 */
export const phoneHelpers: Family = {
  id: 'H13',
  kind: 'legit',
  description: 'village helpers vote elders\' accounts: one phone per family, clerk with elders\' phones',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, market, rhythm } = ctx;
    const rural = ctx.ballot.candidates.filter((c) => c.place.urban < 0.3);
    const chosen: HCandidate[] = rng.shuffle([...(rural.length >= 2 ? rural : ctx.ballot.candidates)]).slice(0, rng.int(2, 3));
    for (const c of chosen) {
      const villages = scaled(ctx, rng.int(10, 25), 1);
      const families: { helper: Voter; elders: Voter[] }[] = [];
      const rooms: { ip: string; elders: Voter[] }[] = [];
      for (let i = 0; i < villages; i++) {
        for (let f = rng.int(4, 10); f > 0; f--) {
          const helper = local(ctx, rng, c, rng.chance(0.5) ? 'youth' : 'adult');
          const elders = Array.from({ length: rng.int(2, 5) }, () => {
            const e = people.voter(rng, helper.hh, 'elder', c.index, 'elder');
            e.device = helper.device;
            return e;
          });
          families.push({ helper, elders: [helper, ...elders] });
        }
        const room = people.site(`village:${c.place.key}:${i}`, c.place, 1);
        const roomElders = Array.from({ length: rng.int(8, 30) }, () => {
          const hh = people.household(rng, c.place, 'village');
          const e = people.voter(rng, hh, 'elder', c.index, 'elder');
          e.device = market.phone(rng, { age: 'elder', setting: 'village' });
          return e;
        });
        rooms.push({ ip: room.ips[0], elders: roomElders });
      }
      for (const d of ballotDays(ctx)) {
        const src = legitSource(ctx, `helpers:${c.index}:day${d}`, c, `helpers:${c.name}`);
        for (const fam of families) {
          if (!rng.chance(0.75)) continue;
          let t = clock(ctx, d, rng.uniform(19.3, 21.8));
          const net = people.netAt(rng, fam.helper, t);
          for (const v of fam.elders) {
            if (!rhythm.inWindow(t)) break;
            people.cast(rng, v, t, src, { ids: ctx.ballot.single[c.index], ip: net.ip, ua: userAgent(fam.helper.device, net.net) });
            t += rng.logNormal(75, 0.35) * SECOND;
          }
        }
        for (const room of rooms) {
          let t = clock(ctx, d, rng.uniform(9.3, 11));
          for (const v of room.elders) {
            if (!rng.chance(0.8)) continue;
            if (!rhythm.inWindow(t)) break;
            people.cast(rng, v, t, src, { ids: ctx.ballot.single[c.index], ip: room.ip, net: 'WIFI' });
            t += rng.logNormal(70, 0.4) * SECOND;
          }
        }
      }
    }
  },
};
