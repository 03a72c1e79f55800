import type { Family } from '../catalogue-types';
import { marketDevice } from '../devices';
import { candidateInBand } from '../ballot';
import { SECOND, at } from '../time';
import { rawVote, scriptedChoice, single } from './kit';

type Timing = 'regular' | 'jittered' | 'clock';
const TIMINGS: readonly Timing[] = ['regular', 'jittered', 'clock'];

/**
 * A plain scripted burst from rented cloud servers: bought accounts, a small pool of user agents
 * scraped from real phones, addresses in one or two hosting /24s. Seed 1 sleeps a fixed interval,
 * seed 2 a uniformly jittered one, seed 3 runs from cron at the top of every minute in a batch.
 * The operator runs it at night or in the mid-afternoon lull.
 */
export const F3: Family = {
  id: 'F3',
  kind: 'attack',
  description: 'scripted burst from hosting /24s: fixed, jittered or cron-aligned timing (by seed)',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(20_000, 30_000),
  build(rng, b, seed) {
    const timing = TIMINGS[(seed - 1) % TIMINGS.length];
    const target = candidateInBand(rng, b, 0.35, 0.85);
    const source = single(b, `datacenter-${timing}`, 'attack', target);
    const blocks = Array.from({ length: rng.int(1, 2) }, () => b.nets.hostingBlock(rng));
    const hosts = Array.from({ length: rng.int(12, 50) }, () => `${rng.pick(blocks)}.${rng.int(2, 253)}`);
    const uas = Array.from({ length: rng.int(4, 14) }, () => marketDevice(rng, 'young').ua[rng.pick(['WIFI', '4G', '5G'] as const)]);
    const votes = rng.int(900, 2000);
    let t = at(b.cal, rng.int(1, 6), rng.chance(0.5) ? rng.uniform(1, 3) : rng.uniform(14.5, 16));
    const vote = (when: number): void => rawVote(b, when, b.ledger.newAccount(), scriptedChoice(rng, b, target, rng.chance(0.3) ? rng.int(1, 2) : 0), rng.pick(hosts), rng.pick(uas), source);
    if (timing === 'clock') {
      // Cron fires on the minute; the batch goes out with a short fixed spacing.
      t = Math.ceil(t / (60 * SECOND)) * 60 * SECOND;
      const batch = rng.int(8, 20);
      for (let n = 0; n < votes; t += 60 * SECOND) for (let k = 0; k < batch && n < votes; k++, n++) vote(t + rng.uniform(0, 0.8) * SECOND + k * rng.uniform(0.1, 0.15) * SECOND);
      return;
    }
    const period = rng.uniform(1.5, 4) * SECOND;
    for (let n = 0; n < votes; n++) {
      vote(t);
      t += timing === 'regular' ? period + rng.uniform(0, 0.05) * SECOND : period * rng.uniform(0.4, 1.6);
    }
  },
};
