import { dayRange, HOUR, MINUTE } from '../calendar';
import { androidDevice, userAgent } from '../devices';
import { nationwideResidentialIp } from '../networks';
import { midCandidate, selection } from '../ballot';
import type { Family } from './family';

/**
 * A slow attack over several days that never stands out in any one hour: a closed pool of bought
 * accounts, a handful of phones, addresses from a residential proxy pool, every account voting
 * every day at a random daytime minute on a flat schedule.
 */
export const a3SlowDrip: Family = {
  id: 'A3',
  kind: 'attack',
  description: 'slow drip over 4-6 days: 120-300 bought accounts vote every day at flat random daytime minutes, 5-10 phones, residential proxies',
  seeds: [1, 2, 3, 4],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(40_000, 140_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const phones = Array.from({ length: rng.int(5, 10) }, () => androidDevice(rng));
    const pool = Array.from({ length: rng.int(120, 300) }, () => ({ account: ledger.newAccount(), phone: rng.pick(phones) }));
    const firstDay = rng.int(1, 2);
    const days = Math.min(rng.int(4, 6), cal.dayCount - firstDay);
    const source = ledger.source({ name: 'slow-drip', kind: 'attack', candidateId, group: 'slow-drip' });
    for (let d = firstDay; d < firstDay + days; d++) {
      const [midnight] = dayRange(cal, d);
      // The operator tops the pool up a little each day.
      for (let k = rng.int(0, Math.floor(pool.length / 10)); k > 0; k--) pool.push({ account: ledger.newAccount(), phone: rng.pick(phones) });
      for (const member of pool) {
        if (!rng.chance(0.96)) continue;
        const at = midnight + 8 * HOUR + rng.uniform(0, 15.5 * 60) * MINUTE;
        ledger.add({ at: Math.round(at), accountId: member.account, candidateIds: selection(rng, ballot, target), ip: nationwideResidentialIp(rng), userAgent: userAgent(member.phone, rng.chance(0.6) ? 'WIFI' : '4G'), source });
      }
    }
  },
};
