import type { Segment } from '../model/devices';
import { HLJ_CITIES } from '../model/places';
import type { Person } from '../model/people';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

const VIEWERS: ReadonlyArray<[string, number]> = [['黑龙江', 55], ['吉林', 10], ['辽宁', 10], ['山东', 6], ['河北', 5], ['北京', 4], ['河南', 4], ['天津', 3], ['江苏', 3]];

/**
 * U17, a Kuaishou livestream: a north-eastern Kuaishou host with a big rural following visits the
 * teacher's school and, on two evenings' streams (20:00–21:40), holds the vote's QR code to the
 * camera three times and tells the audience to scan it. Each call brings hundreds to over a
 * thousand viewers in a few minutes — mostly the north-east, budget phones, mobile data. A few
 * vote again the next day.
 */
export const kuaishouLivestream: Family = {
  id: 'U17',
  kind: 'legit',
  description: 'Kuaishou host shows the QR code 3x on 2 evening streams: minute-scale spikes',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, scale } = ctx;
    const teacher = byRank(ctx, 6, 18);
    const source = sourcesPer(ctx, { name: 'livestream', kind: 'legit', teacher });
    const evenings = rng.shuffle(Array.from({ length: rhythm.days - 2 }, (_, i) => i + 1)).slice(0, 2).sort((a, b) => a - b);
    const viewers: Array<{ p: Person; day: number }> = [];
    for (const d of evenings) {
      const calls = [20 * 60 + 15, 20 * 60 + 50, 21 * 60 + 25].map((m) => rhythm.at(d, m + rng.normal(0, 5)));
      calls.forEach((call, k) => {
        const n = scaled(scale, rng.int(350, 1000), 5);
        for (let i = 0; i < n; i++) {
          const where = VIEWERS[rng.weightedIndex(VIEWERS.map((v) => v[1]))][0];
          const region = where === '黑龙江' ? rng.pick(HLJ_CITIES) : where;
          const segment: Segment = (['budget', 'rural', 'elder'] as const)[rng.weightedIndex([50, 35, 15])];
          const p = people.make(rng, { life: segment === 'elder' ? 'elder' : 'village', segment, region, home: 0.4, wifiAtHome: 0.5 });
          const t = call + (20 + rng.exponential(3.5 * 60)) * 1000;
          if (t >= ballot.cal.closesAt) continue;
          people.vote(rng, p, t, people.choices(rng, teacher), source(`day${d}-call${k + 1}`));
          viewers.push({ p, day: d });
        }
      });
    }
    for (const v of viewers) {
      if (!rng.chance(0.15)) continue;
      const t = people.around(rng, v.day + 1, v.p.habit, 40);
      if (t < ballot.cal.closesAt && rhythm.dayOf(t) === v.day + 1) people.vote(rng, v.p, t, people.choices(rng, teacher), source(`next-day${v.day + 1}`));
    }
  },
};
