import type { Family } from '../catalogue-types';
import { marketDevice, type NetType } from '../devices';
import { candidateInBand } from '../ballot';
import { HOUR, at } from '../time';
import { perDay, rawVote, scriptedChoice } from './kit';

/**
 * A vendor's "real-IP" package: every vote leaves through a different home line of a residential
 * proxy pool (mostly other provinces, some Jiangxi), with a user agent from a library of real
 * phones whose NetType is drawn independently of the line. The scheduler spreads the order over a
 * long afternoon and evening with random gaps, on one or two days, and pads multi-choice ballots.
 */
export const F4: Family = {
  id: 'F4',
  kind: 'attack',
  description: 'residential proxy pool: a new home IP per vote, UA library, spread over hours',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(24_000, 36_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.3, 0.8);
    const source = perDay(b, 'residential-proxy', 'attack', target);
    const library = Array.from({ length: 60 }, () => marketDevice(rng, rng.chance(0.5) ? 'young' : 'adult'));
    const nets: NetType[] = ['WIFI', '4G', '5G'];
    const days = rng.chance(0.5) ? [rng.int(1, 5)] : [rng.int(1, 3), rng.int(4, 6)];
    const total = rng.int(1500, 2800);
    for (const d of days) {
      const from = at(b.cal, d, rng.uniform(12, 15));
      const span = rng.uniform(5, 9) * HOUR;
      const n = Math.round(total / days.length);
      const mean = span / n;
      let t = from;
      for (let i = 0; i < n; i++) {
        const exit = b.nets.anyResidential(rng);
        rawVote(b, t, b.ledger.newAccount(), scriptedChoice(rng, b, target, rng.int(0, 2)), exit.ip, rng.pick(library).ua[rng.pick(nets)], source(d));
        t += rng.uniform(0, 2 * mean);
      }
    }
  },
};
