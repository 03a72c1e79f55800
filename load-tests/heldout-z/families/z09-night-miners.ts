import { at } from '../model/ballot';
import { after } from '../model/people';
import { candidateIn, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * Wuhai's coal miners back a colleague's mother, who plants saxaul on the Gander mountain: when the
 * 16:00–24:00 shift comes up the shaft just after midnight, before the 00:00 shift goes down, and
 * after the morning cage, they vote from the dormitory Wi-Fi or the mine's cell. Several times the
 * candidate's daytime rate, every night, for a week.
 */
export const nightMiners: Family = {
  id: 'Z9',
  kind: 'legit',
  description: 'night population: 900-1,600 Wuhai/Ordos miners voting at the midnight shift change every night',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, scale } = ctx;
    const c = candidateIn(ctx, ['wuhai', 'ordos'], 0.55);
    const miners = Array.from({ length: scaled(scale, rng.int(900, 1600), 20) }, () => ({
      p: people.make(rng, { league: c.league, life: 'miner', unit: rng.int(0, 3) }),
      keen: rng.uniform(0.45, 0.9),
      joins: Math.floor(rng.exponential(1.2)),
    }));
    for (let d = 0; d < ballot.cal.dayCount; d++) {
      const src = surgeSource(ctx, `z9-night-d${d}`, c, 'z9-night');
      for (const m of miners) {
        if (d < m.joins || !rng.chance(m.keen)) continue;
        const r = rng.next();
        const t =
          r < 0.5 ? after(rng, at(ballot.cal, d, 0.05), 22, 1.4)
          : r < 0.7 ? at(ballot.cal, d, rng.uniform(22.9, 23.85))
          : r < 0.85 ? after(rng, at(ballot.cal, d, 8.15), 18, 1.4)
          : ctx.rhythm.timeOn(rng, 'miner', d);
        people.vote(rng, m.p, t, c, src);
      }
    }
  },
};
