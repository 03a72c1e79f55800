import { DAY, HOUR } from '../calendar';
import { randomDevice, userAgent } from '../devices';
import { cityNet, jiangxiCities, mobileIp } from '../networks';
import { midCandidate, selection } from '../ballot';
import type { Family } from './family';

/**
 * A lockstep cohort from a group-control rig (many phones driven by one console): the same
 * accounts vote together every day, in the same order, at a start time that shifts by hours from
 * day to day, over carrier 4G like ordinary phones.
 */
export const a5LockstepCohort: Family = {
  id: 'A5',
  kind: 'attack',
  description: 'lockstep cohort: 150-320 accounts on 30-60 rig phones vote every day in the same order within ~1 h, start shifting by hours, carrier 4G',
  seeds: [1, 2, 3],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(30_000, 120_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const net = cityNet(rng.pick(jiangxiCities));
    const phones = Array.from({ length: rng.int(30, 60) }, () => randomDevice(rng, { iosShare: 0.1 }));
    const cohort = Array.from({ length: rng.int(150, 320) }, (_, i) => ({ account: ledger.newAccount(), phone: phones[i % phones.length] }));
    const firstDay = rng.int(0, 1);
    for (let d = firstDay; d < cal.dayCount; d++) {
      const source = ledger.source({ name: `cohort-day-${d}`, kind: 'attack', candidateId, group: 'cohort' });
      let at = cal.firstMidnight + d * DAY + rng.uniform(7.5, 22) * HOUR;
      const gap = rng.uniform(8, 20) * 1000;
      for (const member of cohort) {
        if (!rng.chance(0.97)) continue;
        ledger.add({ at: Math.round(at), accountId: member.account, candidateIds: selection(rng, ballot, target), ip: mobileIp(rng, net, 'cmcc', 0.2), userAgent: userAgent(member.phone, '4G'), source });
        at += rng.gamma(4, gap / 4);
      }
    }
  },
};
