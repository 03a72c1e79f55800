import { opensMessage, timerTicks } from '../model/arrivals';
import { clockTime, MINUTE, SECOND } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import { cast, castRaw, castReturns, CASUAL } from '../model/scene';
import type { Family } from './family';
import { aftermathSource, attackSource, frozenUa, surgeSource, workdays } from './kit';

/**
 * A county government pushes the ballot to its staff and village cadres: thousands of real people,
 * most of them at their desks behind the county's few government-network NAT addresses. Someone
 * close to the campaign uses the cover: in the same hour a script adds about a thousand votes at a
 * timer's pace, from two rented /24s, with one or a few copied user agents.
 */
export const D1: Family = {
  id: 'D1',
  kind: 'attack',
  title: 'script (~1k, timer pace, 2 hosting /24s) inside a county push of ~3-4k',
  description:
    'A county pushes thousands of staff through government NATs on a weekday morning; within the same hour a script adds ~1000 votes for the same candidate at a machine-regular pace from two hosting /24s with 1-3 copied WeChat user agents (under a third of the burst).',
  seeds: [1, 2, 3],
  ballot: { category: 'county', maxChoices: [1, 3, 5] },
  organic: [30_000, 40_000],
  build(scene, rng) {
    const { contest, cal, people, plan } = scene;
    const target = candidateRanked(rng, contest, 2, 8);
    const region = plan.region(contest.candidates[target].city);
    const day = rng.pick(workdays(scene, 1, 5));
    const pushAt = clockTime(cal, day, rng.uniform(8.8, 10.3));

    const push = surgeSource(scene, 'county push', target, 'D1 county push');
    const later = aftermathSource(scene, 'county push, later days');
    const nats = Array.from({ length: rng.int(2, 4) }, () => people.workplace(region, 1500, 0.85));
    const staff = rng.int(2900, 4200);
    for (let i = 0; i < staff; i++) {
      const work = rng.chance(0.78) ? rng.pick(nats) : null;
      const person = people.person({ region, work, cohort: rng.chance(0.85) ? 'adult' : 'elderly' });
      const t = opensMessage(rng, pushAt, 16, 0.85);
      const picks = choosePicks(rng, contest, target);
      cast(scene, push, person, t, picks, rng);
      castReturns(scene, later, person, t, target, picks, CASUAL, rng);
    }

    const script = attackSource(scene, 'script in the push', target, 'D1 script');
    const subnets = [plan.hostingBlock(rng, 'aliyun'), plan.hostingBlock(rng, rng.chance(0.5) ? 'tencent' : 'huawei')];
    const hosts = subnets.flatMap((net) => Array.from({ length: rng.int(1, 3) }, () => `${net}.${rng.int(2, 253)}`));
    const uas = Array.from({ length: rng.int(1, 3) }, () => frozenUa(rng));
    const count = rng.int(950, 1150);
    const gap = rng.uniform(2.7, 3.4) * SECOND;
    const ticks = timerTicks(rng, pushAt + rng.uniform(6, 20) * MINUTE, count, gap, rng.uniform(20, 80));
    const picks = [contest.candidates[target].id];
    ticks.forEach((t, i) => castRaw(scene, script, scene.ledger.newAccount(), t, picks, hosts[i % hosts.length], uas[i % uas.length]));
  },
};
