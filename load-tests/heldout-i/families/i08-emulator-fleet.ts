import { midCandidate } from '../model/ballot';
import { makePhone } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * An Android emulator fleet on rented servers, run while the province sleeps: every vote is a
 * fresh account in a fresh emulator image whose device profile (model, Android version, WeChat
 * build, install id) is drawn at random from a library, so no two UAs repeat. Traffic leaves
 * through a pool of cloud exits and some hired home broadband. Poisson arrivals, 01:00–05:30, on
 * two or three nights.
 */
export const emulatorFleet: Family = {
  id: 'I8',
  kind: 'attack',
  description: 'emulator fleet: randomized device strings, cloud + broadband exits, 01:00-05:30',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, net, rhythm, scale }) {
    const target = midCandidate(rng, ballot);
    const blocks = net.hostingBlocks(rng, rng.int(6, 10));
    const homes = Array.from({ length: 40 }, () => net.broadband(rng, net.carrier(rng)));
    const nights = rng.int(2, 3);
    const first = rng.int(1, 3);
    for (let d = first; d < Math.min(rhythm.days, first + nights); d++) {
      const src = ledger.source({ name: `emulators night ${d}`, kind: 'attack', candidateId: target, group: 'emulator fleet' });
      const end = rhythm.at(d, rng.uniform(5, 5.8));
      const votes = scaled(scale, rng.int(1000, 1600));
      let at = rhythm.at(d, rng.uniform(0.8, 1.5));
      const mean = (end - at) / votes;
      for (let i = 0; i < votes && at < end; i++) {
        at += rng.exponential(mean);
        const phone = makePhone(rng, rng.pick(['metro', 'budget', 'town'] as const));
        const ip = rng.chance(0.7) ? `${rng.pick(blocks)}.${rng.int(2, 253)}` : rng.pick(homes);
        ledger.add({ at: Math.floor(at), accountId: ledger.newAccount(), candidateIds: [target], ip, userAgent: phone.ua(rng.pick(['WIFI', '4G', '5G'] as const)), source: src });
      }
    }
  },
};
