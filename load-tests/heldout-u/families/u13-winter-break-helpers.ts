import { MINUTE } from '../../heldout/calendar';
import { prefectureOf } from '../model/ballot';
import type { Person } from '../model/people';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U13, grandchildren home for the winter holiday: university and high-school students back in the
 * teacher's township take the family's phones after supper — grandma's old OPPO, grandpa's
 * Huawei, mum's vivo — and vote on each in turn, then on their own, over the house's broadband
 * line. Each phone is its own person's account and install; the votes come 15–90 s apart from one
 * address, on most evenings of the holiday week.
 */
export const winterBreakHelpers: Family = {
  id: 'U13',
  kind: 'legit',
  description: 'students home for winter break vote on 2-5 family phones over home Wi-Fi',
  seeds: [1, 2],
  ballot: { term: 'break' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, scale } = ctx;
    const teacher = byRank(ctx, 4, 15);
    const region = prefectureOf(teacher);
    const source = sourcesPer(ctx, { name: 'family-phones', kind: 'legit', teacher });
    const homes = Array.from({ length: scaled(scale, rng.int(150, 280), 4) }, () => {
      const home = people.household(rng, region, undefined, 0.1);
      const phones: Person[] = Array.from({ length: rng.int(2, 5) }, (_, i) =>
        people.make(rng, { life: i < 2 ? 'elder' : 'parent', segment: i < 2 ? 'elder' : 'rural', region, home, wifiAtHome: 1 }),
      );
      const student = people.make(rng, { life: 'student', segment: 'student', region, home, wifiAtHome: 1 });
      return { phones, student, evening: rng.uniform(18 * 60 + 30, 21 * 60 + 15), keen: rng.uniform(0.6, 0.92) };
    });
    for (let d = 0; d < rhythm.days; d++) {
      for (const h of homes) {
        if (!rng.chance(h.keen)) continue;
        let t = rhythm.at(d, h.evening) + rng.normal(0, 20) * MINUTE;
        if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt || rhythm.dayOf(t) !== d) continue;
        for (const p of [...rng.shuffle([...h.phones]), h.student]) {
          if (rng.chance(0.1)) continue;
          people.vote(rng, p, t, people.choices(rng, teacher), source(d));
          t += (15 + rng.gamma(2, 18)) * 1000;
        }
      }
    }
  },
};
