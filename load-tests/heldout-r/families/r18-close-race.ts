import { MINUTE } from '../../heldout/calendar';
import type { Family } from './family';
import { organicSize, scaled, surgeSource } from './family';
import type { Person } from '../model/people';

/**
 * A close race for the last seat: two neighbouring counties' teachers, level on day 5, and both
 * camps push reminders into their groups every hour or two from 08:00 to 23:00 on the last two
 * days; each push brings 80–250 supporters (many of them people who had stopped voting), on
 * their own phones and networks.
 */
export const closeRace: Family = {
  id: 'R18',
  kind: 'legit',
  description: 'close race: two camps pushing hourly reminders on the last two days, 80-250 votes per push',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm } = ctx;
    const [a, b] = rng.shuffle(ballot.byPull.slice(6, 12)).slice(0, 2);
    for (const c of [a, b]) {
      const camp: Person[] = Array.from({ length: scaled(ctx.scale, rng.int(1500, 3000), 20) }, () =>
        people.make(rng, { place: rng.chance(0.8) ? c.city : '郑州', segment: rng.pick(['village', 'townOffice', 'city', 'elder'] as const), home: rng.chance(0.6) }),
      );
      for (let d = Math.max(0, rhythm.days - 3); d < rhythm.days; d++) {
        const src = surgeSource(ctx, `R18-${c.id.slice(0, 4)}-day${d}`, c, `R18-${c.id.slice(0, 8)}`);
        const voted = new Set<Person>();
        for (let hour = 8 + rng.uniform(0, 1); hour < 23; hour += rng.uniform(1, 2)) {
          const push = rhythm.midnight(d) + hour * 3600_000;
          const n = scaled(ctx.scale, rng.int(80, 250), 2);
          for (let i = 0; i < n; i++) {
            const p = rng.pick(camp);
            if (voted.has(p)) continue;
            voted.add(p);
            people.vote(rng, p, push + rng.gamma(1.3, 10 * MINUTE), [c.id], src);
          }
        }
      }
    }
  },
};
