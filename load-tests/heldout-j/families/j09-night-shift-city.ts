import { makePerson, selection, type Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';
import { castAs, source, target } from './kit';

/**
 * The township around a big electronics plant (Zhengzhou's airport zone has one of the world's
 * largest): many of its line workers on twelve-hour nights. Word of the vote goes round the
 * dormitory and line groups; workers vote on their phones in the night meal break (around midnight)
 * or the 04:00 break, every night of the week, on mobile data or the dorm Wi-Fi. A few hundred
 * of them are enough to give the township several times its daytime share every night, all of it
 * from real, different people.
 */
export const nightShiftCity: Family = {
  id: 'J9',
  kind: 'legit',
  description: 'plant-town night shift: workers vote in the 00:00 and 04:00 breaks every night',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, ballot, net } = ctx;
    const main = target(ctx, 0.3, 0.8);
    const city = ballot.candidates[main].cityIndex;
    const dorms = net.fixed(rng, city, rng.int(6, 12));
    const workers: Array<{ p: Person; ids: string[]; p0: number; dormWifi: boolean }> = Array.from({ length: scaled(ctx.scale, rng.int(220, 600), 20) }, () => ({
      p: makePerson(rng, ctx, { city, urban: true, broadband: 0 }),
      ids: selection(rng, ballot, main, ctx.crowd.popularity),
      p0: rng.uniform(0.35, 0.85),
      dormWifi: rng.chance(0.25),
    }));
    // Breaks drift by line: each line's meal break starts at its own time.
    const lineBreak = Array.from({ length: 12 }, () => [rng.uniform(23.6, 24.6), rng.uniform(3.6, 4.4)]);
    for (let night = 0; night < rhythm.dayCount; night++) {
      const src = source(ctx, 'legit', `night-${night}`, main, 'night-shift');
      for (const [i, w] of workers.entries()) {
        // Rest days: one night in six off; interest fades a little over the week.
        if (!rng.chance(w.p0 * (1 - night * 0.05)) || rng.chance(1 / 6)) continue;
        const [meal, late] = lineBreak[i % 12];
        const hour = (rng.chance(0.7) ? meal : late) + rng.exponential(0.12) + rng.uniform(0, 0.25);
        const t = rhythm.at(night, hour);
        if (w.dormWifi) w.p.work = rng.pick(dorms);
        castAs(ctx, rng, src, { ...w.p, home: w.dormWifi ? [w.p.work ?? '', w.p.work ?? ''] : null }, t, w.ids);
      }
    }
  },
};
