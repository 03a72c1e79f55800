import { opensMessage } from '../model/arrivals';
import { clockTime } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import { ANDROID_MODELS, androidDevice, everydayPhone, pickRelease } from '../model/handsets';
import type { Person } from '../model/people';
import { cast } from '../model/scene';
import type { Family } from './family';
import { surgeSource, workdays } from './kit';

/**
 * A state-owned employer whose staff carry company-issued phones: one model bought in bulk, one
 * firmware, WeChat pushed by the IT department, so their user agents differ only in MMWEBID. An
 * internal notice asks everyone to vote for the home county; they do it at their desks on the
 * office Wi-Fi (one or two addresses), and again on the following workday mornings.
 */
export const D12: Family = {
  id: 'D12',
  kind: 'legit',
  title: 'employer staff on one issued phone model, office Wi-Fi, workday mornings',
  description:
    'An employer of 800-1500 staff, 85% on one company-issued phone model (same Android build and WeChat release, distinct MMWEBIDs), votes after an internal notice from the office Wi-Fi (1-2 NAT addresses) on a weekday morning and again on up to three following workday mornings.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const target = candidateRanked(rng, contest, 2, 10);
    const region = plan.region(contest.candidates[target].city);
    const office = people.workplace(region, 1200, 0.95);
    const model = rng.pick(ANDROID_MODELS.filter((m) => m.tier === 'mid' && m.launched >= 2022));
    const android = model.android[1];
    const release = pickRelease(rng, 'youth');
    const first = androidDevice(rng, { model, android, release });
    const build = first.ua('WIFI').match(/Build\/([^;]+);/)?.[1];
    const staff: Person[] = [];
    for (let n = rng.int(800, 1500); n > 0; n--) {
      const device = rng.chance(0.85) ? androidDevice(rng, { model, android, release, build }) : everydayPhone(rng, 'adult');
      staff.push(people.person({ region, cohort: 'adult', device, work: office }));
    }
    workdays(scene, 1, 6).slice(0, 4).forEach((day, k) => {
      const source = surgeSource(scene, `company staff, day ${day}`, target, 'D12 company phones');
      const notice = clockTime(cal, day, rng.uniform(8.8, 9.6));
      for (const p of staff) {
        if (k > 0 && !rng.chance(0.6)) continue;
        cast(scene, source, p, opensMessage(rng, notice, k === 0 ? 18 : 30, 0.9), choosePicks(rng, contest, target), rng);
      }
    });
  },
};
