import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { AWAY, type Place } from '../model/networks';
import { dayBetween, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * The county head's evening livestream (Douyin and the county media centre) features the teacher
 * on two evenings and puts the ballot's QR code on screen at about 20:40: 2,000–5,000 viewers
 * vote within minutes, on home Wi-Fi or mobile data, from the county, Zhengzhou and beyond.
 */
export const livestream: Family = {
  id: 'R16',
  kind: 'legit',
  description: "county head's livestream QR code on 2 evenings: 2-5k viewers vote within minutes",
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm } = ctx;
    const target = midTable(rng, ballot, 4, 14);
    const first = dayBetween(ctx, 1, 3);
    const shows = [first, Math.min(rhythm.days - 2, first + rng.int(2, 3))];
    for (const d of shows) {
      const src = surgeSource(ctx, `R16-show${d}`, target, 'R16');
      const qr = rhythm.at(d, 20, 40) + rng.normal(0, 4 * MINUTE);
      const viewers = scaled(ctx.scale, rng.int(2000, 5000), 20);
      for (let i = 0; i < viewers; i++) {
        const r = rng.next();
        const place: Place = r < 0.65 ? target.city : r < 0.85 ? '郑州' : rng.pick(AWAY);
        const p = people.make(rng, { place, segment: r < 0.65 ? 'village' : r < 0.85 ? 'city' : 'migrant', home: rng.chance(0.65) });
        people.vote(rng, p, qr + rng.logNormal(2.5 * MINUTE, 0.8), [target.id], src);
      }
    }
  },
};
