import { dayRange, MINUTE } from '../calendar';
import { androidDevice, iosDevice, userAgent, type Device } from '../devices';
import { cityNet, jiangxiCities, mobileIp, nationwideResidentialIp } from '../networks';
import { midCandidate, popularCandidate, selection } from '../ballot';
import { dayAt } from './crowds';
import type { Family } from './family';

/**
 * Aged accounts: the operator warms 400-900 bought accounts with one ordinary-looking vote each
 * for popular candidates during the first days, then on a later afternoon spends them all on one
 * candidate within about ninety minutes, each account on its own phone string, through carrier
 * and residential addresses, at a paced but jittered rate.
 */
export const a7AgedAccounts: Family = {
  id: 'A7',
  kind: 'attack',
  description: 'aged accounts: 400-900 accounts warmed with one ordinary vote on days 1-3, then spent on one candidate in ~90 min, own UA each, mixed IPs, paced with 25% jitter',
  seeds: [1, 2, 3],
  tuneSeeds: [],
  organicVotes: (rng) => rng.int(30_000, 110_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    const net = cityNet(rng.pick(jiangxiCities));
    const accounts = Array.from({ length: rng.int(400, 900) }, () => ({ id: ledger.newAccount(), device: (rng.chance(0.25) ? iosDevice(rng) : androidDevice(rng)) as Device }));
    // The warm-up votes spread over everyone: too thin on any one candidate to matter or to label.
    const warm = ledger.source({ name: 'warm-up', kind: 'organic' });
    for (const a of accounts) {
      const d = rng.int(0, 2);
      const at = ballot.organicTime.sample(rng, ...dayRange(cal, d));
      ledger.add({ at, accountId: a.id, candidateIds: selection(rng, ballot, popularCandidate(rng, ballot)), ip: nationwideResidentialIp(rng), userAgent: userAgent(a.device, 'WIFI'), source: warm });
    }
    const spend = ledger.source({ name: 'aged-burst', kind: 'attack', candidateId, group: 'aged-burst' });
    let at = dayAt(ballot, rng.int(4, cal.dayCount - 2), rng.uniform(14, 17));
    const gap = (rng.uniform(70, 100) * MINUTE) / accounts.length;
    for (const a of rng.shuffle(accounts)) {
      const ip = rng.chance(0.5) ? mobileIp(rng, net, 'cmcc', 0.3) : nationwideResidentialIp(rng);
      ledger.add({ at: Math.round(at), accountId: a.id, candidateIds: selection(rng, ballot, target), ip, userAgent: userAgent(a.device, rng.chance(0.5) ? 'WIFI' : '4G'), source: spend });
      at += gap * (1 + rng.uniform(-0.25, 0.25));
    }
  },
};
