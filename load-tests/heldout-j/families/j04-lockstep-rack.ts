import { MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { organicSize, scaled, type Family } from './family';
import { cast, idOf, source, target } from './kit';

/**
 * A 群控 phone wall: sixty identical budget phones bought in one lot, same WeChat build, driven by one
 * control PC. Every round the software taps all phones within a few seconds of each other; each
 * phone cycles through its eight stored accounts, one per round, through the small hours when
 * nobody watches the counts. Half the wall is on the room's router, half on 4G SIM cards.
 */
export const lockstepRack: Family = {
  id: 'J4',
  kind: 'attack',
  description: '群控 wall: ~60 identical phones x 8 accounts, lockstep rounds, 01:00-04:00 on 4 nights',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, net } = ctx;
    const main = target(ctx, 0.2, 0.6);
    const city = rng.int(0, 17);
    const model = rng.pick(['M2006C3LC', 'V2054A', 'PCAM00']);
    const build = rng.int(1, 3);
    const phones = scaled(ctx.scale, rng.int(50, 70), 4);
    const router = net.fixed(rng, city, 1)[0];
    const wall = Array.from({ length: phones }, (_, i) => ({
      device: makeDevice(rng, { model, build }),
      onRouter: i % 2 === 0,
      accounts: Array.from({ length: 8 }, () => ctx.ledger.newAccount()),
    }));
    const ids = [idOf(ctx, main)];
    const nights = rng.shuffle([1, 2, 3, 4, 5, 6]).slice(0, 4).sort();
    for (const night of nights) {
      const src = source(ctx, 'attack', `rack-night-${night}`, main, 'lockstep-rack');
      const start = rhythm.at(night, rng.uniform(1, 1.5));
      const period = rng.uniform(15, 20) * MINUTE;
      const sims = wall.map(() => net.cell(rng, city));
      for (let round = 0; round < 8; round++) {
        const t0 = start + round * period;
        wall.forEach((phone, i) => {
          const at = Math.floor(t0 + rng.uniform(0, 4000) + (rng.chance(0.03) ? rng.uniform(10, 40) * 1000 : 0));
          cast(ctx, src, phone.accounts[round], at, ids, phone.onRouter ? router : sims[i], phone.onRouter ? phone.device.wifi : phone.device.cell);
        });
      }
    }
  },
};
