import { MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import type { Person } from '../model/people';
import { fullDays, organicSize, partSource, scaled, type Family } from './family';

/** Class breaks and the dormitory evening of a Guangxi medical university. */
const BREAKS: ReadonlyArray<[number, number]> = [[9, 40], [11, 50], [15, 40], [17, 30]];

/**
 * The doctor trained at Youjiang Medical University for Nationalities in Baise; its Youth League
 * pushes the vote to every class. 1,500–3,000 students vote in the minutes after a class ends or
 * in the dormitories after 21:30, on five days, 85% through three campus exits.
 */
export const campusWifi: Family = {
  id: 'S14',
  kind: 'legit',
  description: 'medical-university students behind 3 campus exits, after classes and in dorms',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 3, 12);
    const exits = net.campus(rng, 3);
    const classes: Person[][] = Array.from({ length: scaled(ctx.scale, rng.int(40, 70), 2) }, () =>
      Array.from({ length: rng.int(35, 50) }, () => people.make(rng, { segment: 'student', routine: 'student', region: 'Baise' }, doctor)),
    );
    for (const d of fullDays(ctx).slice(0, 5)) {
      const source = partSource(ctx, 'legit', 'campus', doctor.id, d);
      for (const members of classes) {
        if (!rng.chance(0.8)) continue;
        const evening = rng.chance(0.4);
        const [h, m] = evening ? [21, 30 + rng.uniform(0, 60)] : rng.pick(BREAKS);
        const cue = ctx.rhythm.clock(d, h, m);
        for (const p of members) {
          if (!rng.chance(0.75)) continue;
          const at = cue + (evening ? rng.exponential(35 * MINUTE) : rng.gamma(1.5, 2 * MINUTE));
          people.cast(rng, p, at, doctor, source, rng.chance(0.85) ? { ip: rng.pick(exits), link: 'wifi' } : undefined);
        }
      }
    }
  },
};
