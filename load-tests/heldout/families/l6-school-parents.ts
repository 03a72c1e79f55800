import { DAY, HOUR, MINUTE } from '../calendar';
import { cityNet, type Carrier } from '../networks';
import { castVote, makePerson, type Person } from '../people';
import { midCandidate, selection } from '../ballot';
import { cityOf } from './crowds';
import type { Family } from './family';

/**
 * A school's parents: the head asks the class teachers, each teacher posts in the class's parent
 * group in the evening, parents answer within minutes from home. A class's families often live in
 * the same compound on the same broadband provider, whose carrier-grade NAT puts them behind a few
 * addresses.
 */
export const l6SchoolParents: Family = {
  id: 'L6',
  kind: 'legit',
  description: "a school's parents: 40-120 class groups, each teacher's evening post answered within minutes, many parents behind a compound's broadband NAT, every day",
  seeds: [1, 2, 3],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(25_000, 100_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const where = cityOf(ballot, target);
    const net = cityNet(where.region);
    const classes = Array.from({ length: rng.int(40, 120) }, () => {
      // Mobile's home broadband shares addresses; a compound is one provider.
      const carrier: Carrier = rng.chance(0.5) ? 'cmcc' : 'telecom';
      const compoundNat = Array.from({ length: rng.int(1, 3) }, () => `${rng.pick(net.broadband[carrier])}.${rng.int(2, 254)}`);
      const parents: { p: Person; nat: boolean }[] = Array.from({ length: rng.int(35, 50) }, () => ({
        p: makePerson(rng, ballot, where, { iosShare: 0.3 }),
        nat: carrier === 'cmcc' && rng.chance(0.6),
      }));
      return { compoundNat, parents };
    });
    const source = ledger.source({ name: 'school-parents', kind: 'legit', candidateId });
    const firstDay = rng.int(0, 2);
    for (let d = firstDay; d < cal.dayCount; d++) {
      const evening = cal.firstMidnight + d * DAY;
      for (const c of classes) {
        const post = evening + rng.uniform(d === firstDay ? 19 : 18.5, 21.5) * HOUR;
        for (const { p, nat } of c.parents) {
          if (!rng.chance(d === firstDay ? 0.8 : 0.5)) continue;
          const at = post + rng.logNormal(5, 1.1) * MINUTE;
          const ip = nat ? rng.pick(c.compoundNat) : p.homeIp;
          castVote(rng, ballot, p, at, selection(rng, ballot, target), source, rng.chance(0.85) ? { ip, wifi: true } : undefined);
        }
      }
    }
  },
};
