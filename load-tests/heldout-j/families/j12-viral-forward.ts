import { MINUTE } from '../../heldout/calendar';
import { makePerson, selection } from '../model/crowd';
import { OTHER_PROVINCES } from '../model/networks';
import { organicSize, scaled, type Family } from './family';
import { cast, castAs, source, target } from './kit';

/**
 * A short video of a township's flood-season rescue goes viral on a Friday evening: forwarded from
 * Moments to family groups to alumni groups, across Henan and to Henan people everywhere. Arrivals
 * rise for an hour or two as forwards multiply, then fade over the night and the next day; a few
 * moved strangers come back on later days.
 */
export const viralForward: Family = {
  id: 'J12',
  kind: 'legit',
  description: 'viral video forward: cascade over hours, all over Henan and beyond, long tail',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, rhythm, ballot, net } = ctx;
    const main = target(ctx, 0.3, 0.9);
    const day = rng.int(1, 4);
    const start = rhythm.at(day, rng.uniform(18, 21));
    if (!Number.isFinite(start)) return;
    const total = scaled(ctx.scale, rng.int(5000, 11000), 30);
    const src = source(ctx, 'legit', 'viral-day', main, 'viral-forward');
    const tail = source(ctx, 'legit', 'viral-return', main, 'viral-forward');
    const provinces = Object.keys(OTHER_PROVINCES) as (keyof typeof OTHER_PROVINCES)[];
    // Generations of forwards: each generation larger and later, with spread.
    const gens = 6;
    for (let g = 0; g < gens; g++) {
      const share = [0.03, 0.07, 0.15, 0.25, 0.28, 0.22][g];
      const centre = start + (g * rng.uniform(25, 45) + rng.uniform(0, 10)) * MINUTE;
      for (let i = 0; i < Math.round(total * share); i++) {
        const t = Math.floor(centre + rng.gamma(2, 20 + g * 25) * MINUTE);
        const p = makePerson(rng, ctx, { city: rng.int(0, 17), urban: rng.chance(0.5) });
        const ids = selection(rng, ballot, main, ctx.crowd.popularity);
        if (rng.chance(0.15)) {
          // Outside Henan: their own province's network, Wi-Fi or mobile.
          const wifi = rng.chance(0.6);
          cast(ctx, src, p.account, t, ids, net.elsewhere(rng, rng.pick(provinces)), wifi ? p.device.wifi : p.device.cell);
          continue;
        }
        castAs(ctx, rng, src, p, t, ids);
        const hour = ((t - ballot.cal.firstMidnight) / 3_600_000) % 24;
        for (let d = rhythm.dayOf(t) + 1; d < rhythm.dayCount && rng.chance(0.18); d++) castAs(ctx, rng, tail, p, rhythm.nearHabit(rng, d, hour), ids);
      }
    }
  },
};
