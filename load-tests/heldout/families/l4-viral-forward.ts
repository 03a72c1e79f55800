import { MINUTE } from '../calendar';
import { jiangxiCities, jiangxiPopulation, outsideRegions } from '../networks';
import { castVote, makePerson } from '../people';
import { midCandidate, selection } from '../ballot';
import { comeBack, dayAt } from './crowds';
import type { Family } from './family';

/**
 * A viral forward: an article about one candidate spreads through WeChat groups. Some voters
 * forward it to a group, a group's members answer within minutes, some forward again: a
 * self-exciting cascade of fresh accounts from the candidate's city, the rest of the province and
 * its migrants, on every kind of phone and network.
 */
export const l4ViralForward: Family = {
  id: 'L4',
  kind: 'legit',
  description: 'viral forward: a near-critical cascade through WeChat groups, 2000-10000 fresh accounts over hours, home city + province + migrants',
  seeds: [1, 2, 3],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(30_000, 120_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidate = ballot.candidates[target];
    const source = ledger.source({ name: 'viral-forward', kind: 'legit', candidateId: candidate.id });
    const returns = ledger.source({ name: 'viral-returning', kind: 'organic', candidateId: candidate.id });
    const cap = rng.int(2000, 10000);
    const start = dayAt(ballot, rng.int(1, cal.dayCount - 3), rng.uniform(8, 21));
    const forwardChance = rng.uniform(0.13, 0.16);
    const groupSize = rng.uniform(6, 9);
    // The article's first readers: a local account's followers who open it within the first hour.
    const pending: number[] = Array.from({ length: rng.int(100, 300) }, () => start + rng.exponential(20) * MINUTE);
    let cast = 0;
    while (pending.length > 0 && cast < cap) {
      // Take the earliest pending vote so forwards follow their votes in time.
      let i = 0;
      for (let j = 1; j < pending.length; j++) if (pending[j] < pending[i]) i = j;
      const at = pending.splice(i, 1)[0];
      const r = rng.next();
      const home = r < 0.6 ? candidate.city : jiangxiCities[rng.weightedIndex(jiangxiPopulation)];
      const region = r > 0.85 ? rng.pick(outsideRegions) : home;
      const p = makePerson(rng, ballot, { region, home }, { iosShare: 0.22 });
      castVote(rng, ballot, p, at, selection(rng, ballot, target), source);
      comeBack(rng, ballot, p, at, target, 0.15, returns);
      cast++;
      if (rng.chance(forwardChance)) {
        const forwardAt = at + rng.logNormal(4, 1) * MINUTE;
        for (let k = rng.poisson(groupSize); k > 0; k--) pending.push(forwardAt + rng.logNormal(6, 1.1) * MINUTE);
      }
    }
  },
};
