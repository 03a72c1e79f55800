import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { makePerson, castBy } from '../people';
import { MINUTE, at, inWindow } from '../time';
import { perDay, waveTimes } from './kit';

/**
 * A paid-task platform (众包投票): the vendor posts batches of "vote for X, 0.3 yuan" tasks; real
 * people across China grab them on their own phones within minutes, each batch's quota filling
 * fast and then stopping dead. They tick only the target. Out-of-province lines dominate. Some
 * workers take the task again the next day. Batches every hour or so over two days.
 */
export const F6: Family = {
  id: 'F6',
  kind: 'attack',
  description: 'paid task platform: quota batches grabbed by real people nationwide, target only',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(24_000, 34_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.35, 0.85);
    const source = perDay(b, 'task-platform', 'attack', target);
    const choice = [b.candidates[target].id];
    const d0 = rng.int(1, 4);
    const workers: ReturnType<typeof makePerson>[] = [];
    for (const d of [d0, d0 + 1]) {
      const repeaters = workers.filter(() => rng.chance(0.3));
      let post = at(b.cal, d, rng.uniform(9.5, 11));
      while (post < at(b.cal, d, 22.5)) {
        const quota = rng.int(120, 260);
        // A quota fills and the task closes: the last taker arrives, then nothing.
        const times = waveTimes(rng, post, quota, 5, 0.7).sort((x, y) => x - y);
        for (const t of times) {
          if (!inWindow(b.cal, t)) continue;
          const again = repeaters.pop();
          const p = again ?? makePerson(rng, b, { favourite: target, owner: rng.chance(0.7) ? 'young' : 'adult', home: null, office: null });
          if (!again) workers.push(p);
          const where = rng.chance(0.82) ? b.nets.outOfProvince(rng) : b.nets.mobile(rng, p.city, p.carrier);
          castBy(rng, b, p, t, source(d), where, choice);
        }
        post += rng.uniform(50, 110) * MINUTE;
      }
    }
  },
};
