import { MINUTE } from '../calendar';
import { androidDevice, userAgent } from '../devices';
import { broadbandIp, cityNet, mobileIp } from '../networks';
import { midCandidate, selection } from '../ballot';
import { dayAt } from './crowds';
import type { Family } from './family';
import { jiangxiCities } from '../networks';

/**
 * A click farm of real phones: a few dozen phones (bought in bulk, so a few models), each a
 * genuine WeChat string, each logging in to ~20 fresh accounts in turn over a few hours from a
 * handful of addresses, at gaps that look human but vary less than a person's.
 */
export const a2ClickFarm: Family = {
  id: 'A2',
  kind: 'attack',
  description: 'click farm: 24-48 real Android phones, ~20 fresh accounts each in turn over 3-5 h, 3-6 IPs, gamma gaps (CV ~0.25)',
  seeds: [1, 2, 3, 4, 5],
  tuneSeeds: [1, 2],
  organicVotes: (rng) => rng.int(25_000, 100_000),
  build(rng, ballot) {
    const target = midCandidate(rng, ballot);
    const { ledger, cal } = ballot;
    const candidateId = ballot.candidates[target].id;
    // Farms sit in cheap premises anywhere; this one rents lines in some Jiangxi city.
    const net = cityNet(rng.pick(jiangxiCities));
    const lines = [
      ...Array.from({ length: rng.int(2, 4) }, () => broadbandIp(rng, net, 'telecom')),
      ...Array.from({ length: rng.int(1, 2) }, () => mobileIp(rng, net, 'cmcc', 0)),
    ];
    const models = Array.from({ length: rng.int(1, 3) }, () => rng.pick(['V2171A', '22101316C', 'PGKM10', 'ANY-AN00', 'V2219A', '23049RAD8C']));
    const phones = Array.from({ length: rng.int(24, 48) }, () => {
      const model = rng.pick(models);
      const brand = model.startsWith('V') ? 'vivo' : model.startsWith('P') ? 'oppo' : model.startsWith('A') ? 'honor' : 'xiaomi';
      return { ua: userAgent(androidDevice(rng, { brand, model }), 'WIFI'), ip: rng.pick(lines), gap: rng.uniform(6, 11) };
    });
    // Half the farms come back the next day with the same accounts.
    const sessions = rng.chance(0.5) ? 2 : 1;
    const day = rng.int(1, cal.dayCount - 3);
    const accountsPerPhone = phones.map(() => Array.from({ length: rng.int(16, 24) }, () => ledger.newAccount()));
    for (let s = 0; s < sessions; s++) {
      const source = ledger.source({ name: `farm-session-${s + 1}`, kind: 'attack', candidateId, group: 'farm' });
      const start = dayAt(ballot, day + s, rng.uniform(s === 0 ? 13 : 9, 20));
      phones.forEach((phone, i) => {
        let at = start + rng.uniform(0, 20) * MINUTE;
        for (const account of accountsPerPhone[i]) {
          // A worker switches accounts, votes, switches again: regular, but not a metronome.
          const ip = rng.chance(0.9) ? phone.ip : rng.pick(lines);
          ledger.add({ at: Math.round(at), accountId: account, candidateIds: selection(rng, ballot, target), ip, userAgent: phone.ua, source });
          at += rng.gamma(16, phone.gap / 16) * MINUTE;
        }
      });
    }
  },
};
