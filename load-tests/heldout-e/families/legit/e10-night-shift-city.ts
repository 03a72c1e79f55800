import type { Ballot } from '../../ballot';
import { humanPicks } from '../../choices';
import type { Person } from '../../crowd/person';
import { castVote, connect } from '../../crowd/person';
import { Household, homeCarrier } from '../../networks/connections';
import { HOUR, MINUTE, lastDay, localHour, wallClock } from '../../time';
import { candidateByRank, poissonArrivals, type Family, type Scene } from '../kit';

/**
 * A city of shift workers: electronics plants and logistics parks run night shifts, and the night
 * crowd votes for its own county, so every night (22:00–06:00) that candidate gets about four times
 * its daytime share. Organic: mostly fresh accounts each night, some regulars, many phone models,
 * cellular and dormitory WiFi, Poisson arrivals that only bunch up at the meal breaks.
 */

/** Votes for `target` and in all, in the day (07–22) and per night, in what the crowd has cast so far. */
function shares(ballot: Ballot, target: string): { dayShare: number; nights: { all: number; target: number }[] } {
  let day = 0;
  let dayTarget = 0;
  const nights = Array.from({ length: lastDay(ballot.cal) + 1 }, () => ({ all: 0, target: 0 }));
  for (const v of ballot.ledger.added()) {
    const h = localHour(v.at);
    const hit = v.candidateIds.includes(target);
    if (h >= 7 && h < 22) {
      day++;
      if (hit) dayTarget++;
    } else if (h >= 22 || h < 6) {
      // Night n runs from 22:00 of ballot day n to 06:00 of day n + 1.
      const n = Math.floor((v.at - ballot.cal.firstMidnight - 22 * HOUR) / (24 * HOUR));
      if (n >= 0 && n < nights.length) {
        nights[n].all++;
        if (hit) nights[n].target++;
      }
    }
  }
  return { dayShare: day ? dayTarget / day : 0, nights };
}

/** Shift breaks: the midnight meal and the 03:30 break bring people to their phones. */
function nightRate(t: number): number {
  const h = localHour(t);
  if (h >= 0 && h < 1) return 2.2;
  if (h >= 3.5 && h < 4.25) return 1.6;
  if (h >= 2 && h < 3) return 0.6;
  return 1;
}

function build({ rng, ballot, population }: Scene): void {
  const target = candidateByRank(rng, ballot, 1, 8);
  const id = ballot.candidates[target].id;
  const city = ballot.cityOf[target];
  const ratio = rng.uniform(3.6, 4.4);
  const { dayShare, nights } = shares(ballot, id);
  const dorms = Array.from({ length: rng.int(4, 8) }, () => new Household(city, homeCarrier(rng), false));
  const regulars: Person[] = [];
  nights.forEach((night, n) => {
    const s = Math.min(0.9, ratio * dayShare);
    const extra = Math.max(0, (s * night.all - night.target) / (1 - s));
    const from = Math.max(ballot.cal.opensAt, wallClock(ballot.cal, n, 22));
    const to = Math.min(ballot.cal.closesAt, wallClock(ballot.cal, n + 1, 6));
    if (extra < 1 || to <= from) return;
    const source = ballot.ledger.source({ name: `night-shift:night${n}`, kind: 'legit', candidateId: id, group: 'night-shift' });
    // The mean of nightRate over the night is about 1.07; scale so the night brings `extra` votes.
    const perMinute = extra / ((to - from) / MINUTE) / 1.07;
    for (const at of poissonArrivals(rng, from, to, (t) => perMinute * nightRate(t), perMinute * 2.2)) {
      const regular = regulars.length > 20 && rng.chance(0.3);
      const p = regular ? rng.pick(regulars) : population.person(rng, { city, profile: rng.chance(0.8) ? 'worker' : 'young', home: rng.chance(0.45) ? rng.pick(dorms) : null, office: null });
      if (!regular) regulars.push(p);
      castVote(ballot, source, p, at, humanPicks(rng, ballot, target), connect(rng, p, at, p.home && rng.chance(0.6) ? 'home' : 'cell'));
    }
  });
}

export const e10: Family = {
  id: 'E10',
  kind: 'legit',
  title: 'night-shift-city',
  description: 'Shift-worker city gives one candidate ~4x its day share every night 22–06: fresh accounts, many phones, cell + dorm WiFi',
  seeds: [1, 2, 3],
  build,
};
