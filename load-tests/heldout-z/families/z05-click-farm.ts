import { at } from '../model/ballot';
import { phoneFor, ua } from '../model/devices';
import { TELECOM_BLOCKS } from '../model/networks';
import { MIN } from '../model/people';
import { attackSource, candidateIn, fullDays, organicSize, raw, scaled, type Family } from './family';

/**
 * A click farm of real phones in a Hohhot back room: 30–40 budget phones, each logging in to
 * 18–22 fresh accounts in turn (log out, log in, open the link, vote), every seven to nine
 * minutes with a little wobble and the odd pause, from three 4G routers and two broadband lines.
 */
export const clickFarm: Family = {
  id: 'Z5',
  kind: 'attack',
  description: 'click farm: 30-40 real phones x ~20 fresh accounts each, ~8 min apart, 5 addresses, 2-3 evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, scale } = ctx;
    const c = candidateIn(ctx, null, 0.5);
    const routers = Array.from({ length: 3 }, () => net.mobile(rng, 'hohhot', 'mobile'));
    const lines = net.pool('z5-lines', 2, TELECOM_BLOCKS, false);
    const addresses = [...routers, ...lines];
    const phones = Array.from({ length: scaled(scale, rng.int(30, 40), 3) }, () => ({ device: phoneFor(rng, 'budget'), ip: rng.pick(addresses), step: rng.uniform(420, 540) * 1000 }));
    const days = fullDays(ctx);
    const nights = rng.shuffle(days.slice(0, 5)).slice(0, rng.int(2, 3)).sort((a, b) => a - b);
    for (const d of nights) {
      const src = attackSource(ctx, `z5-farm-d${d}`, c, 'z5-farm');
      const start = at(ballot.cal, d, 19 + rng.uniform(0, 0.6));
      for (const ph of phones) {
        let t = start + rng.uniform(0, 6) * MIN;
        const n = rng.int(18, 22);
        for (let i = 0; i < n; i++) {
          raw(ctx, t, ctx.ledger.newAccount(), [c.id], ph.ip, ua(ph.device, 'WIFI'), src);
          t += ph.step + rng.normal(0, 25_000) + (rng.chance(0.08) ? rng.uniform(4, 9) * MIN : 0);
        }
      }
    }
  },
};
