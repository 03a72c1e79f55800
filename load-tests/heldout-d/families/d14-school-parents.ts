import { opensMessage } from '../model/arrivals';
import { clockTime, MINUTE } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import type { Person } from '../model/people';
import { cast } from '../model/scene';
import type { Family } from './family';
import { surgeSource, workdays } from './kit';

/**
 * A county's schools ask parents to vote: each class teacher posts in the class's parent group
 * (家长群), parents answer within minutes, many with a screenshot. Then every evening the teacher
 * posts the daily check-in (打卡) and a good share of parents vote again, at home, on Wi-Fi.
 */
export const D14: Family = {
  id: 'D14',
  kind: 'legit',
  title: 'school parent groups: 25-40 classes, lunchtime post, nightly check-ins',
  description:
    'Teachers of 25-40 classes post in their parent groups at lunchtime (each class within ~40 min of the school notice); about 70% of 40-55 parents per class vote within minutes; every following evening a check-in reminder around 20:30 brings about half of them back, mostly on home Wi-Fi.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3, 5] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const target = candidateRanked(rng, contest, 3, 10);
    const region = plan.region(contest.candidates[target].city);
    const start = rng.pick(workdays(scene, 0, 3).filter((d) => clockTime(cal, d, 12) > cal.opensAt));
    const school = clockTime(cal, start, rng.uniform(11.9, 12.4));
    const classes = Array.from({ length: rng.int(25, 40) }, () => {
      const parents: Person[] = [];
      for (let n = rng.int(40, 55); n > 0; n--) if (rng.chance(0.7)) parents.push(people.person({ region, cohort: 'adult' }));
      return { post: school + rng.uniform(0, 40) * MINUTE, parents, checkIn: rng.uniform(20, 21) };
    });
    // Check-ins run until the last evening the ballot is still open.
    for (let day = start; clockTime(cal, day, 21.5) < cal.closesAt; day++) {
      const source = surgeSource(scene, `school parents, day ${day}`, target, 'D14 school parents');
      const fade = 0.5 * 0.93 ** (day - start - 1);
      for (const c of classes) {
        const post = day === start ? c.post : clockTime(cal, day, c.checkIn + rng.uniform(-0.3, 0.3));
        for (const p of c.parents) {
          if (day > start && !rng.chance(fade)) continue;
          cast(scene, source, p, opensMessage(rng, post, day === start ? 9 : 14, 1.1), choosePicks(rng, contest, target), rng);
        }
      }
    }
  },
};
