import { HOUR, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import type { Person } from '../model/people';
import { daySources, organicSize, type Family } from './family';

/**
 * Shuangliu by night: the airport's night shifts, the express sorting hubs, hot-pot and 烧烤
 * restaurants that close at 01:00 and the night-market stalls all back their district. Every
 * night from 22:30 to 04:00 they give it several times its daytime hourly share: Poisson arrivals
 * around the restaurants' closing (23:30–01:30), the hubs' 00:30 meal break and 03:00 rest; new
 * workers join each night and many come back; their own phones, Chengdu mobile and shop Wi-Fi.
 */
export const nightPopulation: Family = {
  id: 'K9',
  kind: 'legit',
  description: "Shuangliu's night workers (airport, sorting hubs, hot-pot staff): 3-6x daytime rate nightly",
  seeds: [1, 2, 3],
  ballot: { category: 'county', include: ['双流区'] },
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, ballot, people, rhythm, crowd } = ctx;
    const c = placeIndex(ballot, rng, '双流区');
    const src = daySources(ctx, 'night-population', 'legit', c);
    const dayHourly = crowd.perDay(c) / 16;
    const factor = rng.uniform(3, 6);
    let workers: Person[] = [];
    for (let night = 0; night < rhythm.days; night++) {
      const start = rhythm.dayStart(night) + 22.5 * HOUR;
      const n = rng.poisson(factor * dayHourly * 5.5);
      const tonight: Person[] = [];
      for (let i = 0; i < n; i++) {
        const r = rng.next();
        const at =
          r < 0.45 ? start + rng.uniform(1, 3) * HOUR : r < 0.7 ? start + 2 * HOUR + rng.normal(0, 12) * MINUTE : r < 0.85 ? start + 4.5 * HOUR + rng.normal(0, 15) * MINUTE : start + rng.uniform(0, 5.5) * HOUR;
        const p =
          workers.length > 0 && rng.chance(0.55)
            ? workers.splice(rng.int(0, workers.length - 1), 1)[0]
            : people.make(rng, { candidate: c, segment: rng.chance(0.6) ? 'migrant' : 'town', area: 'sichuan:成都市', life: 'night', homeShare: 0.35 });
        people.vote(rng, p, at, src(rhythm.dayOf(at)), undefined, [ballot.candidates[c].id, ...people.choices(rng, c).slice(1)]);
        tonight.push(p);
      }
      workers = [...workers.filter(() => rng.chance(0.5)), ...tonight];
    }
  },
};
