import { HOUR, MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { honestSource, organicSize, rankedCandidate, type Family } from './family';

const NIGHT_HOURS = [22, 23, 0, 1, 2, 3, 4, 5];
const DAY_HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

/**
 * A coal and power town of Huainan/Huaibei where a large share works nights: the night shift
 * (00:00–08:00 underground, the power plant's night crew, the hospital) votes for its own place in
 * the canteen and the wash house, on its own phones over the mine town's mobile networks. Every
 * night the candidate gets about four times its daytime share of the votes, organically: Poisson
 * arrivals around the meal breaks, mostly new voters each night, many phone models.
 */
export const nightPopulation: Family = {
  id: 'M9',
  kind: 'legit',
  description: 'mining town of night-shift workers: ~4x its daytime share every night',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot, crowd } = ctx;
    const ci = rankedCandidate(ctx, 0.05, 0.35);
    const city = rng.pick(['淮南市', '淮北市']);
    const sum = (hs: readonly number[], i?: number) => hs.reduce((n, h) => n + (i === undefined ? crowd.hourly.reduce((m, c) => m + c[h], 0) : crowd.hourly[i][h]), 0);
    const share = sum(DAY_HOURS, ci) / Math.max(1, sum(DAY_HOURS));
    const nightPerNight = sum(NIGHT_HOURS) / 7;
    const factor = rng.uniform(3.6, 4.4);
    const extra = ((factor - 1) * share * nightPerNight) / Math.max(0.2, 1 - factor * share);
    const workers: Person[] = [];
    for (let d = 0; d < ballot.cal.dayCount - 1; d++) {
      const src = honestSource(ctx, `night ${d}`, ci, 'night shift');
      const n = rng.poisson(extra);
      for (let i = 0; i < n; i++) {
        const old = workers.length > 0 && rng.chance(0.35);
        const p = old ? rng.pick(workers) : people.make(rng, { city, segment: rng.chance(0.75) ? 'town' : 'young', tier: rng.pick(['budget', 'mid', 'old', 'flagship'] as const) });
        if (!old) workers.push(p);
        // The hours: 22:00 before the shift, the 00:30–01:30 meal, the 03:30 break, and spread.
        const r = rng.next();
        const offset = r < 0.25 ? rng.uniform(0, 2) * HOUR : r < 0.6 ? 2.5 * HOUR + rng.normal(0, 25) * MINUTE : r < 0.8 ? 5.5 * HOUR + rng.normal(0, 20) * MINUTE : rng.uniform(0, 8) * HOUR;
        people.vote(rng, p, rhythm.at(d, 22 * 60) + offset, people.selection(rng, ci, 0.7), src);
      }
    }
  },
};
