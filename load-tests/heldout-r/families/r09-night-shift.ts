import { HOUR, MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import type { Person } from '../model/people';
import { daytimeHourly, organicSize, surgeSource, type Family } from './family';

/**
 * The night shift of a coal mine and its washing plant near the candidate's school (the miners'
 * children are its pupils) votes every night: Poisson arrivals at four to seven times the
 * candidate's daytime hourly rate from 22:00 to 06:00, bunched in the 00:30 meal break and the
 * 04:00 rest. Each night brings workers who never voted before; 30–70% of earlier ones return.
 * Budget phones of every brand, on their carriers' mobile data in the mine's city.
 */
export const nightShift: Family = {
  id: 'R9',
  kind: 'legit',
  description: 'mine night shift: 4-7x the daytime rate every night 22:00-06:00, fresh workers nightly, carrier IPs',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm } = ctx;
    const target = midTable(rng, ballot, 3, 14);
    const factor = rng.uniform(4, 7);
    const perNight = Math.max(10 * ctx.scale + 2, daytimeHourly(ctx, target) * factor * 8);
    const returning = rng.uniform(0.3, 0.7);
    const crew: Person[] = [];
    for (let d = 0; d < rhythm.days; d++) {
      const src = surgeSource(ctx, `R9-night${d}`, target, 'R9');
      const start = rhythm.at(d, 22);
      const n = rng.poisson(perNight);
      const tonight = crew.filter(() => rng.chance(returning));
      while (tonight.length < n) {
        const p = people.make(rng, { place: target.city, segment: 'migrant', market: 'worker', home: false });
        crew.push(p);
        tonight.push(p);
      }
      for (const p of rng.shuffle(tonight).slice(0, n)) {
        const r = rng.next();
        const at = r < 0.4 ? start + 2.5 * HOUR + rng.normal(0, 20 * MINUTE) : r < 0.6 ? start + 6 * HOUR + rng.normal(0, 15 * MINUTE) : start + rng.uniform(0, 8 * HOUR);
        people.vote(rng, p, at, [target.id], src);
      }
    }
  },
};
