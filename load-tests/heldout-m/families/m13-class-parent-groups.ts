import { MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/people';
import type { Province } from '../model/networks';
import { honestSource, organicSize, rankedCandidate, scaled, type Family } from './family';

const AWAY: readonly Province[] = ['jiangsu', 'shanghai', 'zhejiang'];

/**
 * The township's schools ask their class parent groups (家长群) to vote. Each head teacher posts
 * at noon or 20:30 on the school days; the children of this town are largely left behind, so
 * the answers come from grandparents at home on old phones and from parents working in Suzhou,
 * Shanghai and Hangzhou, on their lunch break or after their shift. Many classes post at the same
 * minute, so the candidate's votes come in two sharp daily waves.
 */
export const classParentGroups: Family = {
  id: 'M13',
  kind: 'legit',
  description: "class parent groups of a left-behind town: grandparents and parents in the delta",
  seeds: [1, 2],
  ballot: { category: 'township' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.2, 0.7);
    const city = ballot.places[ci].city;
    const classes = Array.from({ length: scaled(ctx.scale, rng.int(60, 110), 3) }, () => {
      const parents: Person[] = [];
      for (let i = rng.int(35, 55); i > 0; i--) {
        const r = rng.next();
        parents.push(
          r < 0.4
            ? people.make(rng, { city, segment: 'elder' })
            : r < 0.85
              ? people.make(rng, { city, province: rng.pick(AWAY), segment: 'migrant' })
              : people.make(rng, { city, segment: 'town' }),
        );
      }
      return { parents, slot: rng.chance(0.55) ? 12 * 60 : 20 * 60 + 30 };
    });
    let schoolDays = 0;
    for (let d = 1; d < ballot.cal.dayCount - 1 && schoolDays < 5; d++) {
      if (rhythm.isWeekend(rhythm.at(d, 720))) continue;
      schoolDays++;
      const src = honestSource(ctx, `parent groups day ${d}`, ci, 'parent groups');
      const answer = 0.75 * Math.pow(0.85, schoolDays - 1);
      for (const c of classes) {
        const post = rhythm.at(d, c.slot + rng.int(0, 3));
        for (const p of c.parents) {
          if (!rng.chance(answer)) continue;
          // Grandparents read at once; parents at work answer at the next break.
          const wait = p.segment === 'migrant' && c.slot === 12 * 60 ? rng.gamma(1.2, 25 * MINUTE) : rng.gamma(1.1, 10 * MINUTE);
          people.vote(rng, p, post + wait, people.selection(rng, ci, 0.9), src);
        }
      }
    }
  },
};
