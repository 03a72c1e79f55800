import { HOUR, MINUTE } from '../../heldout/calendar';
import { placeNamed } from '../model/ballot';
import type { Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';

/**
 * Liuzhou's car and machinery plants run round the clock, and Liujiang's people work there. Every
 * night the night shift backs its district: at night the candidate's share of the ballot's votes is
 * about four times its daytime share. Organic in every way: fresh accounts join each night, half
 * come back the next, every brand of phone, Liuzhou carrier addresses, Poisson arrivals with more
 * in the 00:30 meal break and the 04:00 rest.
 */
export const nightShift: Family = {
  id: 'N9',
  kind: 'legit',
  description: 'Liuzhou night shift: ~4x the candidate\'s daytime share every night',
  seeds: [1, 2, 3],
  ballot: { category: 'county', maxChoices: 1, include: ['柳江区'], strong: '柳江区' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, ledger, scale } = ctx;
    const target = placeNamed(ballot, '柳江区');
    // Day and night shares of the organic crowd (22:00–06:00 is night).
    let day = 0;
    let dayMine = 0;
    let night = 0;
    let nightMine = 0;
    for (const v of ledger.added()) {
      const h = Math.floor(((v.at + 8 * HOUR) % (24 * HOUR)) / HOUR);
      const mine = v.candidateIds.includes(target.id);
      if (h >= 22 || h < 6) {
        night++;
        if (mine) nightMine++;
      } else {
        day++;
        if (mine) dayMine++;
      }
    }
    const share = Math.min(0.16, Math.max(0.03, dayMine / Math.max(1, day)));
    const nights = rhythm.days - 1;
    const perNightOrganic = night / nights;
    // Votes to add each night so that (mine + added) / (all + added) = 4 × daytime share.
    const want = (4 * share * perNightOrganic - nightMine / nights) / (1 - 4 * share);
    const perNight = Math.max(scaled(scale, 150, 10), Math.min(scaled(scale, 2000, 60), want));
    let workers: Person[] = [];
    for (let d = 0; d < nights; d++) {
      const source = ledger.source({ name: `N9 night ${d}`, kind: 'legit', candidateId: target.id, group: 'night shift' });
      const start = rhythm.clock(d, 22);
      const next: Person[] = [];
      const n = rng.poisson(perNight);
      for (let i = 0; i < n; i++) {
        const p =
          workers.length > 0 && rng.chance(0.5)
            ? workers.splice(rng.int(0, workers.length - 1), 1)[0]
            : people.make(rng, { area: 'liuzhou', profile: 'factory', segment: rng.chance(0.6) ? 'budget' : 'town', broadband: 0.3 });
        next.push(p);
        const r = rng.next();
        const at = r < 0.3 ? rhythm.clock(d + 1, 0, 30) + rng.gamma(1.5, 12 * MINUTE) : r < 0.5 ? rhythm.clock(d + 1, 4) + rng.gamma(1.5, 10 * MINUTE) : start + rng.uniform(0, 8 * HOUR);
        people.vote(rng, p, at, people.picks(rng, target), source);
      }
      workers = next;
    }
  },
};
