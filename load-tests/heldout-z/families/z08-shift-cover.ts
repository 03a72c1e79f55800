import { at } from '../model/ballot';
import { androidDevice, ua } from '../model/devices';
import { after, MIN } from '../model/people';
import { attackSource, candidateIn, fullDays, organicSize, raw, scaled, surgeSource, type Family } from './family';

/**
 * Miners of an Ordos coal mine back a Kubuqi desert-control worker every night as the shifts
 * change (an honest surge). A 4G modem pool (猫池) with 64–128 Ordos China Mobile SIMs hides in
 * the same minutes: fresh accounts each night, a handful of spoofed device profiles, Poisson pace.
 */
export const shiftCover: Family = {
  id: 'Z8',
  kind: 'attack',
  description: 'modem pool on Ordos mobile CGNAT hidden in real miners\' shift-change votes, 4-5 nights',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, net, scale } = ctx;
    const c = candidateIn(ctx, ['ordos'], 0.5);
    const miners = Array.from({ length: scaled(scale, rng.int(600, 1000), 10) }, () => people.make(rng, { league: 'ordos', life: 'miner', unit: rng.int(0, 3) }));
    const profiles = Array.from({ length: 6 }, (_, i) =>
      ua(androidDevice(rng, { model: ['22120RN86C', 'V2271A', 'PJJ110', 'MGA-AL00', 'CMA-AN00', '23076RA4BC'][i], android: 13, build: 'TP1A.220624.014', fiveG: true, wechat: [53, 2780] }), '4G'),
    );
    const days = fullDays(ctx);
    const first = rng.int(0, 1);
    const nights = days.slice(first, first + rng.int(4, 5));
    for (const d of days) {
      const honest = surgeSource(ctx, `z8-miners-d${d}`, c, 'z8-miners');
      const up = at(ballot.cal, d, 0.05);
      for (const m of miners) {
        if (!rng.chance(0.7)) continue;
        const r = rng.next();
        const t = r < 0.6 ? after(rng, up, 25, 1.6) : r < 0.8 ? at(ballot.cal, d, rng.uniform(23.3, 23.9)) : after(rng, at(ballot.cal, d, 8.1), 20, 1.6);
        people.vote(rng, m, t, c, honest);
      }
      if (!nights.includes(d)) continue;
      const src = attackSource(ctx, `z8-modems-d${d}`, c, 'z8-modems');
      const n = Math.round(miners.length * 0.7 * 0.6 * rng.uniform(0.6, 1));
      let t = up + rng.uniform(3, 8) * MIN;
      const mean = (85 * MIN) / n;
      for (let i = 0; i < n; i++) {
        t += rng.exponential(mean);
        raw(ctx, t, ctx.ledger.newAccount(), [c.id], net.mobile(rng, 'ordos', 'mobile'), rng.pick(profiles), src);
      }
    }
  },
};
