import { MINUTE } from '../../heldout/calendar';
import { supporter } from '../model/crowd';
import type { Person } from '../model/people';
import { organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * A close race: two neighbouring townships level for the last seat both rally on the last two
 * days. Each side's cadres post a reminder every hour or two from morning to the close, and
 * each reminder brings a wave of supporters, old and new; both sides are honest.
 */
export const closeRace: Family = {
  id: 'Q18',
  kind: 'legit',
  description: 'close race: two townships rally hourly waves of supporters over the last two days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm, scale } = ctx;
    const a = pickCandidate(ctx, 'mid');
    const b = pickCandidate(ctx, 'mid', [a]);
    // The ballot closes at the hour it opened: a closing day with little left does not count.
    const last = ballot.cal.closesAt - rhythm.midnight(rhythm.days - 1) < 12 * 60 * MINUTE ? rhythm.days - 2 : rhythm.days - 1;
    for (const ci of [a, b]) {
      const c = ballot.candidates[ci];
      const side: Person[] = [];
      const perDay = scaled(scale, rng.int(1500, 3000), 20);
      for (const d of [last - 1, last]) {
        const src = source(ctx, 'legit', `q18-rally-${ci}-${d}`, ci, `q18-rally-${ci}`);
        const waves: number[] = [];
        for (let h = rng.uniform(7.5, 8.5); h < 23; h += rng.uniform(1, 2)) waves.push(rhythm.at(d, h));
        for (let i = 0; i < perDay; i++) {
          const p = side.length > 0 && rng.chance(0.5) ? rng.pick(side) : supporter(rng, people, c);
          side.push(p);
          people.vote(rng, p, rng.pick(waves) + rng.gamma(1.2, 15 * MINUTE), people.selection(rng, ci), src);
        }
      }
    }
  },
};
