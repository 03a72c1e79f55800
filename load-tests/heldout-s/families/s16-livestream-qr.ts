import { MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import { organicSize, partSource, scaled, type Family } from './family';

/**
 * The county media centre (融媒体中心) livestreams a Doctors' Day special on two evenings; at
 * about 20:15 and 20:50 the host shows the ballot's QR code and thousands of viewers in the
 * county vote within minutes, from home broadband and phones.
 */
export const livestreamQr: Family = {
  id: 'S16',
  kind: 'legit',
  description: 'county livestream shows the QR code twice an evening: thousands within minutes',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 2, 12);
    const region = doctor.county.prefecture;
    const evenings = [rng.int(1, 3), rng.int(4, rhythm.days - 2)];
    for (const d of evenings) {
      const source = partSource(ctx, 'legit', 'livestream', doctor.id, d);
      const viewers = scaled(ctx.scale, rng.int(2000, 4000), 4);
      const shows = [rhythm.clock(d, 20, rng.uniform(10, 20)), rhythm.clock(d, 20, rng.uniform(45, 55))];
      for (let i = 0; i < viewers; i++) {
        const segment = rng.pick(['village', 'elder', 'young', 'young'] as const);
        const p = people.make(rng, { segment, routine: 'townsfolk', region, home: rng.chance(0.75) ? people.household(rng, region) : null }, doctor);
        const show = shows[rng.chance(0.6) ? 0 : 1];
        people.cast(rng, p, show + rng.gamma(1.6, 2.5 * MINUTE), doctor, source);
      }
    }
  },
};
