import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import type { Person } from '../model/people';
import { dayBetween, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * Village volunteers (网格员) help the elderly vote at the morning health check in the village
 * square: each volunteer turns on a phone hotspot and goes through 15–35 elders, one after
 * another, 1–3 minutes each, on the elders' own (old) phones, between 08:30 and 11:00 on three
 * or four days; most elders are back on the following mornings.
 */
export const volunteerHelpers: Family = {
  id: 'R17',
  kind: 'legit',
  description: "20-40 village volunteers helping elders vote on their own phones via the volunteer's hotspot, mornings",
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm } = ctx;
    const target = midTable(rng, ballot, 3, 14);
    const volunteers = Array.from({ length: scaled(ctx.scale, rng.int(20, 40), 2) }, () => ({
      carrier: net.carrier(rng),
      elders: Array.from({ length: rng.int(15, 35) }, (): Person => people.make(rng, { place: target.city, segment: 'elder', market: 'elder' })),
    }));
    const first = dayBetween(ctx, 1, 3);
    const days = rng.int(3, 4);
    for (let d = first; d < Math.min(first + days, rhythm.days); d++) {
      const src = surgeSource(ctx, `R17-day${d}`, target, 'R17');
      for (const v of volunteers) {
        // The hotspot's public address is the volunteer's mobile CGNAT egress of the morning.
        const hotspot = net.mobile(rng, target.city, v.carrier);
        let at = rhythm.at(d, 8, 30) + rng.uniform(0, 30) * MINUTE;
        for (const e of v.elders) {
          if (!rng.chance(0.85)) continue;
          people.vote(rng, e, at, [target.id], src, { ip: hotspot, net: 'WIFI' });
          at += rng.uniform(60_000, 180_000);
        }
      }
    }
  },
};
