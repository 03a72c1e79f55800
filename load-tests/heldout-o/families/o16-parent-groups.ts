import { MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/people';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** Teachers post the ballot in class parent groups (家长群) at lunch or after homework; each class answers within minutes. */
export const parentGroups: Family = {
  id: 'O16',
  kind: 'legit',
  description: 'class parent groups: 40-70 classes x 30-50 parents answering each teacher post, days 1-5',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    const classes: Person[][] = Array.from({ length: scaled(ctx.scale, rng.int(40, 70), 2) }, () => Array.from({ length: rng.int(30, 50) }, () => people.person(rng, { place: c.county, homeShare: 0.8 })));
    for (let d = 1; d <= 5; d++) {
      const src = ledger.source({ name: `parents-day${d}`, kind: 'legit', candidateId: c.id, group: 'parents' });
      for (const cls of classes) {
        if (d > 1 && !rng.chance(0.6)) continue;
        const post = rhythm.at(d, rng.chance(0.4) ? 12 * 60 + rng.int(0, 30) : 20 * 60 + rng.int(0, 60));
        for (const p of cls) if (rng.chance(d === 1 ? 0.85 : 0.55)) people.vote(rng, p, post + rng.gamma(1.2, 12 * MINUTE), people.selection(rng, c.id), src);
      }
    }
  },
};
