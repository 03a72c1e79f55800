import { at } from '../model/ballot';
import { phoneFor, ua } from '../model/devices';
import { TELECOM_BLOCKS } from '../model/networks';
import { attackSource, candidateIn, fullDays, organicSize, raw, scaled, type Family } from './family';

/**
 * A group-control (群控) ring in a Baotou flat: 24–36 second-hand phones of mixed models on one
 * PC, three accounts each. Every evening at the same time the software fires round after round:
 * each round, every phone votes within a few seconds of the others; the same accounts every day.
 */
export const lockstepRing: Family = {
  id: 'Z4',
  kind: 'attack',
  description: 'lockstep ring: 24-36 mixed phones x 3 accounts, rounds within seconds, same 21:00 slot on 5 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, scale } = ctx;
    const c = candidateIn(ctx, ['baotou', 'hohhot', 'ordos', 'bayannur'], 0.5);
    const lines = [...net.pool('z4-lines', 2, TELECOM_BLOCKS, false), net.mobile(rng, 'baotou', 'mobile')];
    const phones = Array.from({ length: scaled(scale, rng.int(24, 36), 3) }, () => ({
      device: phoneFor(rng, rng.chance(0.5) ? 'budget' : 'mid'),
      accounts: [ctx.ledger.newAccount(), ctx.ledger.newAccount(), ctx.ledger.newAccount()],
      line: rng.pick(lines),
      lag: rng.uniform(0, 2500),
    }));
    const slot = rng.uniform(20.8, 21.4);
    const days = fullDays(ctx);
    const first = rng.int(0, 1);
    for (const d of days.slice(first, first + 5)) {
      const src = attackSource(ctx, `z4-ring-d${d}`, c, 'z4-ring');
      let t = at(ballot.cal, d, slot) + rng.normal(0, 120_000);
      for (let round = 0; round < 3; round++) {
        for (const ph of phones) {
          const tt = t + ph.lag + rng.uniform(0, 3000);
          raw(ctx, tt, ph.accounts[round], [c.id], ph.line, ua(ph.device, 'WIFI'), src);
        }
        t += rng.uniform(70_000, 100_000);
      }
    }
  },
};
