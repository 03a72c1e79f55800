import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { makeDevice } from '../model/devices';
import { attackSource, dayBetween, organicSize, scaled, type Family } from './family';

/**
 * Rented cloud phones (云手机): 60–120 virtual Android instances on ARM servers in two or three
 * hosting /24s, booted from three device images (so three models, one WeChat build each, each
 * instance its own install id). Group-control software logs a fresh account into each instance,
 * votes, logs out, at random intervals (mean 15–30 min) thinned by a town's daily curve, from
 * 09:00 to 23:00 for three or four days.
 */
export const cloudPhones: Family = {
  id: 'R7',
  kind: 'attack',
  description: 'cloud-phone fleet: 60-120 virtual Androids in 2-3 hosting /24s, fresh accounts, town-shaped, 3-4 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, rhythm, ledger } = ctx;
    const target = midTable(rng, ballot, 3, 14);
    const prefixes = Array.from({ length: rng.int(2, 3) }, () => net.cloudPrefix(rng));
    const images = Array.from({ length: 3 }, () => ({ model: rng.pick(['V2219A', 'PGBM10', '22041216C', 'REP-AN00', '2211133C']), wechat: rng.int(6, 9), android: 13 }));
    const instances = Array.from({ length: scaled(ctx.scale, rng.int(60, 120), 3) }, () => {
      const img = rng.pick(images);
      return { ua: makeDevice(rng, 'mid', img).ua('WIFI'), ip: `${rng.pick(prefixes)}.${rng.int(2, 253)}`, mean: rng.uniform(15, 30) * MINUTE };
    });
    const days = rng.int(3, 4);
    const first = dayBetween(ctx, 1, 6 - days);
    for (let d = first; d < first + days; d++) {
      const src = attackSource(ctx, `R7-day${d}`, target, 'R7');
      const end = rhythm.at(d, 23);
      for (const inst of instances) {
        for (let at = rhythm.at(d, 9) + rng.exponential(inst.mean); at < end; at += rng.exponential(inst.mean)) {
          if (!rng.chance(Math.min(1, rhythm.weight('townOffice', at) * 1.4))) continue;
          ledger.add({ at: Math.round(at), accountId: ledger.newAccount(), candidateIds: [target.id], ip: inst.ip, userAgent: inst.ua, source: src });
        }
      }
    }
  },
};
