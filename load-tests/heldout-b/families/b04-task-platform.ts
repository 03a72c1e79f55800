/**
 * Paid real people: the candidate's backers post a paid task (a yuan or two per vote) on a
 * crowd-work app or in "vote mutual-aid" groups, in the evening, three or four days running. Real
 * people with their own phones take it within minutes, from all over China; some come back for
 * the next day's task. They tick only the number they were told.
 */
import { MINUTE, instantInDay } from '../clock';
import { drawModel, install, BUDGET_MODELS, MODELS } from '../handsets';
import { castAs, drawHometown, makeResident, type Resident } from '../residents';
import { region, type Region } from '../regions';
import type { Family } from './family';
import { daysFrom, pickByRank, Windows } from './helpers';

// Where task-takers are: the big labour-exporting and manufacturing provinces.
const TAKERS: [string, number][] = [
  ['henan', 15], ['guangdong', 15], ['shandong', 9], ['hebei', 7], ['sichuan', 8], ['hunan', 8], ['anhui', 8],
  ['hubei', 6], ['guangxi', 6], ['zhejiang', 5], ['jiangsu', 5], ['nanchang', 2], ['ganzhou', 2],
];

export const b04TaskPlatform: Family = {
  id: 'B4',
  kind: 'attack',
  description: 'paid task posted 3-4 evenings: 300-900 real takers each, nationwide phones, target only',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(35_000, 65_000),
  build(rng, scene) {
    const { ballot } = scene;
    const target = pickByRank(rng, scene, 0.35, 0.8);
    const regions: Region[] = TAKERS.map(([id]) => region(id));
    const windows = new Windows(scene, 'attack', 'task-platform', target);
    const veterans: Resident[] = [];
    for (const day of daysFrom(scene, ballot.firstDay + rng.int(1, 2), rng.int(3, 4))) {
      const posted = instantInDay(rng, day, 19, 22);
      const source = windows.source(day - ballot.firstDay);
      const quota = rng.int(300, 900);
      const returning = rng.shuffle([...veterans]).slice(0, Math.round(quota * 0.3));
      const takers = [...returning];
      while (takers.length < quota) {
        const lives = regions[rng.weightedIndex(TAKERS.map(([, w]) => w))];
        const phone = install(rng, drawModel(rng, rng.chance(0.5) ? BUDGET_MODELS : MODELS));
        const person = makeResident(rng, scene, { hometown: lives.inJiangxi ? lives : drawHometown(rng), lives, phone, officeWifi: 0 });
        takers.push(person);
        veterans.push(person);
      }
      for (const person of takers) {
        // Paid slots go fast: most takers are in within the first half hour.
        const t = posted + rng.logNormal(9, 1.0) * MINUTE;
        castAs(rng, scene, person, t, [target.id], source);
      }
    }
  },
};
