import { HOUR } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { poissonTimes } from '../model/rhythm';
import { organicSize, scaled, type Family } from './family';
import { cast, idOf, source, target } from './kit';

/**
 * A paid "刷票" service with a residential proxy API: every request leaves from a different Henan home
 * broadband address, a user agent from the service's list of fifteen, a bought account; a steady
 * trickle shaped by the day's hour profile across the whole week, never more than a few dozen votes
 * an hour, some accounts coming back on a later day as real voters would.
 */
export const residentialProxyDrip: Family = {
  id: 'J3',
  kind: 'attack',
  description: 'week-long drip through Henan residential proxies, UA list of 15, ~25/h at peak',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, net, ballot } = ctx;
    const main = target(ctx, 0.05, 0.3);
    const uas = Array.from({ length: 15 }, () => makeDevice(rng));
    const ids = [idOf(ctx, main)];
    const perDay = scaled(ctx.scale, rng.int(380, 600), 6);
    const returning: string[] = [];
    for (let d = 0; d < rhythm.dayCount; d++) {
      const src = source(ctx, 'attack', `proxy-day-${d}`, main, 'proxy-drip');
      const w = rhythm.hourWeights(d);
      const mean = w.reduce((a, b) => a + b, 0) / 24;
      const day0 = ballot.cal.firstMidnight + d * 24 * HOUR;
      const perMinute = (t: number) => (perDay / 1440) * (w[Math.floor((t - day0) / HOUR)] / mean);
      const times = poissonTimes(rng, Math.max(day0, ballot.cal.opensAt), Math.min(day0 + 24 * HOUR, ballot.cal.closesAt), (perDay / 1440) * 3.5, perMinute);
      const today: string[] = [];
      for (const t of times) {
        const account = returning.length > 0 && rng.chance(0.3) ? returning.splice(rng.int(0, returning.length - 1), 1)[0] : ctx.ledger.newAccount();
        today.push(account);
        const ua = rng.pick(uas);
        cast(ctx, src, account, t, ids, net.anyHenanHome(rng), rng.chance(0.6) ? ua.wifi : ua.cell);
      }
      returning.push(...today.filter(() => rng.chance(0.4)));
    }
  },
};
