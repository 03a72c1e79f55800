import { HOUR, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import type { Person } from '../model/people';
import { daySources, organicSize, scaled, type Family } from './family';

/**
 * The county's schools back their county: each class teacher posts the vote in the class's parent
 * group (家长群) every evening at her usual time, 19:30–21:30, and asks parents to "打卡"; parents
 * answer within minutes from home broadband or 4G, fewer each day.
 */
export const parentGroups: Family = {
  id: 'K17',
  kind: 'legit',
  description: "parents' class groups: each class's teacher posts nightly, parents answer in minutes",
  seeds: [1, 2],
  ballot: { category: 'county' },
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, ballot, people, rhythm, scale } = ctx;
    const c = placeIndex(ballot, rng, undefined, ['basin', 'hills', 'panxi']);
    const area = people.areaOf(c);
    const src = daySources(ctx, 'parent-groups', 'legit', c);
    const classes = Array.from({ length: scaled(scale, rng.int(40, 60), 2) }, () => ({
      hour: rng.uniform(19.5, 21.5),
      parents: Array.from({ length: rng.int(40, 55) }, (): Person => people.make(rng, { candidate: c, segment: 'town', area, life: 'town', homeShare: 0.75 })),
    }));
    const first = rng.int(0, 2);
    for (let d = first, keep = 0.85; d < rhythm.days; d++, keep *= 0.9) {
      for (const k of classes) {
        if (rng.chance(0.1)) continue;
        const post = rhythm.dayStart(d) + k.hour * HOUR + rng.normal(0, 8) * MINUTE;
        for (const p of k.parents) {
          if (!rng.chance(keep)) continue;
          const at = rng.chance(0.8) ? post + rng.gamma(1.2, 7 * MINUTE) : rhythm.timeOn(rng, 'town', d);
          people.vote(rng, p, at, src(rhythm.dayOf(at)));
        }
      }
    }
  },
};
