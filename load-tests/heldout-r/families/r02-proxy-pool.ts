import { midTable } from '../model/ballot';
import { makeDevice } from '../model/devices';
import { attackSource, dayBetween, organicSize, scaled, type Family } from './family';

/**
 * A script behind a paid residential/mobile proxy pool: each request leaves through a different
 * home-broadband or 4G exit somewhere in China (a third in Henan). Accounts are partly fresh,
 * partly rented from a dealer and reused on the following days; the script sends an even trickle
 * (a vote every so many seconds, ±30%) from 08:00 to 23:30 for two to four days, sized at
 * 0.8–1.5 times the candidate's own daily volume, with eight real UA strings.
 */
export const proxyPool: Family = {
  id: 'R2',
  kind: 'attack',
  description: 'proxy-pool script: rotating China-wide exits, fresh+rented accounts, 8 UAs, 2-4 days 08:00-23:30',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, rhythm, ledger, crowd } = ctx;
    const target = midTable(rng, ballot, 4, 14);
    const uas = Array.from({ length: 8 }, () => makeDevice(rng, rng.pick(['town', 'city'] as const)).ua(rng.pick(['WIFI', '4G'] as const)));
    const days = rng.int(2, 4);
    const first = dayBetween(ctx, 1, 7 - days);
    const perDay = scaled(ctx.scale, Math.max(300, crowd.dailyMean(target.id) * rng.uniform(0.8, 1.5)), 10);
    const rented = Array.from({ length: Math.round(perDay * 0.4) }, () => ledger.newAccount());
    for (let d = first; d < first + days && d < rhythm.days; d++) {
      const src = attackSource(ctx, `R2-day${d}`, target, 'R2');
      const gap = (15.5 * 3600_000) / perDay;
      let at = rhythm.at(d, 8) + rng.uniform(0, gap);
      const rentedToday = rng.shuffle([...rented]);
      for (let i = 0; i < perDay; i++) {
        const account = i < rentedToday.length && rng.chance(0.75) ? rentedToday[i] : ledger.newAccount();
        ledger.add({ at: Math.round(at), accountId: account, candidateIds: [target.id], ip: net.proxyExit(rng), userAgent: rng.pick(uas), source: src });
        at += gap * rng.uniform(0.7, 1.3);
      }
    }
  },
};
