import type { Family } from '../catalogue-types';
import { androidDevice, pickModel, type Device } from '../devices';
import { candidateInBand } from '../ballot';
import { netType } from '../people';
import { SECOND, at } from '../time';
import { perDay, rawVote } from './kit';

/**
 * A click farm of real phones: a few dozen second-hand Android phones on a rack, genuine WeChat,
 * each logged in to about twenty bought accounts in turn. A handful of workers walk the rack, so a
 * phone's next account comes every seven to eleven minutes, human but a little too even. The farm
 * has two broadband lines and a couple of 4G routers. It works two afternoons.
 */
export const F2: Family = {
  id: 'F2',
  kind: 'attack',
  description: 'click farm: ~40 real phones, ~20 fresh accounts each in turn, few IPs, even gaps',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.3, 0.8);
    const source = perDay(b, 'phone-farm', 'attack', target);
    // Farms buy phones in lots: a few models, each phone its own install.
    const models = Array.from({ length: rng.int(2, 5) }, () => pickModel(rng, 'elder'));
    const phones: Device[] = Array.from({ length: rng.int(30, 48) }, () => androidDevice(rng, rng.pick(models), 'adult'));
    const lines = [b.nets.home(rng, b.nets.newHome(rng, rng.int(0, 11), 'ct'), 0), b.nets.home(rng, b.nets.newHome(rng, rng.int(0, 11)), 0)];
    const routers = Array.from({ length: rng.int(1, 3) }, () => b.nets.mobile(rng, rng.int(0, 11), 'cmcc'));
    const uplinks = [...lines, ...routers];
    const days = [rng.int(1, 3), rng.int(4, 6)];
    const choice = [b.candidates[target].id];
    for (const d of days) {
      const shiftStart = at(b.cal, d, rng.uniform(13, 15.5));
      phones.forEach((phone, i) => {
        const uplink = uplinks[i % uplinks.length];
        const gap = rng.uniform(420, 660) * SECOND;
        let t = shiftStart + rng.uniform(0, 25 * 60) * SECOND;
        const accounts = rng.int(17, 23);
        for (let k = 0; k < accounts; k++) {
          rawVote(b, t, b.ledger.newAccount(), choice, uplink.ip, phone.ua[netType(rng, phone, uplink)], source(d));
          // Slightly regular: ±12 % around the walk time, and now and then a worker's break.
          t += gap * rng.normal(1, 0.12) + (rng.chance(0.05) ? rng.uniform(3, 9) * 60 * SECOND : 0);
        }
      });
    }
  },
};
