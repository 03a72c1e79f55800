import { MINUTE } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * Yanjiao (Sanhe) sleeps in Hebei and works in Beijing: residents vote for their station's officer
 * on the 06:00–07:30 buses into Beijing, at lunch from Beijing offices and Beijing mobile data,
 * and late at home on Sanhe broadband, day after day.
 */
export const yanjiaoCommuters: Family = {
  id: 'Y13',
  kind: 'legit',
  description: 'Yanjiao commuters vote on 6am buses, from Beijing offices at noon, at home late',
  seeds: [1, 2],
  ballot: { need: { target: { county: '三河市', unit: () => '三河市公安局燕郊派出所', pull: 1.0 } } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, net } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'legit', 'yanjiao', target);
    const offices = Array.from({ length: 90 }, () => net.nat(rng, rng.int(1, 3), 'beijing'));
    const n = scaled(ctx.scale, rng.int(2500, 4000), 12);
    for (let i = 0; i < n; i++) {
      const p = people.make(rng, { city: '廊坊', life: 'commuter', beijingNat: rng.pick(offices) });
      const slot = rng.weightedIndex([40, 30, 30]);
      const keen = rng.uniform(0.4, 0.85);
      for (let d = rng.int(0, 1); d < ballot.cal.dayCount; d++) {
        if (!rng.chance(keen)) continue;
        const h = slot === 0 ? rng.uniform(5.9, 7.6) : slot === 1 ? rng.uniform(12, 13.2) : rng.uniform(21, 23.3);
        people.cast(rng, p, rhythm.clock(d, h) + rng.uniform(0, 2) * MINUTE, people.selection(rng, target.id, 0.2), src(d));
      }
    }
  },
};
