import { cityNet } from '../networks';
import { midCandidate } from '../ballot';
import { cityOf, dayAt, humanBurst } from './crowds';
import type { Family } from './family';

/**
 * A county mobilizes its residents behind very few NATs: the county and township government
 * buildings' lines carry most of the votes, thousands of fresh accounts in two or three hours,
 * sometimes again on a second day.
 */
export const l3CountyMobilization: Family = {
  id: 'L3',
  kind: 'legit',
  description: 'county mobilization behind 3-8 government NATs: 3000-9000 fresh accounts in 2-3 h, 65% via the NATs, sometimes a second day',
  seeds: [1, 2, 3],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(30_000, 120_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const county = cityOf(ballot, target);
    const nats = rng.shuffle([...cityNet(county.region).offices]).slice(0, rng.int(3, 8));
    const returns = ledger.source({ name: 'mobilized-returning', kind: 'organic', candidateId });
    const day = rng.int(1, cal.dayCount - 3);
    const waves = rng.chance(0.5) ? 2 : 1;
    for (let w = 0; w < waves; w++) {
      const source = ledger.source({ name: `mobilization-${w + 1}`, kind: 'legit', candidateId, group: 'mobilization' });
      humanBurst(rng, ballot, {
        source,
        candidate: target,
        size: rng.int(3000, 9000) >> w,
        start: dayAt(ballot, day + w, rng.uniform(8.5, 15)),
        groups: rng.int(10, 30),
        forwardMeanMin: 25,
        responseMedianMin: 14,
        where: () => county,
        taste: { iosShare: 0.14, budget: true },
        via: (r) => (r.chance(0.65) ? { ip: r.pick(nats), wifi: true } : undefined),
        returnChance: 0.2,
        returnSource: returns,
      });
    }
  },
};
