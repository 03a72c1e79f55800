/**
 * A viral forward: a touching article about the candidate is shared into WeChat groups; each
 * group brings a handful of votes within minutes, and some voters forward it on into their own
 * groups. A near-critical cascade, stopped at 2,000-9,000 people, sleeping at night and waking
 * again in the morning. Most are from the candidate's city, the rest from the province and its
 * migrants.
 */
import type { Rng } from '../../heldout/prng';
import { dayNumber, instantInDay, reactionTime } from '../clock';
import { castAs, choices, drawHometown, makeResident, type Scene } from '../residents';
import type { Family } from './family';
import { pickByRank, Windows } from './helpers';
import type { Contender } from '../ballot-setup';

function member(rng: Rng, scene: Scene, target: Contender) {
  const r = rng.next();
  if (r < 0.55) return makeResident(rng, scene, { hometown: target.home, lives: target.home });
  if (r < 0.8) return makeResident(rng, scene, { hometown: drawHometown(rng) });
  return makeResident(rng, scene, { hometown: target.home });
}

export const b11ViralForward: Family = {
  id: 'B11',
  kind: 'legit',
  description: 'a WeChat-group cascade (R ~0.95-1.1) up to 2,000-9,000 people over a day or two',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(35_000, 65_000),
  build(rng, scene) {
    const { ballot } = scene;
    const target = pickByRank(rng, scene, 0.2, 0.8);
    const windows = new Windows(scene, 'legit', 'viral-forward', target);
    const cap = rng.int(2000, 9000);
    const perGroup = rng.uniform(6, 14);
    // Each voter who forwards posts to about two groups: R = perGroup x reshare x 2.
    const reshare = rng.uniform(0.95, 1.1) / (2 * perGroup);
    const day = ballot.firstDay + rng.int(1, 4);
    const start = instantInDay(rng, day, rng.chance(0.5) ? 11 : 19, rng.chance(0.5) ? 13 : 21);
    // Group posts waiting to be read, kept sorted by time; restarted with more seeds if it dies young.
    let posts: number[] = [];
    let votes = 0;
    for (let seeds = rng.int(3, 8); votes < 2000 && seeds < 200; seeds *= 2) {
      posts = Array.from({ length: seeds }, () => start + rng.uniform(0, 30) * 60_000);
      while (posts.length > 0 && votes < cap) {
        posts.sort((a, b) => b - a);
        const postedAt = posts.pop() as number;
        for (let i = rng.poisson(perGroup); i > 0 && votes < cap; i--) {
          const t = reactionTime(rng, postedAt, 12, 1.1);
          castAs(rng, scene, member(rng, scene, target), t, choices(rng, ballot, target, 0.6), windows.source(dayNumber(t) - ballot.firstDay));
          votes++;
          if (rng.chance(reshare)) for (let g = rng.poisson(1) + 1; g > 0; g--) posts.push(t + rng.uniform(0, 5) * 60_000);
        }
      }
    }
  },
};
