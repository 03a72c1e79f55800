import { MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { honestSource, organicSize, rankedCandidate, scaled, type Family } from './family';

/**
 * A township office schedules one message into two hundred-odd village and neighbourhood groups
 * at exactly 07:00 and 19:30 every day of the vote (a scheduled group send). Residents answer
 * within minutes of each, so the candidate's votes rise in two sharp daily spikes, all week.
 */
export const scheduledGroupSends: Family = {
  id: 'M17',
  kind: 'legit',
  description: 'scheduled group sends at 07:00 and 19:30 daily: two sharp spikes all week',
  seeds: [1, 2],
  ballot: { category: 'township' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.2, 0.7);
    const city = ballot.places[ci].city;
    const residents: Array<{ p: Person; morning: boolean; keen: number }> = Array.from({ length: scaled(ctx.scale, rng.int(1400, 2300), 20) }, () => {
      const p = people.make(rng, { city, segment: rng.pick(['town', 'town', 'elder', 'office', 'young'] as const) });
      return { p, morning: p.segment === 'elder' ? rng.chance(0.75) : rng.chance(0.35), keen: rng.uniform(0.35, 0.85) };
    });
    for (let d = 0; d < ballot.cal.dayCount; d++) {
      const src = honestSource(ctx, `group sends day ${d}`, ci, 'scheduled sends');
      for (const r of residents) {
        if (!rng.chance(r.keen)) continue;
        const t = rhythm.at(d, r.morning ? 7 * 60 : 19 * 60 + 30) + rng.gamma(1.0, 7 * MINUTE);
        if (t >= ballot.cal.opensAt && t < ballot.cal.closesAt) people.vote(rng, r.p, t, people.selection(rng, ci, 0.8), src);
      }
    }
  },
};
