import { DAY, HOUR, MINUTE } from '../calendar';
import { androidDevice, iosDevice } from '../devices';
import { castVote, makePerson, maybeRedial, type Person } from '../people';
import { midCandidate, selection } from '../ballot';
import { cityOf } from './crowds';
import type { Family } from './family';

/**
 * Relatives sharing a phone: in a township's villages, the young person of each household votes
 * with their own account and then logs in the parents' and grandparents' accounts on the same
 * phone, one after another, from the home connection, every evening after the village group's
 * reminder.
 */
export const l5SharedFamilyPhone: Family = {
  id: 'L5',
  kind: 'legit',
  description: "relatives sharing a phone: 250-600 village households vote 2-5 accounts in a row on one phone from home, every evening after the village group's reminder",
  seeds: [1, 2, 3],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(25_000, 100_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const where = cityOf(ballot, target);
    const households = Array.from({ length: rng.int(250, 600) }, () => {
      const device = rng.chance(0.15) ? iosDevice(rng) : androidDevice(rng, { budget: true });
      const members: Person[] = [];
      for (let k = rng.weightedIndex([0, 0, 4, 3, 2, 1]); k > 0; k--) {
        const p = makePerson(rng, ballot, where, { iosShare: 0 });
        p.device = device;
        members.push(p);
      }
      for (const m of members) m.homeIp = members[0].homeIp;
      return members;
    });
    const source = ledger.source({ name: 'family-phones', kind: 'legit', candidateId });
    const firstDay = rng.int(0, 2);
    for (let d = firstDay; d < cal.dayCount; d++) {
      const reminder = cal.firstMidnight + d * DAY + rng.uniform(18.5, 21) * HOUR;
      for (const members of households) {
        if (!rng.chance(d === firstDay ? 0.85 : 0.65)) continue;
        let at = reminder + rng.logNormal(25, 0.9) * MINUTE;
        maybeRedial(rng, members[0]);
        for (const m of members) {
          m.homeIp = members[0].homeIp;
          if (!rng.chance(0.92)) continue;
          castVote(rng, ballot, m, at, selection(rng, ballot, target), source, { ip: m.homeIp, wifi: true });
          // Log out, pick the next account, scan or type the password, vote.
          at += rng.logNormal(55, 0.45) * 1000;
        }
      }
    }
  },
};
