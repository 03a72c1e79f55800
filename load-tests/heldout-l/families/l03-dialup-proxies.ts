import { HOUR } from '../../heldout/calendar';
import { phone } from '../model/devices';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * A 秒拨 (instant redial) proxy service: every request leaves through a freshly redialled home
 * broadband line somewhere in Hunan or another province. A pool of bought accounts votes through
 * it at a flat rate from morning to late night for five days; the tool picks a user agent from a
 * list of forty captured strings at random on every request, so an account's phone changes vote to vote.
 */
export const dialupProxies: Family = {
  id: 'L3',
  kind: 'attack',
  description: 'instant-redial broadband proxies, bought accounts, flat rate 08-23h, 5 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net, crowd } = ctx;
    const c = candidate(ctx, undefined, rng.int(1, 2));
    const pool = Array.from({ length: scaled(ctx.scale, rng.int(350, 560)) }, () => ledger.newAccount());
    const uas = Array.from({ length: 40 }, () => phone(rng, rng.chance(0.5) ? 'county' : 'city').ua(rng.pick(['WIFI', '4G'])));
    const cities = ['长沙', '株洲', '湘潭', '岳阳', '常德', '衡阳', '邵阳', '娄底', '外省', '外省'];
    const first = rng.int(1, 2);
    const perDay = Math.max(pool.length * 0.8, crowd.perDay(c.id) * rng.uniform(0.5, 0.8));
    for (let d = first; d < first + 5; d++) {
      const src = ledger.source({ name: `redial-day${d}`, kind: 'attack', candidateId: c.id, group: 'redial' });
      const n = Math.min(pool.length, Math.round(perDay));
      const accounts = rng.shuffle([...pool]).slice(0, n);
      const from = clock(ctx, d, 8 + rng.uniform(0, 0.5));
      const span = 15.3 * HOUR;
      for (const account of accounts) {
        ledger.add({ at: from + rng.next() * span, accountId: account, candidateIds: [c.id], ip: net.broadband(rng.pick(cities)), userAgent: rng.pick(uas), source: src });
      }
    }
  },
};
