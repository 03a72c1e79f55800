import type { Rng } from '../../../heldout/prng';
import { humanPicks } from '../../choices';
import { castVote, connect, type Person, type Place } from '../../crowd/person';
import { drawHandset, type Profile } from '../../devices/handsets';
import { CellLine, Office, pickCarrier } from '../../networks/connections';
import { SECOND, lastDay, wallClock } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';

/**
 * Several real people's accounts used on one phone. Grandchildren vote at night for grandparents
 * and parents on their own phone; a village clerk sits in the committee office and votes for the
 * elders who asked (their accounts, logged in one after another: slow, with fumbles); a family's
 * one smartphone votes for everyone at lunch or after dinner. The same helpers come back on later
 * days with the same accounts, in a new order.
 */
interface Helper {
  kind: 'grandchild' | 'clerk' | 'household';
  people: Person[];
  place: Place;
  /** Hours of the day they sit down to do it. */
  hours: () => number;
  /** Median seconds to switch to the next account. */
  switchSec: number;
  comeBack: number;
  picks: string[];
}

const KINDS: { kind: Helper['kind']; share: number; profile: Profile }[] = [
  { kind: 'grandchild', share: 0.6, profile: 'young' },
  { kind: 'clerk', share: 0.25, profile: 'general' },
  { kind: 'household', share: 0.15, profile: 'parent' },
];

function helper(rng: Rng, scene: Scene, target: number): Helper {
  const { ballot, population } = scene;
  const city = ballot.cityOf[target];
  const k = KINDS[rng.weightedIndex(KINDS.map((x) => x.share))];
  const handset = drawHandset(rng, k.profile);
  const accounts = k.kind === 'grandchild' ? rng.int(2, 4) : k.kind === 'clerk' ? rng.int(8, 22) : rng.int(3, 6);
  const home = population.household(rng, city);
  const office = k.kind === 'clerk' ? Office.inCity(rng, city, 1) : null;
  const cell = new CellLine(pickCarrier(rng), rng.chance(0.7));
  const people = Array.from({ length: accounts }, () => population.person(rng, { city, profile: 'elder', handset, home, office, cell }));
  const picks = humanPicks(rng, ballot, target);
  return {
    kind: k.kind,
    people,
    place: k.kind === 'clerk' ? 'office' : rng.chance(0.85) ? 'home' : 'cell',
    hours: k.kind === 'grandchild' ? () => rng.uniform(19, 22.5) : k.kind === 'clerk' ? () => (rng.chance(0.6) ? rng.uniform(9, 11.5) : rng.uniform(14.5, 17)) : () => (rng.chance(0.4) ? rng.uniform(12, 13) : rng.uniform(19.5, 21.5)),
    switchSec: k.kind === 'clerk' ? 100 : 70,
    comeBack: k.kind === 'clerk' ? 0.7 : k.kind === 'grandchild' ? 0.45 : 0.5,
    picks,
  };
}

function build(scene: Scene): void {
  const { rng, ballot } = scene;
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 3, 20);
  const surge = new DailySources(ballot, 'helper-phones', 'legit', target);
  const helpers = Array.from({ length: rng.int(60, 110) }, () => helper(rng, scene, target));
  for (const h of helpers) {
    const first = rng.int(0, 3);
    for (let d = first; d <= lastDay(cal); d++) {
      if (d > first && !rng.chance(h.comeBack)) continue;
      let t = wallClock(cal, d, h.hours());
      if (t >= cal.closesAt) continue;
      for (const p of rng.shuffle([...h.people])) {
        // Everyone on the phone ticks what the helper ticks, but a grandparent sometimes asks for someone else too.
        const picks = rng.chance(0.8) ? h.picks : humanPicks(rng, ballot, target);
        castVote(ballot, surge.at(t), p, t, picks, connect(rng, p, t, h.place));
        t += rng.logNormal(h.switchSec, 0.55) * SECOND + (rng.chance(0.08) ? rng.uniform(120, 600) * SECOND : 0);
      }
    }
  }
}

export const e14: Family = {
  id: 'E14',
  kind: 'legit',
  title: 'helper-phones',
  description: 'Many real accounts per phone: grandchildren (2–4), village clerks (8–22), family phones; slow switches; back on later days',
  seeds: [1, 2, 3],
  build,
};
