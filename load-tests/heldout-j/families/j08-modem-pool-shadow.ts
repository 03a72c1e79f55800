import { MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { makePerson } from '../model/crowd';
import { pushTimes } from '../model/rhythm';
import { organicSize, scaled, type Family } from './family';
import { cast, castAs, idOf, source, target } from './kit';

/**
 * A township's real supporters push it in their village groups on four evenings. Each time, a
 * 猫池 (a rack of 4G SIM modules in the same city) shadows the push: about 40% on top, copying the
 * real push's start and decay so the two curves look like one, on fresh accounts, with a user agent
 * picked per request from a list of twenty.
 */
export const modemPoolShadow: Family = {
  id: 'J8',
  kind: 'attack',
  description: '4G modem pool shadowing real village-group pushes (+40%), UA list of 20, 4 evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, net, ballot } = ctx;
    const main = target(ctx, 0.2, 0.55);
    const city = ballot.candidates[main].cityIndex;
    const ids = [idOf(ctx, main)];
    const uas = Array.from({ length: 20 }, () => makeDevice(rng).cell);
    const evenings = rng.shuffle([1, 2, 3, 4, 5, 6]).slice(0, 4).sort();
    for (const d of evenings) {
      const start = rhythm.at(d, rng.uniform(19.2, 20.6));
      const size = scaled(ctx.scale, rng.int(700, 1300), 10);
      const halfLife = rng.uniform(30, 60);
      const honest = source(ctx, 'legit', `village-push-${d}`, main, 'village-push');
      for (const t of pushTimes(rng, start, size, 10, halfLife)) castAs(ctx, rng, honest, makePerson(rng, ctx, { city, elderly: rng.chance(0.3), broadband: 0.6 }), t, ids);
      const shadow = source(ctx, 'attack', `modem-pool-${d}`, main, 'modem-pool');
      for (const t of pushTimes(rng, start + rng.uniform(2, 8) * MINUTE, Math.round(size * rng.uniform(0.32, 0.48)), 10, halfLife * rng.uniform(0.9, 1.2))) {
        cast(ctx, shadow, ctx.ledger.newAccount(), t, ids, net.cell(rng, city), rng.pick(uas));
      }
    }
  },
};
