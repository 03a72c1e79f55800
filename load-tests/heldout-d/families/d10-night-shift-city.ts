import type { Rng } from '../../heldout/prng';
import { clockHour, clockTime, HOUR } from '../model/clock';
import { byAppeal, choosePicks, type Contest } from '../model/contest';
import type { Person } from '../model/people';
import { cast, type Scene } from '../model/scene';
import type { Family } from './family';
import { surgeSource } from './kit';

/** Cities with round-the-clock plants: steel, petrochemicals, electronics assembly, rare earths. */
const INDUSTRIAL = ['新余市', '九江市', '吉安市', '赣州市', '鹰潭市', '宜春市'];

const isNight = (t: number): boolean => clockHour(t) >= 22 || clockHour(t) < 6;

/** Shift workers look at their phones on the meal break and the small-hours break, and a bit throughout. */
function nightShape(t: number): number {
  const h = (clockHour(t) + 2) % 24; // hours since 22:00
  return 0.6 + 1.2 * Math.exp(-0.5 * ((h - 2.5) / 0.5) ** 2) + 0.9 * Math.exp(-0.5 * ((h - 5.5) / 0.6) ** 2);
}

function nightInstant(rng: Rng, start: number): number {
  for (;;) {
    const t = start + rng.uniform(0, 8 * HOUR);
    if (rng.next() * 2 < nightShape(t)) return Math.floor(t);
  }
}

/** Organic votes for `candidate` and in all, by day (07-22) and by night (22-06). */
function organicShares(scene: Scene, contest: Contest, candidate: number): { dayShare: number; night: number; nightMine: number } {
  const id = contest.candidates[candidate].id;
  let day = 0;
  let dayMine = 0;
  let night = 0;
  let nightMine = 0;
  for (const v of scene.ledger.added()) {
    const mine = v.candidateIds.includes(id) ? 1 : 0;
    if (isNight(v.at)) [night, nightMine] = [night + 1, nightMine + mine];
    else if (clockHour(v.at) >= 7) [day, dayMine] = [day + 1, dayMine + mine];
  }
  return { dayShare: dayMine / Math.max(1, day), night, nightMine };
}

/**
 * A city of shift workers. Every night, people on the night shift at the plants vote for their own
 * county's nominee between jobs, so through the night that candidate draws about four times its
 * daytime share. They are real: their own accounts, all sorts of phones, carrier addresses (some
 * on dormitory Wi-Fi), arriving independently; many come back the next night.
 */
export const D10: Family = {
  id: 'D10',
  kind: 'legit',
  title: 'night-shift city: ~4x daytime share every night, Poisson, carrier IPs',
  description:
    'Shift workers of an industrial city vote for their county nominee every night (22:00-06:00) so that it takes about 4x its daytime share of night votes; independent arrivals peaking on the meal breaks, fresh accounts, many phone models, carrier NAT/IPv6 and some dormitory Wi-Fi; many return the next night.',
  seeds: [1, 2, 3],
  ballot: { category: 'county', maxChoices: [1, 3] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const ranked = byAppeal(contest).filter((i) => INDUSTRIAL.includes(contest.candidates[i].city));
    const target = ranked[Math.min(ranked.length - 1, rng.int(0, 3))];
    const region = plan.region(contest.candidates[target].city);
    const { dayShare, night, nightMine } = organicShares(scene, contest, target);
    // (mine + x) / (night + x) = 4 × dayShare, solved for the extra night votes x.
    const want = Math.min(0.6, 4 * dayShare);
    const extra = Math.max(0, Math.round((want * night - nightMine) / (1 - want)));
    const nights: number[] = [];
    for (let d = 0; d < cal.dayCount; d++) if (clockTime(cal, d, 22) >= cal.opensAt && clockTime(cal, d, 30) <= cal.closesAt) nights.push(d);
    const regulars: Person[] = [];
    const perNight = extra / nights.length;
    for (const d of nights) {
      const source = surgeSource(scene, `night shift, night of day ${d}`, target, 'D10 night shift');
      const tonight = Math.round(perNight * rng.uniform(0.85, 1.15));
      // Last night's voters who come back tonight, then newcomers make up the rest.
      const back = regulars.filter(() => rng.chance(0.55)).slice(0, tonight);
      const crowd = [...back];
      while (crowd.length < tonight) {
        const p = people.person({ region, cohort: rng.chance(0.7) ? 'worker' : 'adult', work: null, home: rng.chance(0.3) ? undefined : null });
        regulars.push(p);
        crowd.push(p);
      }
      for (const p of crowd) cast(scene, source, p, nightInstant(rng, clockTime(cal, d, 22)), choosePicks(rng, contest, target), rng);
    }
  },
};
