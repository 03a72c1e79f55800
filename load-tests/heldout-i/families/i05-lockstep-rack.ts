import { midCandidate } from '../model/ballot';
import { makePhone } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * A group-control rack (群控): ~120 identical Redmi phones on shelves, one PC driving them all.
 * Every round each phone votes with its next account, all within a few seconds of each other;
 * switching accounts takes a minute and a half. Six rounds per session, two sessions a day, on
 * three days, the same accounts each day. Wi-Fi through the workshop's two broadband lines.
 */
export const lockstepRack: Family = {
  id: 'I5',
  kind: 'attack',
  description: 'group-control rack: ~120 identical phones vote in lockstep rounds, 2 sessions/day',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, net, rhythm, scale }) {
    const target = midCandidate(rng, ballot);
    const n = scaled(scale, rng.int(100, 140), 4);
    const minor = rng.pick([60, 61, 62]);
    const batch = rng.hex(8);
    const phones = Array.from({ length: n }, () => makePhone(rng, 'budget', { model: '23076RA4BC', wechatMinor: minor, batch }));
    const rounds = 6;
    // Each session works its own accounts: an account may vote only once a day.
    const accounts = [0, 1].map(() => phones.map(() => Array.from({ length: rounds }, () => ledger.newAccount())));
    const lines = [net.broadband(rng, 'ct'), net.broadband(rng, 'ct')];
    const offsets = phones.map(() => rng.uniform(0, 3_500));
    const first = rng.int(1, 3);
    for (let d = first; d < Math.min(rhythm.days, first + 3); d++) {
      for (const [session, hour] of [rng.uniform(13, 14.5), rng.uniform(22, 23.3)].entries()) {
        const src = ledger.source({ name: `rack day ${d} ${hour < 18 ? 'noon' : 'night'}`, kind: 'attack', candidateId: target, group: 'lockstep rack' });
        let round = rhythm.at(d, hour);
        for (let r = 0; r < rounds; r++) {
          phones.forEach((phone, k) => {
            const at = round + offsets[k] + rng.uniform(0, 600);
            ledger.add({ at: Math.floor(at), accountId: accounts[session][k][r], candidateIds: [target], ip: lines[k % 2], userAgent: phone.ua('WIFI'), source: src });
          });
          round += rng.uniform(80, 100) * 1000;
        }
      }
    }
  },
};
