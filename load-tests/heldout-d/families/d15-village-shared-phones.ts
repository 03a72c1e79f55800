import type { Rng } from '../../heldout/prng';
import { clockTime, MINUTE } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import { reach, type Person } from '../model/people';
import { cast, castRaw, type Scene } from '../model/scene';
import type { Family } from './family';
import { surgeSource } from './kit';

interface Helper {
  phone: Person;
  /** Elders' accounts this helper votes with, one after another, on the helper's phone. */
  elders: string[];
}

interface Village {
  helpers: Helper[];
  /** Villagers who vote on their own phones the same evenings. */
  villagers: Person[];
}

function makeVillage(scene: Scene, rng: Rng, candidate: number): Village {
  const { people, plan, contest } = scene;
  const region = plan.region(contest.candidates[candidate].city);
  // The village's few broadband lines: the helpers' homes and the committee office.
  const lines = Array.from({ length: rng.int(1, 2) }, () => people.homeLine(region, rng.chance(0.6) ? 'telecom' : 'mobile'));
  const helpers = Array.from({ length: rng.int(1, 3) }, () => ({
    phone: people.person({ region, cohort: rng.chance(0.6) ? 'youth' : 'adult', home: rng.pick(lines), work: null, homeWifi: 0.85 }),
    elders: Array.from({ length: rng.int(5, 14) }, () => scene.ledger.newAccount()),
  }));
  const villagers = Array.from({ length: rng.int(30, 70) }, () => people.person({ region, cohort: rng.chance(0.5) ? 'elderly' : 'adult', home: rng.chance(0.5) ? rng.pick(lines) : null, work: null }));
  return { helpers, villagers };
}

/**
 * Villages where the old people have WeChat accounts but no smartphone skills. On the evenings the
 * township asks, a grandson or the village cadre sits with them and votes with each elder's
 * account on his own phone, one after another, chatting in between; the villagers who can, vote
 * on their own phones on the same village lines. Honest, and it looks like a small click farm.
 */
export const D15: Family = {
  id: 'D15',
  kind: 'legit',
  title: 'villages: helpers vote elders\' accounts in turn on their own phone',
  description:
    'In 6-9 villages, 1-3 helpers each vote with 5-14 elders\' accounts in turn on the helper\'s own phone (irregular 1-10 minute gaps) over the village broadband, and 30-70 villagers vote on their own phones, on 3-4 evenings the township asks for.',
  seeds: [1, 2],
  ballot: { category: 'township', maxChoices: [1, 5, 10] },
  organic: [30_000, 40_000],
  build(scene, rng) {
    const { contest, cal } = scene;
    const target = candidateRanked(rng, contest, 4, 15);
    const villages = Array.from({ length: rng.int(6, 9) }, () => makeVillage(scene, rng, target));
    const evenings = rng.shuffle([1, 2, 3, 4, 5, 6]).slice(0, rng.int(3, 4)).sort();
    for (const day of evenings) {
      const source = surgeSource(scene, `village evening, day ${day}`, target, 'D15 village phones');
      for (const village of villages) {
        const dusk = clockTime(cal, day, rng.uniform(19, 20.5));
        for (const helper of village.helpers) {
          let t = dusk + rng.uniform(0, 40) * MINUTE;
          // The helper votes with his own account first, then with each elder's on the same phone.
          cast(scene, source, helper.phone, t, choosePicks(rng, contest, target), rng);
          for (const elder of helper.elders) {
            t += rng.logNormal(2.5, 0.8) * MINUTE;
            const { ip, net } = reach(scene.plan, helper.phone, t, rng);
            castRaw(scene, source, elder, t, choosePicks(rng, contest, target), ip, helper.phone.device.ua(net));
          }
        }
        for (const v of village.villagers) {
          if (rng.chance(0.65)) cast(scene, source, v, dusk + rng.logNormal(45, 0.8) * MINUTE, choosePicks(rng, contest, target), rng);
        }
      }
    }
  },
};
