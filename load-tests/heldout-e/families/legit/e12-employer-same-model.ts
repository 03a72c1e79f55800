import { listPicks } from '../../choices';
import { castVote, connect, type Person } from '../../crowd/person';
import { ANDROID_MODELS } from '../../devices/android-models';
import { androidHandset, drawAndroidSpec } from '../../devices/handsets';
import { Office } from '../../networks/connections';
import { reactionDelay, whenAwake } from '../../rhythm';
import { MINUTE, isRestDay, lastDay, wallClock } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';

/**
 * A state-owned employer (a power-supply company) issued its staff the same Huawei phone, managed
 * centrally, so WeChat and its web runtime are one version on all of them: their user agents differ
 * only by MMWEBID. After the morning meeting the manager asks everyone to vote for the home county,
 * and they do from the office network, day after day, most of them each working day.
 */
export function employerStaff(scene: Scene, target: number): void {
  const { rng, ballot, population } = scene;
  const cal = ballot.cal;
  const city = ballot.cityOf[target];
  const surge = new DailySources(ballot, 'employer', 'legit', target);
  const model = ANDROID_MODELS.find((m) => m.model === rng.pick(['ALN-AL00', 'BRA-AL00', 'CET-AL00']))!;
  const issued = drawAndroidSpec(rng, 'official', model);
  const office = Office.inCity(rng, city, rng.int(1, 2));
  const picks = listPicks(ballot, [target, ...ballot.cityOf.map((c, i) => (c === city && i !== target ? i : -1)).filter((i) => i >= 0).slice(0, 2)]);
  const staff: Person[] = Array.from({ length: rng.int(500, 900) }, () => {
    const handset = rng.chance(0.85) ? androidHandset({ ...issued, mmwebid: rng.int(0, 9999), gpVersion: false }) : undefined;
    return population.person(rng, { city, profile: 'official', office, handset });
  });
  const meeting = rng.uniform(8.6, 9.2);
  for (let d = rng.int(0, 2); d < lastDay(cal); d++) {
    const start = wallClock(cal, d, meeting + rng.uniform(-0.15, 0.15));
    if (isRestDay(start) || start < cal.opensAt) continue;
    const turnout = rng.uniform(0.6, 0.8);
    for (const p of staff) {
      if (!rng.chance(turnout)) continue;
      const t = whenAwake(rng, start + reactionDelay(rng, 15, 0.8), 20 * MINUTE);
      castVote(ballot, surge.at(t), p, t, picks, connect(rng, p, t, rng.chance(0.9) ? 'office' : 'cell'));
    }
  }
}

export const e12: Family = {
  id: 'E12',
  kind: 'legit',
  title: 'employer-same-model',
  description: 'SOE staff (500–900) on one issued phone model/version vote after the 09:00 meeting from the office NAT, each workday',
  seeds: [1, 2],
  build: (scene) => employerStaff(scene, candidateByRank(scene.rng, scene.ballot, 2, 15)),
};
