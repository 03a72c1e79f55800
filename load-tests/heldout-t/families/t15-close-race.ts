import { MINUTE } from '../../heldout/calendar';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * A close race at the end: Boshan and Rongcheng are neck and neck for the tenth seat, and on the
 * last two days each district's media centre pushes a reminder at 12:00 and 20:00 to its
 * followers; each push brings 600–1,100 votes within half an hour.
 */
export const closeRace: Family = {
  id: 'T15',
  kind: 'legit',
  description: 'Boshan vs Rongcheng close race: reminder pushes 12:00/20:00 on the last 2 days',
  seeds: [1, 2],
  ballot: { include: ['博山区', '荣成市'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const rivals = [nominee(ballot, '博山区'), nominee(ballot, '荣成市')];
    for (const c of rivals) {
      const source = daySources(ctx, `T15 ${c.district} reminders`, 'legit', c);
      for (const day of [rhythm.days - 3, rhythm.days - 2]) {
        for (const minute of [12 * 60, 20 * 60]) {
          const push = rhythm.midnight(day) + (minute + rng.int(-3, 8)) * MINUTE;
          for (let i = scaled(ctx.scale, rng.int(600, 1100)); i > 0; i--) {
            const p = people.make(rng, c.city, { market: rng.chance(0.5) ? 'town' : 'elder' });
            people.cast(rng, p, push + rng.gamma(1.4, 9) * MINUTE, people.picks(rng, c.id), source(day * 2 + (minute > 720 ? 1 : 0)));
          }
        }
      }
    }
  },
};
