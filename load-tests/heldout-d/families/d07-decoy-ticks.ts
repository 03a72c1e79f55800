import { clockTime, HOUR, MINUTE } from '../model/clock';
import { candidateRanked } from '../model/contest';
import { everydayPhone, type NetType } from '../model/handsets';
import { castRaw } from '../model/scene';
import type { Family } from './family';
import { attackSource } from './kit';

/**
 * Stuffing dressed as a local wave on a multi-choice ballot: each scripted vote ticks the target
 * and one or more decoys (leaders and also-rans alike) so no candidate's share jumps alone, and
 * the arrivals follow the rise and decay of a group message being read. Exits are Jiangxi home
 * lines from a proxy pool; a few dozen real-looking user agents are reused throughout.
 */
export const D7: Family = {
  id: 'D7',
  kind: 'attack',
  title: 'decoy ticks: target + 1..k random others, wave-shaped, two evenings',
  description:
    'On a multi-choice ballot, 1400-2200 scripted votes per evening on two evenings each tick the target plus decoys drawn uniformly from the other candidates; arrivals are shaped like a group message being read (log-normal delays); Jiangxi home-broadband proxy exits; 40-60 reused user agents.',
  seeds: [1, 2],
  ballot: { category: 'township', maxChoices: [5, 10] },
  organic: [30_000, 42_000],
  build(scene, rng) {
    const { contest, cal, plan } = scene;
    const target = candidateRanked(rng, contest, 4, 14);
    const others = contest.candidates.map((_, i) => i).filter((i) => i !== target);
    const uas = Array.from({ length: rng.int(40, 60) }, () => everydayPhone(rng).ua(rng.pick<NetType>(['WIFI', 'WIFI', '4G', '5G'])));
    const first = rng.int(1, 3);
    for (const day of [first, first + rng.int(1, 3)]) {
      const source = attackSource(scene, `decoy wave, day ${day}`, target, 'D7 decoy ticks');
      const post = clockTime(cal, day, rng.uniform(19, 20.5));
      const count = rng.int(1400, 2200);
      for (let i = 0; i < count; i++) {
        const t = Math.min(post + rng.logNormal(28, 0.9) * MINUTE, post + 5 * HOUR);
        const decoys = rng.shuffle([...others]).slice(0, rng.int(1, contest.maxChoices - 1));
        const picks = rng.shuffle([target, ...decoys]).map((c) => contest.candidates[c].id);
        castRaw(scene, source, scene.ledger.newAccount(), t, picks, plan.anyHome(rng, rng.pick(plan.jiangxi)), rng.pick(uas));
      }
    }
  },
};
