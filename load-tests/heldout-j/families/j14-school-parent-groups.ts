import { MINUTE } from '../../heldout/calendar';
import { makePerson, selection, type Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';
import { castAs, source, target } from './kit';

/**
 * A county's experimental school: the head asks every class teacher to post the link in the class
 * parents' group. Teachers post in the evening homework hour, each class a few minutes apart, and
 * parents answer a teacher quickly. The teachers repost on three more evenings; the same parents
 * answer again. Sharp little spikes, one per class, all for one town.
 */
export const schoolParentGroups: Family = {
  id: 'J14',
  kind: 'legit',
  description: 'school class parent groups: teachers post at 20:00-21:00, parents answer in minutes',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, ballot } = ctx;
    const main = target(ctx, 0.25, 0.75);
    const city = ballot.candidates[main].cityIndex;
    const classes: Array<{ parents: Array<{ p: Person; ids: string[]; keen: number }>; teacherHour: number }> = Array.from({ length: scaled(ctx.scale, rng.int(40, 70), 2) }, () => ({
      teacherHour: rng.uniform(19.8, 21.2),
      parents: Array.from({ length: rng.int(38, 56) }, () => ({
        p: makePerson(rng, ctx, { city, broadband: 0.85, urban: rng.chance(0.5) }),
        ids: selection(rng, ballot, main, ctx.crowd.popularity),
        keen: rng.uniform(0.3, 0.95),
      })),
    }));
    const evenings = [0, 1, 2, 5].map((d) => Math.min(d, rhythm.dayCount - 1));
    for (const [n, d] of evenings.entries()) {
      const src = source(ctx, 'legit', `parents-evening-${d}`, main, 'school-parents');
      for (const c of classes) {
        const post = rhythm.at(d, c.teacherHour + rng.normal(0, 0.15));
        for (const parent of c.parents) {
          if (!rng.chance(parent.keen * (n === 0 ? 1 : 0.7))) continue;
          castAs(ctx, rng, src, parent.p, Math.floor(post + (rng.chance(0.8) ? rng.exponential(9) : rng.uniform(20, 180)) * MINUTE), parent.ids);
        }
      }
    }
  },
};
