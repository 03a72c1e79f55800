import type { Household } from '../model/people';
import { votingDays } from '../model/crowd';
import { gansuCrowd, type Family } from './family';
import { ballotDays, byStrength, clock, legitSource, scaled, MINUTE } from './kit';

/**
 * A forward that catches fire: a short video about a Tibetan township's herders or a Longnan
 * village rebuilt after the floods goes round Moments and hundreds of WeChat groups, Gansu's and
 * then everyone's. Each group forward brings a handful to a few dozen votes within half an hour;
 * forwards spread over the afternoon and evening and fade by the next morning. Nearly all fresh
 * accounts, from everywhere, on every kind of phone and network.
 */
export const viralForward: Family = {
  id: 'H12',
  kind: 'legit',
  description: 'viral forward: hundreds of group forwards, 8-20k votes in a day from everywhere',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const ranked = byStrength(ctx);
    const underdogs = ranked.slice(Math.floor(ranked.length / 3));
    const touching = underdogs.filter((c) => ['gannan', 'longnan'].includes(c.place.pref.key));
    const c = rng.pick(touching.length > 0 ? touching : underdogs);
    const days = ballotDays(ctx).filter((d) => d >= 2 && d <= 4);
    const d = rng.pick(days.length > 0 ? days : ballotDays(ctx));
    const start = clock(ctx, d, rng.pick([12.4, 20.2]) + rng.uniform(0, 0.4));
    const target = scaled(ctx, rng.int(8000, 20000), 40);
    const sources = new Map<number, number>();
    const sourceOn = (day: number) => {
      let s = sources.get(day);
      if (s === undefined) sources.set(day, (s = legitSource(ctx, `viral:day${day}`, c, 'viral')));
      return s;
    };
    let added = 0;
    while (added < target) {
      const groupAt = start + rng.logNormal(2.5, 0.7) * 60 * MINUTE;
      const inGansu = rng.chance(0.45);
      const size = Math.max(2, Math.round(rng.logNormal(12, 0.8)));
      let hh: Household | undefined;
      for (let i = 0; i < size; i++) {
        // Group members are strangers; now and then two of one family.
        if (!hh || rng.chance(0.85)) hh = inGansu ? people.household(rng, people.anyCounty(rng)) : people.migrantHousehold(rng, people.province(rng, 'nationwide'), undefined, 0.7);
        const age = rng.chance(0.25) ? 'elder' : rng.chance(0.3) ? 'youth' : 'adult';
        const v = people.voter(rng, hh, age, c.index, age === 'elder' ? 'elder' : 'adult');
        if (!inGansu) v.simArea = hh.area;
        v.loyalty *= 0.3;
        const first = rhythm.whenSeen(rng, v.life, groupAt + rng.logNormal(8, 1.1) * MINUTE, hh.shiftMin);
        const times = votingDays(rng, ctx, v, first, []);
        for (const [k, t] of times.entries()) people.cast(rng, v, t, k === 0 ? sourceOn(rhythm.dayOf(t)) : ctx.crowd.source);
        added += times.length;
      }
    }
  },
};
