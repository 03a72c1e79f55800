import { MINUTE } from '../../heldout/calendar';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** A paid 互投/助力 group: strangers across China vote for the client on their own phones after each task post. */
export const mutualAidGroup: Family = {
  id: 'O5',
  kind: 'attack',
  description: 'paid vote-exchange groups: real strangers nationwide, own phones, minutes after each post, 4 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    const start = rng.int(1, 3);
    for (let d = start; d < start + 4; d++) {
      const src = ledger.source({ name: `exchange-day${d}`, kind: 'attack', candidateId: c.id, group: 'exchange' });
      for (let m = 9 * 60 + rng.int(0, 40); m < 23 * 60; m += rng.int(60, 130)) {
        const post = rhythm.at(d, m);
        const n = scaled(ctx.scale, rng.int(60, 170), 1);
        for (let i = 0; i < n; i++) {
          const region = rng.pick(['china', 'china', 'guangdong', 'zhejiang', 'jiangxi'] as const);
          const p = people.person(rng, { region, place: `x${rng.int(1, 40)}`, segment: rng.pick(['town', 'budget', 'city'] as const), homeShare: 0.5 });
          people.vote(rng, p, post + rng.gamma(1.1, 9 * MINUTE), people.selection(rng, c.id, 0), src);
        }
      }
    }
  },
};
