import type { Family } from '../catalogue-types';
import { androidDevice, pickModel } from '../devices';
import { returnVisits } from '../organic';
import { castBy, makePerson } from '../people';
import { HOUR, MINUTE, SECOND, at } from '../time';
import { candidateInBand } from '../ballot';
import { perDay, rawVote, single, waveTimes } from './kit';

/**
 * A county government pushes its staff, teachers and village cadres to vote on a workday morning:
 * thousands of real people, fresh accounts, mostly behind the government extranet's few NATs. Inside
 * the same hour someone adds about a thousand votes with a script: a fixed sleep between requests,
 * two hosting /24s, one to three copied user agents. The script is under a third of the burst.
 */
export const F1: Family = {
  id: 'F1',
  kind: 'attack',
  description: 'county push behind government NATs with a regular-paced script hidden inside it',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(24_000, 34_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.25, 0.7);
    const d = rng.int(1, 4);
    const start = at(b.cal, d, rng.uniform(8.8, 10.2));
    const nats = Array.from({ length: rng.int(3, 6) }, () => b.nets.nat(rng, 4));
    const push = perDay(b, 'county-push', 'legit', target);
    const people = rng.int(3000, 4200);
    for (const t of waveTimes(rng, start, people, 22, 0.75)) {
      const p = makePerson(rng, b, { favourite: target, owner: rng.chance(0.85) ? 'adult' : 'elder', loyalty: rng.chance(0.7) ? 0 : rng.uniform(0.2, 0.6) });
      castBy(rng, b, p, t, push(d), rng.chance(0.78) ? b.nets.natAddr(rng, rng.pick(nats)) : undefined);
      returnVisits(rng, b, p, d, push);
    }
    // The script: one loop, fixed sleep plus a little request latency.
    const script = single(b, 'push-script', 'attack', target);
    const blocks = [b.nets.hostingBlock(rng), b.nets.hostingBlock(rng)];
    const hosts = blocks.flatMap((blk) => Array.from({ length: rng.int(2, 8) }, () => `${blk}.${rng.int(2, 250)}`));
    const uas = Array.from({ length: rng.int(1, 3) }, () => androidDevice(rng, pickModel(rng, 'adult'), 'adult').ua[rng.pick(['WIFI', '4G'] as const)]);
    const votes = rng.int(850, 1200);
    const period = rng.uniform(2.2, 3.4) * SECOND;
    let t = start + rng.uniform(8, 30) * MINUTE;
    const choice = [b.candidates[target].id];
    for (let i = 0; i < votes && t < start + 2 * HOUR; i++) {
      rawVote(b, t, b.ledger.newAccount(), choice, hosts[i % hosts.length], uas[i % uas.length], script);
      t += period + rng.logNormal(60, 0.3);
    }
  },
};
