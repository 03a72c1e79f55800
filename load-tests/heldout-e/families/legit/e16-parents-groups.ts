import { humanPicks, listPicks } from '../../choices';
import { castVote, connect, type Person } from '../../crowd/person';
import { reactionDelay, whenAwake } from '../../rhythm';
import { MINUTE, lastDay, wallClock } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';

/**
 * A school's class groups: after checking homework each teacher posts "please vote for our township,
 * and 3 and 7 too", and parents, at home on WiFi and with many iPhones, vote within minutes, ticking
 * exactly the list they were given. A second evening the head teacher reminds them and half vote again.
 */
export function parentsGroups(scene: Scene, target: number): void {
  const { rng, ballot, population } = scene;
  const cal = ballot.cal;
  const city = ballot.cityOf[target];
  const surge = new DailySources(ballot, 'parents-groups', 'legit', target);
  const others = ballot.cityOf.map((c, i) => (c === city && i !== target ? i : -1)).filter((i) => i >= 0);
  const list = listPicks(ballot, [target, ...rng.shuffle(others).slice(0, 2)]);
  const classes = rng.int(30, 50);
  const parents: Person[][] = Array.from({ length: classes }, () => Array.from({ length: rng.int(25, 45) }, () => population.person(rng, { city, profile: 'parent' })));
  const first = rng.int(0, 4);
  const evenings = [first, Math.min(lastDay(cal) - 1, first + rng.int(1, 2))];
  evenings.forEach((day, e) => {
    const turnout = e === 0 ? rng.uniform(0.75, 0.95) : rng.uniform(0.4, 0.6);
    const headTeacher = wallClock(cal, day, rng.uniform(19.5, 20.5));
    for (const group of parents) {
      const posted = e === 0 ? wallClock(cal, day, 20) + rng.uniform(0, 40) * MINUTE : headTeacher;
      for (const p of group) {
        if (!rng.chance(turnout)) continue;
        const t = whenAwake(rng, posted + reactionDelay(rng, 5, 1.1), 40 * MINUTE, p.chrono);
        castVote(ballot, surge.at(t), p, t, rng.chance(0.85) ? list : humanPicks(rng, ballot, target), connect(rng, p, t));
      }
    }
  });
}

export const e16: Family = {
  id: 'E16',
  kind: 'legit',
  title: 'parents-groups',
  description: '30–50 class groups: teachers post ~20:00, parents (iPhone-heavy, home WiFi) vote in minutes with the same list; 2 evenings',
  seeds: [1, 2],
  build: (scene) => parentsGroups(scene, candidateByRank(scene.rng, scene.ballot, 3, 20)),
};
