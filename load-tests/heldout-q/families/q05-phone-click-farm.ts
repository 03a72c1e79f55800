import { makeDevice, pickModel, userAgent, type Model } from '../model/devices';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * A click farm of real phones: 24-40 second-hand Android phones, each a genuine install with its
 * own user agent, each working through 15-25 bought accounts one after another, a vote every
 * 55-110 s with some human spread, from two broadband lines and three 4G routers. Two or three
 * sessions on different days, the same accounts each time.
 */
export const phoneClickFarm: Family = {
  id: 'Q5',
  kind: 'attack',
  description: 'click farm: 24-40 real phones, each its own UA, 15-25 accounts each, ~1-2 min gaps, 5 IPs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, ledger, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const routers = [net.broadband(rng, 'telecom', '昆明市'), net.broadband(rng, 'unicom', '昆明市'), ...Array.from({ length: 3 }, () => net.mobile(rng, 'mobile', '昆明市'))];
    const phones = Array.from({ length: scaled(scale, rng.int(24, 40), 3) }, (_, i) => {
      let model: Model;
      do model = pickModel(rng, 'budget');
      while (model.brand === 'Apple');
      const device = makeDevice(rng, 'budget', model);
      const ip = routers[i % routers.length];
      return { ip, ua: userAgent(device, i % routers.length < 2 ? 'WIFI' : '4G'), gap: rng.uniform(55, 110) * 1000, accounts: Array.from({ length: rng.int(15, 25) }, () => ledger.newAccount()) };
    });
    const days = daysFrom(ctx, rng.int(1, 3), rng.int(2, 3)).filter((_, k) => k === 0 || rng.chance(0.85));
    for (const d of days) {
      const src = source(ctx, 'attack', `q5-farm-day${d}`, ci, 'q5-farm');
      const start = rhythm.at(d, rng.pick([10, 14, 19.5]) + rng.uniform(0, 0.5));
      for (const phone of phones) {
        let t = start + rng.uniform(0, 6 * 60_000);
        for (const account of phone.accounts) {
          ledger.add({ at: t, accountId: account, candidateIds: [c.id], ip: phone.ip, userAgent: phone.ua, source: src });
          t += phone.gap * rng.uniform(0.8, 1.25) + (rng.chance(0.05) ? rng.uniform(2, 6) * 60_000 : 0);
        }
      }
    }
  },
};
