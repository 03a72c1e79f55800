import { HOUR } from '../../heldout/calendar';
import { after } from '../model/people';
import { candidateIn, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * The final day: the candidate's league publicity department and her grassland station push
 * "最后一天" at noon and in the evening before the close; her own supporters come back and new
 * ones arrive, several times her usual day in a few hours.
 */
export const lastDayRally: Family = {
  id: 'Z18',
  kind: 'legit',
  description: 'last-day rally: two pushes before the close bring back supporters and new voters, 3-5x a day',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, crowd, scale } = ctx;
    const c = candidateIn(ctx, ['chifeng', 'bayannur', 'ulanqab', 'tongliao'], 0.45);
    const close = ballot.cal.closesAt;
    const pushes = [close - rng.uniform(12, 14) * HOUR, close - rng.uniform(3, 4) * HOUR];
    const own = crowd.supporters.get(c.id) ?? [];
    pushes.forEach((push, k) => {
      const src = surgeSource(ctx, `z18-rally-${k + 1}`, c, 'z18-rally');
      for (const p of own) if (rng.chance(0.35)) people.vote(rng, p, after(rng, push, 30, 1.1), c, src);
      const fresh = scaled(scale, rng.int(900, 1600), 10);
      for (let i = 0; i < fresh; i++) {
        const p = people.make(rng, { league: rng.chance(0.8) ? c.league : 'hohhot', life: rng.chance(0.3) ? 'herder' : rng.chance(0.6) ? 'town' : 'office' });
        people.vote(rng, p, after(rng, push, 35, 1.1), c, src);
      }
    });
  },
};
