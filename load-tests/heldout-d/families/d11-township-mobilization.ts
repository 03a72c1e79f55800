import { opensMessage } from '../model/arrivals';
import { clockTime } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import type { Person } from '../model/people';
import { cast } from '../model/scene';
import type { Family } from './family';
import { surgeSource, workdays } from './kit';

/**
 * Mobilisation the ordinary way: the county's party and government office sends a notice down to
 * every bureau, township and village committee asking staff to vote each day. Thousands of real
 * people vote within a couple of hours of the notice, most from their desks behind the handful of
 * NAT addresses of the government network; the next two mornings' reminders bring many back.
 */
export const D11: Family = {
  id: 'D11',
  kind: 'legit',
  title: 'government mobilisation behind 3-6 NATs, 2.5-4k, then 2 reminder mornings',
  description:
    'A county office notice reaches 2500-4000 staff and cadres who vote within a couple of hours on a weekday morning, about 80% from their desks behind 3-6 government-network NAT addresses; reminders on the next two workday mornings bring about half of them back.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3, 5] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const target = candidateRanked(rng, contest, 2, 9);
    const region = plan.region(contest.candidates[target].city);
    const nats = Array.from({ length: rng.int(3, 6) }, () => people.workplace(region, 800, 0.9));
    const days = workdays(scene, 1, 6).slice(0, 3);
    const staff: Person[] = [];
    for (let n = rng.int(2500, 4000); n > 0; n--) {
      staff.push(people.person({ region, cohort: rng.chance(0.85) ? 'adult' : 'elderly', work: rng.chance(0.8) ? rng.pick(nats) : null }));
    }
    days.forEach((day, k) => {
      const source = surgeSource(scene, `mobilisation, day ${day}`, target, 'D11 mobilisation');
      const notice = clockTime(cal, day, rng.uniform(8.6, 9.8));
      for (const p of staff) {
        if (k > 0 && !rng.chance(0.5)) continue;
        cast(scene, source, p, opensMessage(rng, notice, k === 0 ? 22 : 35, 1.0), choosePicks(rng, contest, target), rng);
      }
    });
  },
};
