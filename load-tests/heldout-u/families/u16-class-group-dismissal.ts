import { MINUTE, isWeekend } from '../../heldout/calendar';
import { prefectureOf } from '../model/ballot';
import type { Person } from '../model/people';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

const AWAY = ['哈尔滨市', '北京', '辽宁', '山东', '天津'];

/**
 * U16, the class groups at dismissal: the teacher's central school has 30–45 classes, and every
 * school day at dismissal (15:35–15:55 in the dark of December) each class teacher pastes the
 * link into the class's parent group with "请家长们帮忙投一票". The same parents — or the
 * grandparents holding the group — vote within minutes, day after day, each class a little
 * cluster in the same quarter-hour. Parents working away answer the same message from wherever
 * they are. At weekends there is no reminder and only the keenest vote.
 */
export const classGroupDismissal: Family = {
  id: 'U16',
  kind: 'legit',
  description: 'class teachers remind 30-45 parent groups at 15:40 dismissal, daily',
  seeds: [1, 2],
  ballot: { term: 'school' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, scale } = ctx;
    const teacher = byRank(ctx, 3, 12);
    const region = prefectureOf(teacher);
    const source = sourcesPer(ctx, { name: 'class-groups', kind: 'legit', teacher });
    const classes = Array.from({ length: rng.int(30, 45) }, () => {
      const parents = Array.from({ length: scaled(scale, rng.int(20, 40), 1) }, () => {
        const away = rng.chance(0.15);
        const grand = !away && rng.chance(0.3);
        const p: Person = people.make(rng, {
          life: away ? 'migrant' : grand ? 'elder' : 'parent',
          segment: away ? 'budget' : grand ? 'elder' : 'rural',
          region: away ? rng.pick(AWAY) : region,
          home: 0.45,
        });
        return { p, keen: rng.uniform(0.55, 0.95) };
      });
      return { parents, minute: rng.uniform(15 * 60 + 35, 15 * 60 + 55) };
    });
    for (let d = 0; d < rhythm.days; d++) {
      const weekend = isWeekend(rhythm.at(d, 12 * 60));
      for (const c of classes) {
        const post = rhythm.at(d, c.minute + rng.normal(0, 3));
        for (const { p, keen } of c.parents) {
          if (!rng.chance(weekend ? keen * 0.3 : keen)) continue;
          // An @所有人 in the class group is answered at once by most; the rest see it when they are free.
          const t = weekend ? people.around(rng, d, p.habit, 40) : rng.chance(0.7) ? post + rng.gamma(1.3, 3.5) * MINUTE : rhythm.pickUp(rng, p.life, post + rng.gamma(1.3, 3.5) * MINUTE);
          if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt || rhythm.dayOf(t) !== d) continue;
          people.vote(rng, p, t, people.choices(rng, teacher), source(d));
        }
      }
    }
  },
};
