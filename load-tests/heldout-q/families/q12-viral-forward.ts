import { MINUTE } from '../../heldout/calendar';
import { supporter } from '../model/crowd';
import type { Person } from '../model/people';
import type { Segment } from '../model/rhythm';
import { organicSize, pickCandidate, scaled, source, type Family } from './family';

const SEGMENTS: readonly Segment[] = ['village', 'village', 'city', 'city', 'migrant', 'student', 'abroad'];

/**
 * A viral forward: one evening a short video of the township's terraces and its story goes round
 * hometown and alumni groups. Seed groups, log-normal group sizes, forwards begetting forwards,
 * 6,000-12,000 voters from everywhere; a quarter vote again the next evening.
 */
export const viralForward: Family = {
  id: 'Q12',
  kind: 'legit',
  description: 'viral forward: an evening cascade through groups, 6,000-12,000 voters, a quarter back next day',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const day = rng.int(1, 4);
    const cap = scaled(scale, rng.int(6000, 12000), 60);
    const src = source(ctx, 'legit', 'q12-forward', ci, 'q12-forward');
    const queue = Array.from({ length: 12 }, () => rhythm.at(day, rng.uniform(19, 20.2)));
    const voters: Array<{ p: Person; at: number }> = [];
    while (queue.length > 0 && voters.length < cap) {
      queue.sort((a, b) => a - b);
      const posted = queue.shift() as number;
      const size = Math.round(rng.logNormal(60, 0.8) * Math.max(scale, 0.05));
      for (let i = 0; i < size && voters.length < cap; i++) {
        const at = posted + rng.gamma(1.1, 12 * MINUTE);
        const p = supporter(rng, people, c, rng.pick(SEGMENTS));
        voters.push({ p, at });
        people.vote(rng, p, at, people.selection(rng, ci), src);
        if (rng.chance(0.035)) queue.push(at + rng.exponential(8 * MINUTE));
      }
    }
    const again = source(ctx, 'legit', 'q12-next-day', ci, 'q12-forward');
    for (const v of voters) {
      if (rng.chance(0.25)) people.vote(rng, v.p, v.at + 24 * 60 * MINUTE + rng.normal(0, 60 * MINUTE), people.selection(rng, ci), again);
    }
  },
};
