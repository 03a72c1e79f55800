import { MINUTE } from '../../heldout/calendar';
import { supporter } from '../model/crowd';
import type { Person } from '../model/people';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

const BREAKS = [9.67, 11.67, 15.67, 17.33];

/**
 * A vocational college next to the township: its counsellors ask classes to vote, and a class of
 * 35-50 does so together in the minutes after a lesson ends, or in the dorms after 21:30, 85%
 * through the campus's three NAT exits, every day.
 */
export const campus: Family = {
  id: 'Q16',
  kind: 'legit',
  description: 'college classes vote together after lessons or in dorms, 85% via 3 campus NAT exits, daily',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const exits = net.nat(rng, 3);
    const classes: Person[][] = Array.from({ length: scaled(scale, rng.int(40, 60), 2) }, () =>
      Array.from({ length: rng.int(35, 50) }, () => supporter(rng, people, c, 'student')),
    );
    let keep = 0.8;
    for (const d of daysFrom(ctx, rng.int(0, 1), rhythm.days)) {
      const src = source(ctx, 'legit', `q16-campus-${d}`, ci, 'q16-campus');
      for (const cls of classes) {
        const dorm = rng.chance(0.3);
        const at0 = dorm ? rhythm.at(d, rng.uniform(21.5, 22.8)) : rhythm.at(d, rng.pick(BREAKS));
        for (const p of cls) {
          if (!rng.chance(keep)) continue;
          const at = at0 + (dorm ? rng.exponential(25 * MINUTE) : rng.gamma(1.3, 1.5 * MINUTE));
          people.vote(rng, p, at, people.selection(rng, ci), src, rng.chance(0.85) ? { ip: rng.pick(exits), net: 'WIFI' } : undefined);
        }
      }
      keep *= 0.9;
    }
  },
};
