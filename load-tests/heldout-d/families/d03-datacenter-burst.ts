import { timerTicks } from '../model/arrivals';
import { clockTime, SECOND } from '../model/clock';
import { candidateRanked } from '../model/contest';
import { castRaw } from '../model/scene';
import type { Family } from './family';
import { attackSource, frozenUa } from './kit';

/**
 * The plain case: a script on a couple of cloud servers posts votes for fresh accounts, rotating
 * a short list of copied user agents. Odd seeds fire on a fixed timer, even seeds sleep a random
 * interval between requests. One or two bursts on different days.
 */
export const D3: Family = {
  id: 'D3',
  kind: 'attack',
  title: 'datacenter script, 1.2-2k per burst, timer (odd) or random sleeps (even)',
  description:
    'A script on 1-4 hosts of one cloud /24 votes for fresh accounts with a short rotated list of copied WeChat user agents; odd seeds on a fixed timer, even seeds with uniformly random sleeps; one or two bursts on different days.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3, 5] },
  organic: [25_000, 35_000],
  build(scene, rng, seed) {
    const { contest, cal, plan } = scene;
    const target = candidateRanked(rng, contest, 3, 10);
    const pick = [contest.candidates[target].id];
    const timer = seed % 2 === 1;
    const net = plan.hostingBlock(rng, rng.pick(['aliyun', 'tencent', 'huawei'] as const));
    const hosts = Array.from({ length: rng.int(1, 4) }, () => `${net}.${rng.int(2, 253)}`);
    const uas = Array.from({ length: rng.int(3, 6) }, () => frozenUa(rng));
    const bursts = rng.chance(0.5) ? 2 : 1;
    const days = rng.shuffle([1, 2, 3, 4, 5]).slice(0, bursts).sort();
    days.forEach((day, b) => {
      const source = attackSource(scene, `datacenter burst ${b + 1}`, target, 'D3 datacenter script');
      const start = clockTime(cal, day, rng.pick([rng.uniform(0.5, 2.5), rng.uniform(14, 17), rng.uniform(22, 23.5)]));
      const count = rng.int(1200, 2000);
      let times: number[];
      if (timer) times = timerTicks(rng, start, count, rng.uniform(1.2, 2.4) * SECOND, 15);
      else {
        let t = start;
        times = Array.from({ length: count }, () => (t += rng.uniform(0.4, 4.2) * SECOND));
      }
      times.forEach((t, i) => castRaw(scene, source, scene.ledger.newAccount(), t, pick, hosts[i % hosts.length], uas[rng.int(0, uas.length - 1)]));
    });
  },
};
