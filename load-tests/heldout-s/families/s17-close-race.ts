import { MINUTE } from '../../heldout/calendar';
import { byPull, type Doctor } from '../model/ballot';
import type { Person } from '../model/people';
import { organicSize, partSource, scaled, type Family } from './family';

/**
 * Two doctors are neck and neck for the last places. For the last three or four days each
 * camp's groups post a reminder at noon and in the evening (each camp at its own minutes), and
 * 600–1,200 loyal supporters per camp answer within a quarter hour, day after day.
 */
export const closeRace: Family = {
  id: 'S17',
  kind: 'legit',
  description: 'two neck-and-neck doctors: twice-daily reminder waves from both camps, last days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const ranked = byPull(ctx.ballot);
    const i = rng.int(5, 9);
    const camps: Doctor[] = [ranked[i], ranked[i + 1]];
    const from = rhythm.days - rng.int(4, 5);
    for (const doctor of camps) {
      const region = doctor.county.prefecture;
      const group = `reminders-${camps.indexOf(doctor) + 1}`;
      const loyal: Person[] = Array.from({ length: scaled(ctx.scale, rng.int(600, 1200), 4) }, () =>
        people.make(rng, { segment: rng.pick(['village', 'young', 'elder'] as const), routine: 'townsfolk', region, home: rng.chance(0.6) ? people.household(rng, region) : null }, doctor),
      );
      const noon = rng.uniform(0, 40);
      const evening = rng.uniform(0, 50);
      for (let d = from; d < rhythm.days; d++) {
        const source = partSource(ctx, 'legit', group, doctor.id, d);
        const pushes = [rhythm.clock(d, 12, noon + rng.uniform(-5, 5)), rhythm.clock(d, 20, evening + rng.uniform(-5, 5))];
        for (const p of loyal) {
          if (!rng.chance(0.72)) continue;
          people.cast(rng, p, rng.pick(pushes) + rng.gamma(1.2, 9 * MINUTE), doctor, source);
        }
      }
    }
  },
};
