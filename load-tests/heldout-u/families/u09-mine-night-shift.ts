import { HOUR } from '../../heldout/calendar';
import { prefectureOf } from '../model/ballot';
import type { Person } from '../model/people';
import { featured, organicSize, scaled, sourcesPer, type Family } from './family';

/** Night hours from 22:00 and how busy each is: before going down the pit, the boiler rounds, the 04:00 snow crews. */
const NIGHT: readonly number[] = [3, 3.5, 2.5, 2, 2.2, 2.5, 3, 3.5, 1.5];

/**
 * U9, a mining town's night: the teacher's pupils are miners' children. The night shift (the
 * 0点班, briefing at 23:00), the boiler men keeping the winter heating plant going, the hospital's
 * night nurses and the 04:00 snow-clearing crews vote between 22:00 and 06:30, four to six times
 * the teacher's daytime hourly rate. New workers hear of it every night, about half come back the
 * next; all on their own phones over mobile data, arrivals Poisson.
 */
export const mineNightShift: Family = {
  id: 'U9',
  kind: 'legit',
  description: 'mining town night shift, heating plant and snow crews vote 22:00-06:30',
  seeds: [1, 2],
  ballot: { include: { tag: 'mining' } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, crowd, scale } = ctx;
    const teacher = featured(ctx);
    const region = prefectureOf(teacher);
    const hourly = crowd.daily(teacher.id) / 15;
    const factor = rng.uniform(4, 6);
    const source = sourcesPer(ctx, { name: 'night-shift', kind: 'legit', teacher });
    let regulars: Person[] = [];
    for (let d = 0; d < rhythm.days; d++) {
      const start = rhythm.at(d, 22 * 60);
      const tonight: Person[] = [];
      for (let h = 0; h < NIGHT.length; h++) {
        const mean = Math.max(scaled(scale, 22, 1), hourly * factor * (NIGHT[h] / 2.6)) * (h === 8 ? 0.5 : 1);
        const n = rng.poisson(mean);
        for (let i = 0; i < n; i++) {
          const t = start + (h + rng.next() * (h === 8 ? 0.5 : 1)) * HOUR;
          if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt) continue;
          const p = regulars.length > 0 && rng.chance(0.5) ? regulars.splice(rng.int(0, regulars.length - 1), 1)[0] : people.make(rng, { life: 'village', segment: rng.chance(0.6) ? 'budget' : 'rural', region, home: 0 });
          tonight.push(p);
          people.vote(rng, p, t, people.choices(rng, teacher), source(`night${d}`));
        }
      }
      regulars = [...regulars, ...tonight];
    }
  },
};
