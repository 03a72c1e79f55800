import { MINUTE } from '../../heldout/calendar';
import { prefectureOf } from '../model/ballot';
import type { Household, Person } from '../model/people';
import type { Life } from '../model/rhythm';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U14, a village on one fibre line: in the idle winter the old people of the teacher's village
 * spend the day in the village committee's activity room and the shop next door, both on the
 * village's Wi-Fi (one Unicom line, bridged to the houses around). The party secretary reads the
 * link out over the loudspeaker and posts it in the village group at 09:30 on the first morning
 * and every morning after; villagers vote then or later in the day, almost all through the one
 * line (and the shop's second one), on old phones with old WeChat.
 */
export const villageSharedLine: Family = {
  id: 'U14',
  kind: 'legit',
  description: 'elderly villagers on the village committee Wi-Fi: one line for 350-700 people',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, scale } = ctx;
    const teacher = byRank(ctx, 6, 16);
    const region = prefectureOf(teacher);
    const lines: Household[] = [people.household(rng, region, 'unicom', 0.3), people.household(rng, region, 'telecom', 0.1)];
    const source = sourcesPer(ctx, { name: 'village-line', kind: 'legit', teacher });
    const villagers = scaled(scale, rng.int(350, 700), 6);
    const joined: Array<{ p: Person; keen: number; since: number }> = [];
    let waiting = villagers;
    for (let d = 1; d < rhythm.days; d++) {
      const call = rhythm.at(d, 9 * 60 + 30 + rng.normal(0, 6));
      if (call >= ballot.cal.closesAt) break;
      const joining = d === 1 ? Math.round(waiting * 0.55) : Math.round(waiting * 0.35);
      waiting -= joining;
      for (let i = 0; i < joining; i++) {
        const life: Life = rng.chance(0.6) ? 'elder' : 'village';
        const home = rng.chance(0.85) ? lines[rng.chance(0.8) ? 0 : 1] : 0.2;
        joined.push({ p: people.make(rng, { life, segment: life === 'elder' ? 'elder' : 'rural', region, home, wifiAtHome: 0.92 }), keen: rng.uniform(0.5, 0.9), since: d });
      }
      for (const v of joined) {
        if (v.since !== d && !rng.chance(v.keen)) continue;
        const t = rng.chance(0.6) ? rhythm.pickUp(rng, v.p.life, call + rng.gamma(1.3, 30) * MINUTE) : rhythm.inDay(rng, v.p.life, d, 8 * 60);
        if (t >= ballot.cal.closesAt || rhythm.dayOf(t) !== d) continue;
        people.vote(rng, v.p, t, people.choices(rng, teacher), source(d));
      }
    }
  },
};
