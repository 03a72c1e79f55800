import type { Voter } from '../model/people';
import { gansuCrowd, type Family } from './family';
import { ballotDays, candidateOf, clock, legitSource, only, scaled, SECOND, MINUTE } from './kit';

/** Pastoral counties: Tibetan, Yugur, Kazakh and Mongol herding country. */
const PLACES = ['maqu', 'luqu', 'xiahe', 'sunan', 'tianzhu', 'akesai', 'subei'];

/**
 * Herders come down to the township seat on market day. The township government sets up a help
 * desk in its courtyard: cadres take each herder's old phone, open the article, vote and hand it
 * back, a minute or two apiece, on the township's Wi-Fi; other herders vote themselves on the one
 * mobile mast. Out on the grassland they vote now and then in the evening. Two or three market
 * days in the week.
 */
export const herderMarketDay: Family = {
  id: 'H18',
  kind: 'legit',
  description: 'pastoral township market days: cadres vote herders\' old phones at a help desk',
  seeds: [1, 2],
  ballot: (rng) => ({ require: [rng.pick(PLACES)] }),
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const c = candidateOf(ctx, PLACES);
    const township = people.site(`township:${c.place.key}`, c.place, 2);
    const herders: Voter[] = Array.from({ length: scaled(ctx, rng.int(800, 2000), 10) }, () => {
      const hh = people.household(rng, c.place, 'pastoral');
      return people.voter(rng, hh, rng.chance(0.45) ? 'elder' : 'adult', c.index, 'herder');
    });
    const days = rng.shuffle(ballotDays(ctx).filter((d) => d >= 1)).slice(0, rng.int(2, 3)).sort((a, b) => a - b);
    for (const d of days) {
      const src = legitSource(ctx, `market:day${d}`, c, 'market-day');
      const desks = rng.int(2, 4);
      const queue: { v: Voter; arrive: number }[] = [];
      const come = rng.uniform(0.35, 0.5);
      for (const v of herders) {
        if (!rng.chance(come)) continue;
        const arrive = clock(ctx, d, Math.min(16, Math.max(10.3, rng.normal(12.6, 1.2))));
        if (rng.chance(0.55)) queue.push({ v, arrive });
        else {
          const t = arrive + rng.uniform(5, 90) * MINUTE;
          if (rhythm.inWindow(t)) people.cast(rng, v, t, src, { ids: only(ctx, c), ...people.mobile(rng, v, t) });
        }
      }
      queue.sort((a, b) => a.arrive - b.arrive);
      const free = Array.from({ length: desks }, () => 0);
      for (const q of queue) {
        const k = free.indexOf(Math.min(...free));
        const t = Math.max(q.arrive, free[k]) + rng.uniform(5, 20) * SECOND;
        free[k] = t + rng.logNormal(80, 0.4) * SECOND;
        if (rhythm.inWindow(t)) people.cast(rng, q.v, t, src, { ids: only(ctx, c), ip: rng.pick(township.ips), net: 'WIFI' });
      }
    }
    // On the grassland, now and then, in the evening.
    for (const v of herders) {
      for (let d = 0; d < rhythm.days; d++) {
        if (days.includes(d) || !rng.chance(0.12)) continue;
        const t = rhythm.sampleOnDay(rng, 'herder', d, v.hh.shiftMin);
        if (rhythm.inWindow(t)) people.cast(rng, v, t, ctx.crowd.source, { ids: only(ctx, c), ...people.mobile(rng, v, t) });
      }
    }
  },
};
