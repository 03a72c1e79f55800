import { MINUTE } from '../calendar';
import { androidDevice, userAgent } from '../devices';
import { cityNet, jiangxiCities, mobileIp } from '../networks';
import { castVote, makePerson, randomRegion } from '../people';
import { midCandidate, popularCandidate, selection } from '../ballot';
import { dayAt } from './crowds';
import type { Family } from './family';

/**
 * A script mixed into an article-push surge: the official account pushes a reminder and tens of
 * thousands of followers vote for everyone; in the first half hour a script sends batches for one
 * candidate through a 4G modem pool (carrier NAT addresses, like any phone) with a few strings,
 * each batch on a whole multiple of its timer.
 */
export const a6ScriptInPush: Family = {
  id: 'A6',
  kind: 'attack',
  description: 'article-push surge (5k-12k honest votes for all) with a batch script for one candidate in its first 40 min: 4G modem pool, 3-5 UAs, timer-aligned batches',
  seeds: [1, 2, 3],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(30_000, 100_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const push = dayAt(ballot, rng.int(1, cal.dayCount - 3), rng.pick([12.1, 18.05, 20.5]));
    const surge = ledger.source({ name: 'push-surge', kind: 'organic' });
    const followers = rng.int(5000, 12000);
    for (let i = 0; i < followers; i++) {
      const p = makePerson(rng, ballot, randomRegion(rng), { iosShare: 0.22 });
      const at = push + rng.logNormal(14, 1.1) * MINUTE;
      const choice = rng.chance(0.6) ? popularCandidate(rng, ballot, p.home) : popularCandidate(rng, ballot);
      castVote(rng, ballot, p, at, selection(rng, ballot, choice), surge);
    }
    const net = cityNet(rng.pick(jiangxiCities));
    const modems = Array.from({ length: rng.int(20, 40) }, () => mobileIp(rng, net, rng.chance(0.7) ? 'cmcc' : 'unicom', 0));
    const strings = Array.from({ length: rng.int(3, 5) }, () => userAgent(androidDevice(rng), '4G'));
    const script = ledger.source({ name: 'push-script', kind: 'attack', candidateId, group: 'push-script' });
    const timer = rng.pick([5, 6, 10, 12, 15]) * 1000;
    const perBatch = Math.max(1, Math.round((timer / 1000) * rng.uniform(0.3, 0.6)));
    let tick = Math.ceil((push + rng.uniform(2, 8) * MINUTE) / timer) * timer;
    const stop = tick + rng.uniform(25, 40) * MINUTE;
    for (; tick < stop; tick += timer) {
      for (let k = 0; k < perBatch; k++) {
        const at = tick + rng.uniform(30, 400) + k * rng.uniform(80, 250);
        ledger.add({ at: Math.round(at), accountId: ledger.newAccount(), candidateIds: selection(rng, ballot, target), ip: rng.pick(modems), userAgent: rng.pick(strings), source: script });
      }
    }
  },
};
