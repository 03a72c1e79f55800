import { opensMessage } from '../model/arrivals';
import { clockTime } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import type { Region } from '../model/address-plan';
import { cast, castReturns, ONE_OFF } from '../model/scene';
import type { Family } from './family';
import { aftermathSource, surgeSource } from './kit';

interface Reader {
  at: number;
  region: Region;
  generation: number;
}

/**
 * A forward that catches: a moving article about the nominee (a flood-relief story, a returning
 * graduate) is shared to Moments and family groups, and each reader shares it on. It spreads as a
 * branching process whose reproduction number falls as it saturates its circles, reaching people
 * across the country (Jiangxi's migrants in Guangdong, Zhejiang, Fujian) over half a day or so.
 */
export const D13: Family = {
  id: 'D13',
  kind: 'legit',
  title: 'viral forward: branching cascade, 4-8k nationwide readers over ~12 h',
  description:
    'A shared article spreads as a branching process (each voter forwards to a Poisson number of new voters, reproduction number falling with generation) from an evening start, reaching 4000-8000 people nationwide on their own phones and networks; a few come back on later days.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3, 5] },
  organic: [26_000, 36_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const target = candidateRanked(rng, contest, 3, 12);
    const home = plan.region(contest.candidates[target].city);
    const source = surgeSource(scene, 'viral forward', target, 'D13 viral forward');
    const later = aftermathSource(scene, 'viral forward, later days');
    const cap = rng.int(4000, 8000);
    const start = clockTime(cal, rng.int(1, 4), rng.uniform(18.5, 21));
    // Breadth first, so the cap cuts the latest generation rather than one lucky branch.
    let frontier: Reader[] = Array.from({ length: rng.int(3, 8) }, () => ({ at: opensMessage(rng, start, 20, 0.8), region: home, generation: 0 }));
    let reached = 0;
    while (frontier.length > 0 && reached < cap) {
      const next: Reader[] = [];
      for (const r of frontier) {
        if (reached >= cap) break;
        reached++;
        const person = people.person({ region: r.region });
        const picks = choosePicks(rng, contest, target);
        cast(scene, source, person, r.at, picks, rng);
        castReturns(scene, later, person, r.at, target, picks, ONE_OFF, rng);
        const children = rng.poisson(Math.max(0.3, 3 * 0.9 ** r.generation));
        for (let k = 0; k < children; k++) {
          const region = rng.chance(0.6) ? r.region : plan.nationwide(rng);
          next.push({ at: opensMessage(rng, r.at, 40, 1.1), region, generation: r.generation + 1 });
        }
      }
      frontier = next.sort((a, b) => a.at - b.at);
    }
  },
};
