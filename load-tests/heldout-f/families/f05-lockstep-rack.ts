import type { Family } from '../catalogue-types';
import { androidDevice, pickModel } from '../devices';
import { candidateInBand } from '../ballot';
import { MINUTE, SECOND, at } from '../time';
import { perDay, rawVote } from './kit';

/**
 * Group control (群控): a rack of identical phones driven from one PC. Each phone holds one account;
 * the operator fires the rack in waves of a few dozen, and every phone in a wave taps "vote" within
 * seconds of the command. The same accounts come back on three days at the same wave times, through
 * two or three 4G routers whose addresses change daily.
 */
export const F5: Family = {
  id: 'F5',
  kind: 'attack',
  description: 'group-control rack: same accounts vote in synchronized waves on three days',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.3, 0.8);
    const source = perDay(b, 'lockstep-rack', 'attack', target);
    const model = pickModel(rng, 'elder');
    const fixed = { build: 0, wechat: rng.int(3, 6), xweb: 2 };
    const rack = Array.from({ length: rng.int(240, 400) }, () => ({ account: b.ledger.newAccount(), phone: androidDevice(rng, model, 'adult', fixed), router: rng.int(0, 2) }));
    const waves = rng.int(4, 8);
    const firstWave = rng.uniform(10, 20);
    const every = rng.uniform(15, 25) * MINUTE;
    const d0 = rng.int(1, 4);
    const choice = [b.candidates[target].id];
    for (const d of [d0, d0 + 1, d0 + 2]) {
      const routers = [0, 1, 2].map(() => b.nets.mobile(rng, rng.int(0, 11), 'cmcc').ip);
      rack.forEach((r, i) => {
        const wave = i % waves;
        const t = at(b.cal, d, firstWave) + wave * every + rng.uniform(0, rng.uniform(8, 25)) * SECOND;
        rawVote(b, t, r.account, choice, routers[r.router], r.phone.ua['4G'], source(d));
      });
    }
  },
};
