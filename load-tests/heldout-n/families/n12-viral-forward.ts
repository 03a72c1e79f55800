import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import { supporter } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';

/**
 * One evening a post about the town ("our hometown needs you!") goes viral through WeChat groups:
 * a few dozen seed groups, each forward landing in more groups after a while, cascade sizes
 * heavy-tailed. Voters are the place's natives wherever they are: at home, in Nanning, in
 * Guangdong's factories, elsewhere, abroad. A quarter of them vote again the next day.
 */
export const viralForward: Family = {
  id: 'N12',
  kind: 'legit',
  description: 'viral evening forward through hometown groups, natives everywhere',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 4, 14);
    const d = rng.int(2, 4);
    const source = ledger.source({ name: `N12 forward day ${d}`, kind: 'legit', candidateId: target.id, group: 'viral forward' });
    const again = ledger.source({ name: `N12 next day ${d + 1}`, kind: 'legit', candidateId: target.id, group: 'viral forward' });
    const cap = scaled(scale, rng.int(6000, 11000), 80);
    const queue: number[] = Array.from({ length: rng.int(30, 60) }, () => rhythm.clock(d, 19, rng.int(0, 50)) + rng.exponential(20 * MINUTE));
    let made = 0;
    const kinds = ['resident', 'resident', 'resident', 'elder', 'guangdong', 'guangdong', 'capital', 'student', 'elsewhere', 'abroad'] as const;
    while (queue.length > 0 && made < cap) {
      const posted = queue.shift() ?? 0;
      const size = Math.min(500, Math.round(rng.logNormal(40, 0.9) * Math.max(0.05, scale)) + 1);
      for (let i = 0; i < size && made < cap; i++, made++) {
        const p = supporter(rng, ctx, target, rng.pick(kinds));
        const at = posted + rng.gamma(1.2, 8 * MINUTE);
        const picks = people.picks(rng, target);
        people.vote(rng, p, at, picks, source);
        if (rng.chance(0.06)) queue.push(at + rng.logNormal(15 * MINUTE, 0.8));
        if (rng.chance(0.25)) people.vote(rng, p, rhythm.at(rng, p.profile, d + 1), picks, again);
      }
    }
  },
};
