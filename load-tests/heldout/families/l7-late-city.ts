import { DAY, HOUR, MINUTE } from '../calendar';
import { castVote, makePerson, type Person } from '../people';
import { midCandidate, selection } from '../ballot';
import { cityOf } from './crowds';
import type { Family } from './family';

/**
 * A city that votes late: its evening news and its WeChat account push at 22:00, its residents vote
 * until past midnight, and many who voted before midnight vote again just after it, because the
 * rule allows one vote per calendar day.
 */
export const l7LateCity: Family = {
  id: 'L7',
  kind: 'legit',
  description: 'a city voting late: local news push at ~22:00 daily, votes until 01:30, a quarter of pre-midnight voters vote again just after midnight',
  seeds: [1, 2, 3],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(30_000, 120_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const where = cityOf(ballot, target);
    const source = ledger.source({ name: 'late-city', kind: 'legit', candidateId });
    const residents: Person[] = [];
    const nightly = rng.int(400, 1500);
    for (let d = 0; d < cal.dayCount; d++) {
      const push = cal.firstMidnight + d * DAY + rng.uniform(21.9, 22.4) * HOUR;
      const tonight = rng.shuffle(residents.filter(() => rng.chance(0.45))).slice(0, nightly);
      while (tonight.length < nightly * rng.uniform(0.85, 1.15)) {
        const p = makePerson(rng, ballot, where, { iosShare: 0.25 });
        residents.push(p);
        tonight.push(p);
      }
      const midnight = cal.firstMidnight + (d + 1) * DAY;
      for (const p of tonight) {
        const at = push + rng.logNormal(35, 0.8) * MINUTE;
        castVote(rng, ballot, p, at, selection(rng, ballot, target), source);
        if (at < midnight && midnight - at < 50 * MINUTE && rng.chance(0.25)) {
          castVote(rng, ballot, p, midnight + rng.logNormal(4, 0.7) * MINUTE, selection(rng, ballot, target), source);
        }
      }
    }
  },
};
