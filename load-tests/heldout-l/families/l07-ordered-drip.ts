import { phone } from '../model/devices';
import { candidate, organicSize, scaled, type Family } from './family';

/**
 * A 4G modem pool (猫池) in the candidate's own city: a few hundred SIM accounts on China Mobile
 * CGNAT, each with a stable spoofed handset, dripped all week at a town's daily curve, a third to
 * a half of the candidate's organic volume. The control software walks the same account list in
 * the same order every day.
 */
export const orderedDrip: Family = {
  id: 'L7',
  kind: 'attack',
  description: 'modem-pool drip in the home city: all week, town curve, same account order daily',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net, crowd, rhythm, ballot } = ctx;
    const c = candidate(ctx, undefined, rng.int(1, 6));
    const size = Math.max(scaled(ctx.scale, 300, 5), Math.round(crowd.perDay(c.id) * rng.uniform(0.35, 0.55)));
    const pool = Array.from({ length: size }, () => ({ id: ledger.newAccount(), device: phone(rng, 'county') }));
    for (let d = 1; d < ballot.cal.dayCount; d++) {
      const src = ledger.source({ name: `drip-day${d}`, kind: 'attack', candidateId: c.id, group: 'drip' });
      const times = pool.map(() => rhythm.inDay(rng, 'town', d)).sort((a, b) => a - b);
      pool.forEach((a, i) => {
        if (!rng.chance(0.93)) return;
        ledger.add({ at: times[i], accountId: a.id, candidateIds: [c.id], ip: net.mobile(rng, c.city, 'mobile'), userAgent: a.device.ua('4G'), source: src });
      });
    }
  },
};
