import { HOUR } from '../calendar';
import { androidDevice, iosDevice, userAgent, type NetType } from '../devices';
import { nationwideResidentialIp } from '../networks';
import { midCandidate, selection } from '../ballot';
import { dayAt } from './crowds';
import type { Family } from './family';

/**
 * A residential proxy pool with rotating user agents: every vote a fresh account and a new
 * address somewhere in China, its string drawn from a list of genuine WeChat strings, at a
 * constant Poisson rate for a few evening hours.
 */
export const a4ProxyRotation: Family = {
  id: 'A4',
  kind: 'attack',
  description: 'residential proxy pool: 1200-2500 fresh accounts in 2-4 evening hours, a new nationwide IP per vote, UA rotated from 40-80 genuine strings, constant Poisson rate',
  seeds: [1, 2, 3],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(30_000, 110_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const nets: NetType[] = ['WIFI', '4G', '5G'];
    const strings = Array.from({ length: rng.int(40, 80) }, () => userAgent(rng.chance(0.3) ? iosDevice(rng) : androidDevice(rng), rng.pick(nets)));
    const hours = rng.uniform(2, 4);
    const votes = rng.int(1200, 2500);
    const start = dayAt(ballot, rng.int(1, cal.dayCount - 3), rng.uniform(18.5, 21));
    const meanGap = (hours * HOUR) / votes;
    const source = ledger.source({ name: 'proxy-pool', kind: 'attack', candidateId, group: 'proxy-pool' });
    let at = start;
    for (let i = 0; i < votes; i++) {
      at += rng.exponential(meanGap);
      ledger.add({ at: Math.round(at), accountId: ledger.newAccount(), candidateIds: selection(rng, ballot, target), ip: nationwideResidentialIp(rng), userAgent: rng.pick(strings), source });
    }
  },
};
