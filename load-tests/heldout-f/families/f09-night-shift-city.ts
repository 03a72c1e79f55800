import type { Rng } from '../../heldout/prng';
import type { Family } from '../catalogue-types';
import type { Ballot } from '../ballot';
import { byPopularity } from '../ballot';
import { castBy, makePerson, type Person } from '../people';
import { HOUR, dayOf, hourOf, midnight } from '../time';
import { perDay } from './kit';

/** Shift workers vote in their breaks: the midnight meal break and the 03:00 pause stand out. */
const NIGHT_HOURS = [22, 23, 24, 25, 26, 27, 28, 29];
const NIGHT_WEIGHT = [0.9, 1.2, 1.7, 1.0, 0.7, 1.2, 0.6, 0.8];

const isNight = (ms: number): boolean => hourOf(ms) >= 22 || hourOf(ms) < 6;
const isDay = (ms: number): boolean => hourOf(ms) >= 8 && hourOf(ms) < 20;

/** The candidate's daytime share and, per night, the crowd's night votes and the candidate's part. */
function nightShares(b: Ballot, candidateId: string): { dayShare: number; nights: Map<number, { all: number; mine: number }> } {
  let day = 0;
  let mine = 0;
  const nights = new Map<number, { all: number; mine: number }>();
  for (const v of b.ledger.added()) {
    const has = v.candidateIds.includes(candidateId);
    if (isDay(v.at)) {
      day++;
      if (has) mine++;
    } else if (isNight(v.at)) {
      const n = dayOf(b.cal, v.at - 6 * HOUR);
      const e = nights.get(n) ?? { all: 0, mine: 0 };
      e.all++;
      if (has) e.mine++;
      nights.set(n, e);
    }
  }
  return { dayShare: day ? mine / day : 0, nights };
}

function nightInstant(rng: Rng, b: Ballot, night: number): number {
  const h = NIGHT_HOURS[rng.weightedIndex(NIGHT_WEIGHT)] + rng.next();
  return midnight(b.cal, night) + h * HOUR;
}

/**
 * An industrial city's night shift: factory and logistics workers vote for their county in their
 * breaks, every night, so the candidate's night share is about four times its daytime share.
 * Many phone models, carrier data and dorm Wi-Fi, Poisson arrivals; half the workers come back on
 * later nights, the rest are new accounts each night.
 */
export const F9: Family = {
  id: 'F9',
  kind: 'legit',
  description: 'night-shift city: ~4x the daytime share every night, organic arrivals',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(26_000, 38_000),
  build(rng, b) {
    // A well-liked county (share 4-16 % by day) so four times its share is a real night surge.
    const options = byPopularity(b).slice(0, 8).map((i) => ({ i, s: nightShares(b, b.candidates[i].id) }));
    const pick = options.find((c) => c.s.dayShare >= 0.04 && c.s.dayShare < 0.16) ?? options.find((c) => c.s.dayShare < 0.16) ?? options[0];
    const target = pick.i;
    const shares = pick.s;
    const ratio = rng.uniform(3.6, 4.4);
    const source = perDay(b, 'night-shift', 'legit', target);
    const dorms = Array.from({ length: rng.int(3, 8) }, () => b.nets.nat(rng, 2));
    const workers: { p: Person; last: number }[] = [];
    for (let night = 0; night < b.cal.dayCount - 1; night++) {
      const crowd = shares.nights.get(night) ?? { all: 0, mine: 0 };
      // Extra votes x so that (mine + x) / (all + x) is ratio times the daytime share.
      const want = Math.min(0.9, ratio * shares.dayShare);
      const extra = Math.max(0, Math.round((want * crowd.all - crowd.mine) / (1 - want)));
      const times = Array.from({ length: rng.poisson(extra) }, () => nightInstant(rng, b, night)).filter((t) => t >= b.cal.opensAt && t < b.cal.closesAt);
      // Half of earlier nights' workers come back tonight; the rest of tonight's votes are new people.
      const returning = rng.shuffle(workers.filter(() => rng.chance(0.5)));
      for (const t of times) {
        const day = dayOf(b.cal, t);
        let w = returning.pop();
        if (!w || w.last >= day) w = { p: makePerson(rng, b, { favourite: target, city: b.cityOf[target], owner: rng.chance(0.7) ? 'young' : 'adult' }), last: -1 };
        if (w.last === -1) workers.push(w);
        w.last = day;
        const where = rng.chance(0.35) ? b.nets.natAddr(rng, rng.pick(dorms)) : b.nets.mobile(rng, w.p.city, w.p.carrier);
        castBy(rng, b, w.p, t, source(night), where);
      }
      if (workers.length > 3000) workers.splice(0, workers.length - 3000);
    }
  },
};
