import { MINUTE } from '../../heldout/calendar';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Linyi's media centre livestreams the Lanshan nominee's night sweep on Kuaishou and WeChat
 * Channels at 20:00 on two evenings, the QR code on screen: 2,000–3,500 viewers vote within a
 * quarter hour of the code appearing, mostly on home broadband.
 */
export const livestream: Family = {
  id: 'T16',
  kind: 'legit',
  description: 'Lanshan livestream QR at 20:05 on 2 evenings: 2-3.5k viewers in ~15 min',
  seeds: [1, 2],
  ballot: { include: ['兰山区'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const target = nominee(ctx.ballot, '兰山区');
    const source = daySources(ctx, 'T16 livestream', 'legit', target);
    const first = rng.int(1, 3);
    for (const day of [first, first + rng.int(2, 3)]) {
      const code = rhythm.midnight(day) + (20 * 60 + rng.int(2, 9)) * MINUTE;
      for (let i = scaled(ctx.scale, rng.int(2000, 3500)); i > 0; i--) {
        const p = people.make(rng, '临沂', { market: rng.pick(['city', 'town', 'elder'] as const) });
        people.cast(rng, p, code + rng.exponential(6) * MINUTE, people.picks(rng, target.id), source(day));
      }
    }
  },
};
