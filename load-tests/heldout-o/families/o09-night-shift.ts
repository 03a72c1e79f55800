import { HOUR } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** A county of shift workers (electronics and steel) backs its candidate every night: ~4x its daytime share, Poisson arrivals. */
export const nightShift: Family = {
  id: 'O9',
  kind: 'legit',
  description: 'night-shift city: ~4x the candidate\'s daytime hourly rate every night 22:00-06:00, organic',
  seeds: [1, 2, 3],
  ballot: { category: 'county' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ledger, crowd, rhythm } = ctx;
    const c = midCandidate(ctx);
    const rate = Math.max(scaled(ctx.scale, 20, 2), (4 * crowd.daily(c.id)) / 16);
    const workers: Person[] = [];
    for (let d = 0; d < ctx.ballot.cal.dayCount; d++) {
      const src = ledger.source({ name: `night-${d}`, kind: 'legit', candidateId: c.id, group: 'night-shift' });
      let t = rhythm.at(d, 22 * 60);
      const end = t + 8 * HOUR;
      const voted = new Set<string>();
      while ((t += rng.exponential(HOUR / rate)) < end) {
        let p = workers.length > 20 && rng.chance(0.55) ? rng.pick(workers) : undefined;
        if (!p || voted.has(p.account)) {
          p = people.person(rng, { place: c.county, segment: 'budget', profile: 'migrant', homeShare: 0 });
          workers.push(p);
        }
        voted.add(p.account);
        people.vote(rng, p, t, people.selection(rng, c.id), src);
      }
    }
  },
};
