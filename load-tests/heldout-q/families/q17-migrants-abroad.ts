import { HOUR, MINUTE } from '../../heldout/calendar';
import { supporter } from '../model/crowd';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * A border township's people working away: in Thailand, Laos, Myanmar and Malaysia (an hour
 * behind Beijing), and on night shifts in east-coast factories who vote at the midnight meal
 * break or the 04:00 rest. 1,500-3,000 of them, most days, at hours the township itself sleeps.
 */
export const migrantsAbroad: Family = {
  id: 'Q17',
  kind: 'legit',
  description: 'migrants on east-coast night shifts and workers in SE Asia vote most days at odd hours',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const away = Array.from({ length: scaled(scale, rng.int(1500, 3000), 20) }, () => {
      const abroad = rng.chance(0.45);
      return { p: supporter(rng, people, c, abroad ? 'abroad' : 'migrant'), abroad, keep: rng.uniform(0.5, 0.9) };
    });
    for (const d of daysFrom(ctx, 0, rhythm.days)) {
      const src = source(ctx, 'legit', `q17-away-${d}`, ci, 'q17-away');
      for (const a of away) {
        if (!rng.chance(a.keep)) continue;
        let at: number;
        if (a.abroad) at = rng.chance(0.5) ? rhythm.at(d, rng.uniform(6, 8.5)) : rhythm.timeOnDay(rng, 'abroad', d);
        else at = rhythm.midnight(d) + (rng.chance(0.6) ? rng.uniform(0, 1) * HOUR : 4 * HOUR + rng.exponential(20 * MINUTE));
        people.vote(rng, a.p, at, people.selection(rng, ci), src);
      }
    }
  },
};
