import { MINUTE } from '../../heldout/calendar';
import { makePerson } from '../model/crowd';
import { poissonTimes } from '../model/rhythm';
import { organicSize, scaled, type Family } from './family';
import { castAs, idOf, source, target } from './kit';

/**
 * A township's staff set up a table at the periodic market (逢集, every third day) with a QR-code
 * poster and a portable Wi-Fi. Villagers who came to sell vegetables or buy seed scan it, many on
 * the table's hotspot, staff helping older people through it on their own phones. Steady through
 * the market morning, busiest around nine.
 */
export const marketDayBooth: Family = {
  id: 'J15',
  kind: 'legit',
  description: 'market-day booth: QR poster + portable hotspot, market mornings every third day',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, rhythm, ballot, net } = ctx;
    const main = target(ctx, 0.3, 0.9);
    const city = ballot.candidates[main].cityIndex;
    const ids = [idOf(ctx, main)];
    const first = rng.int(0, 2);
    const perDay = scaled(ctx.scale, rng.int(800, 1400), 5);
    for (let d = first; d < rhythm.dayCount; d += 3) {
      const src = source(ctx, 'legit', `market-${d}`, main, 'market-booth');
      const hotspot = net.cell(rng, city);
      const open = rhythm.at(d, 7);
      const close = rhythm.at(d, 11.5);
      if (!Number.isFinite(open) || !Number.isFinite(close)) continue;
      const peak = open + 2 * 60 * MINUTE;
      const rate = (t: number) => (perDay / 270) * Math.max(0.25, 1.6 - Math.abs(t - peak) / (90 * MINUTE));
      for (const t of poissonTimes(rng, open, close, (perDay / 270) * 1.7, rate)) {
        const p = makePerson(rng, ctx, { city, elderly: rng.chance(0.5), broadband: 0.4 });
        // On the booth's hotspot, a phone says WIFI; the hotspot's own address is a 4G one.
        if (rng.chance(0.45)) castAs(ctx, rng, src, { ...p, home: [hotspot, hotspot], work: hotspot }, t, ids);
        else castAs(ctx, rng, src, p, t, ids);
      }
    }
  },
};
