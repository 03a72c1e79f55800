import type { Family } from '../catalogue-types';
import { androidDevice, pickModel } from '../devices';
import { candidateInBand } from '../ballot';
import { rhythmInstant } from '../time';
import { perDay, rawVote } from './kit';

/**
 * A "natural growth" package: an emulator farm adds a few hundred votes a day for five days,
 * timed to the province's own daily rhythm so the curve looks organic. Every vote gets a freshly
 * spoofed Android fingerprint (real model strings, new MMWEBID) and a 4G dongle's carrier-CGNAT
 * address in two cities. Accounts are fresh and never return; ballots carry only the target.
 */
export const F7: Family = {
  id: 'F7',
  kind: 'attack',
  description: 'drip feed: emulators with spoofed phones and 4G dongles, shaped like the day curve',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(24_000, 36_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.4, 0.9);
    const source = perDay(b, 'drip-emulators', 'attack', target);
    const cities = [rng.int(0, 11), rng.int(0, 11)];
    const choice = [b.candidates[target].id];
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      const n = rng.int(300, 550);
      for (let i = 0; i < n; i++) {
        const t = rhythmInstant(rng, b.cal, d, 7, 24);
        const phone = androidDevice(rng, pickModel(rng, 'young'), 'young');
        const addr = b.nets.mobile(rng, rng.pick(cities), 'cmcc');
        rawVote(b, t, b.ledger.newAccount(), choice, addr.ip, phone.ua[phone.fiveG && rng.chance(0.5) ? '5G' : '4G'], source(d));
      }
    }
  },
};
