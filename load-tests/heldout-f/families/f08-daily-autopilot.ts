import type { Family } from '../catalogue-types';
import { marketDevice } from '../devices';
import { candidateInBand } from '../ballot';
import { SECOND, at, inWindow } from '../time';
import { perDay, rawVote } from './kit';

/**
 * Autopilot on an aged account pool: the vendor's scheduler gives each account one slot in the
 * day (spread over waking hours) and fires it at that slot every day until the ballot closes, with
 * a few seconds of jitter. Each account keeps its own spoofed phone; traffic goes through a
 * rotating mobile proxy (Jiangxi carrier pools, IPv6 included). No wave, no burst: the tell is
 * only that the same accounts come back at the same minute every day.
 */
export const F8: Family = {
  id: 'F8',
  kind: 'attack',
  description: 'aged-account autopilot: each account votes daily at its own fixed minute',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.4, 0.9);
    const source = perDay(b, 'autopilot', 'attack', target);
    const choice = [b.candidates[target].id];
    const pool = Array.from({ length: rng.int(260, 420) }, () => ({ account: b.ledger.newAccount(), phone: marketDevice(rng, 'adult'), slot: rng.uniform(8, 23) }));
    const first = rng.int(1, 2);
    for (let d = first; d < b.cal.dayCount; d++) {
      for (const a of pool) {
        const t = at(b.cal, d, a.slot) + rng.uniform(-20, 20) * SECOND;
        if (!inWindow(b.cal, t)) continue;
        const addr = b.nets.mobile(rng, rng.int(0, 11), rng.chance(0.7) ? 'cmcc' : 'ct');
        rawVote(b, t, a.account, choice, addr.ip, a.phone.ua[a.phone.fiveG ? '5G' : '4G'], source(d));
      }
    }
  },
};
