import type { Voter } from '../model/people';
import { PROVINCES } from '../model/places';
import { gansuCrowd, type Family } from './family';
import { candidateOf, legitSource, only, scaled, MINUTE } from './kit';

/** Linxia counties whose people run noodle shops all over China, and trade abroad. */
const PLACES = ['guanghe', 'dongxiang', 'linxiaxian', 'jishishan', 'hezheng', 'kangle'];

/**
 * The diaspora of a Hui county: its people run "Lanzhou" beef noodle shops in every Chinese city
 * and trade in Dubai, Kuala Lumpur, Almaty, Jeddah; students read at al-Azhar. The association's
 * group posts a reminder each evening; shops vote after closing, the whole staff on the shop's
 * broadband within a few minutes, late at night; those abroad vote in their own evening, which is
 * Beijing's small hours. Every night of the week, through hundreds of shops' lines.
 */
export const diaspora: Family = {
  id: 'H16',
  kind: 'legit',
  description: 'Hui county\'s noodle shops nationwide and traders abroad vote late every night',
  seeds: [1, 2],
  ballot: (rng) => ({ require: [rng.pick(PLACES)] }),
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const c = candidateOf(ctx, PLACES);
    const weights = PROVINCES.map((p) => p.nationwide + p.migrants * 0.5);
    const shops: Voter[][] = [];
    for (let i = scaled(ctx, rng.int(250, 500), 3); i > 0; i--) {
      const hh = people.migrantHousehold(rng, PROVINCES[rng.weightedIndex(weights)], c.place, 0.95);
      hh.muslim = true;
      shops.push(Array.from({ length: rng.int(2, 6) }, () => people.voter(rng, hh, rng.chance(0.35) ? 'youth' : 'adult', c.index, 'shop')));
    }
    const abroad: Voter[][] = [];
    for (let i = scaled(ctx, rng.int(20, 50), 1); i > 0; i--) {
      const hh = people.abroadHousehold(rng, people.abroad(rng), c.place);
      abroad.push(Array.from({ length: rng.int(1, 3) }, () => people.voter(rng, hh, 'adult', c.index, 'adult')));
    }
    for (let d = 0; d < rhythm.days; d++) {
      const src = legitSource(ctx, `diaspora:night${d}`, c, 'diaspora');
      const reminder = rhythm.at(d, 21.75 * 60);
      const first = d === rhythm.dayOf(ctx.ballot.cal.opensAt);
      for (const staff of shops) {
        const closing = rhythm.at(d, rng.uniform(21.5, 22.6) * 60 + staff[0].hh.shiftMin);
        let t = Math.max(reminder, closing) + rng.uniform(0, 40) * MINUTE;
        const home = staff[0].hh.home;
        for (const v of staff) {
          if (!rng.chance(first ? 0.85 : 0.6)) continue;
          t += rng.exponential(1.5) * MINUTE;
          if (!rhythm.inWindow(t)) continue;
          if (home && rng.chance(0.85)) people.cast(rng, v, t, src, { ids: only(ctx, c), ip: people.homeIp(rng, home, t), net: 'WIFI' });
          else people.cast(rng, v, t, src, { ids: only(ctx, c), ...people.mobile(rng, v, t) });
        }
      }
      for (const fam of abroad) {
        const evening = rhythm.at(d, rng.uniform(20.5, 23.5) * 60 + fam[0].hh.shiftMin);
        let t = evening;
        for (const v of fam) {
          if (!rng.chance(0.6)) continue;
          t += rng.exponential(3) * MINUTE;
          if (rhythm.inWindow(t)) people.cast(rng, v, t, src, { ids: only(ctx, c) });
        }
      }
    }
  },
};
