import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { AWAY } from '../model/networks';
import { attackSource, dayBetween, organicSize, scaled, type Family } from './family';

/**
 * A hired "vote team" (投票群): 120–260 members across China, paid per day, vote for the same
 * candidate together when the organiser posts the link at the same evening hour, day after day
 * for five or six days; each member answers within a minute or two on their own phone.
 */
export const lockstepGroup: Family = {
  id: 'R3',
  kind: 'attack',
  description: 'hired vote team of 120-260 accounts voting together at one signal each evening, 5-6 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm } = ctx;
    const target = midTable(rng, ballot, 5, 16);
    const size = scaled(ctx.scale, rng.int(120, 260), 8);
    const team = Array.from({ length: size }, () =>
      people.make(rng, { place: rng.chance(0.75) ? rng.pick(AWAY) : '郑州', segment: rng.chance(0.5) ? 'migrant' : 'city', home: rng.chance(0.4) }),
    );
    const signalHour = rng.uniform(20, 21.5);
    const first = dayBetween(ctx, 0, 1);
    const days = rng.int(5, 6);
    for (let d = Math.max(first, 0); d < Math.min(first + days, rhythm.days); d++) {
      const src = attackSource(ctx, `R3-day${d}`, target, 'R3');
      const signal = rhythm.midnight(d) + signalHour * 3600_000 + rng.normal(0, 3 * MINUTE);
      for (const p of team) if (rng.chance(0.93)) people.vote(rng, p, signal + rng.gamma(2, 20_000), [target.id], src);
    }
  },
};
