import { humanPicks } from '../../choices';
import type { Person } from '../../crowd/person';
import { castVote, connect } from '../../crowd/person';
import { Office } from '../../networks/connections';
import { reactionDelay, whenAwake } from '../../rhythm';
import { MINUTE, wallClock, workdayFrom } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';

/**
 * A county government mobilizes honestly: a working-day notice goes from the county office to every
 * bureau, township and school, and staff vote from their desks within two hours, behind the few
 * exits of the e-government network. The next working day a reminder brings a third back.
 */
export function countyMobilization(scene: Scene, target: number, size: number, group = 'mobilization'): void {
  const { rng, ballot, population } = scene;
  const city = ballot.cityOf[target];
  const id = ballot.candidates[target].id;
  const surge = new DailySources(ballot, group, 'legit', target);
  const exits = Array.from({ length: rng.int(4, 8) }, () => Office.inCity(rng, city, rng.chance(0.6) ? 1 : 2));
  const day = workdayFrom(ballot.cal, rng.int(1, 4));
  const notice = wallClock(ballot.cal, day, rng.uniform(9, 10.5));
  const staff: Person[] = [];
  for (let i = 0; i < size; i++) {
    const p = population.person(rng, { city, profile: rng.chance(0.65) ? 'official' : 'general', office: rng.pick(exits) });
    const t = whenAwake(rng, notice + rng.weightedIndex([0.3, 0.45, 0.25]) * rng.uniform(10, 30) * MINUTE + reactionDelay(rng, 8, 1), 20 * MINUTE);
    castVote(ballot, surge.at(t), p, t, rng.chance(0.75) ? [id] : humanPicks(rng, ballot, target), connect(rng, p, t));
    staff.push(p);
  }
  const again = wallClock(ballot.cal, workdayFrom(ballot.cal, day + 1), rng.uniform(14.5, 16.5));
  for (const p of staff) {
    if (!rng.chance(0.35)) continue;
    const t = whenAwake(rng, again + reactionDelay(rng, 15, 1), 30 * MINUTE);
    castVote(ballot, surge.at(t), p, t, [id], connect(rng, p, t));
  }
}

export const e11: Family = {
  id: 'E11',
  kind: 'legit',
  title: 'mobilization-few-nats',
  description: 'County notice on a workday: 2.2–3.5k staff vote within ~2 h behind 4–8 e-gov exits; a third again next workday',
  seeds: [1, 2],
  build: (scene) => countyMobilization(scene, candidateByRank(scene.rng, scene.ballot, 0, 15), scene.rng.int(2200, 3500)),
};
