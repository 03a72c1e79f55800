import type { Person } from '../../crowd/person';
import { castVote } from '../../crowd/person';
import { listPicks } from '../../choices';
import { CellLine, hostIn16, pickProvince } from '../../networks/connections';
import { activity } from '../../rhythm';
import { localDay, MINUTE, HOUR, wallClock } from '../../time';
import { DailySources, candidateByRank, poissonArrivals, type Family, type Scene } from '../kit';

/**
 * Paid micro-tasks: the buyer posts "vote for X, 0.8 yuan, screenshot as proof" on a task app with a
 * quota. Real people anywhere in China take it on their own phones, mostly on cellular, within
 * minutes of the post while it tops the list, then steadily until the quota is filled. They tick
 * only X. The buyer reposts a day or two later; a few of the same workers take it again.
 */
function build({ rng, ballot, population }: Scene): void {
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 4, 14);
  const attack = new DailySources(ballot, 'task-platform', 'attack', target);
  const picks = listPicks(ballot, [target]);
  const workers: { person: Person; wifi?: string }[] = [];
  const firstDay = rng.int(1, 3);
  const posts = [firstDay, firstDay + rng.int(1, 2)];
  for (const day of posts) {
    const posted = wallClock(cal, day, rng.uniform(10, 20));
    const quota = rng.int(500, 900);
    const base = rng.uniform(2.5, 5);
    // Workers are people too: fewer take tasks in the small hours.
    const rate = (t: number): number => base * (0.4 + 1.6 * Math.exp(-(t - posted) / (45 * MINUTE))) * Math.min(1, activity(t) / 2);
    const arrivals = poissonArrivals(rng, posted, posted + 12 * HOUR, rate, base * 2).slice(0, quota);
    for (const at of arrivals) {
      // One worker in ten is a regular who took the first posting too.
      const regular = workers.length > 50 && rng.chance(0.1) ? rng.pick(workers) : undefined;
      const w = regular ?? newWorker();
      const ip = w.wifi && rng.chance(0.5) ? w.wifi : w.person.cell.address(rng, localDay(at));
      castVote(ballot, attack.at(at), w.person, at, picks, { ip, net: ip === w.wifi ? 'WIFI' : w.person.handset.cellular(rng) });
    }
  }

  function newWorker(): { person: Person; wifi?: string } {
    const province = pickProvince(rng);
    const person = population.person(rng, { city: 0, profile: rng.chance(0.6) ? 'young' : 'worker', home: null, office: null, cell: CellLine.elsewhere(rng, province) });
    const w = { person, wifi: rng.chance(0.4) ? hostIn16(rng, rng.pick(province.broadband)) : undefined };
    workers.push(w);
    return w;
  }
}

export const e06: Family = {
  id: 'E6',
  kind: 'attack',
  title: 'task-platform',
  description: 'Paid task app: real people nationwide on own phones, 500–900 per posting, fast then steady, 2 postings, only the target',
  seeds: [1, 2],
  build,
};
