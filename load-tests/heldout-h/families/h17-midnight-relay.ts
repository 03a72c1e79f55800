import type { Voter } from '../model/people';
import { gansuCrowd, type Family } from './family';
import { clock, legitSource, local, rankedCandidate, scaled, SECOND, MINUTE } from './kit';

/**
 * The midnight relay (零点接力): a candidate's keenest supporters keep the page open and vote the
 * moment the new day starts, then post their screenshot to the group. Every midnight of the week
 * hundreds of votes land in the first minutes after 00:00 — a few too eager, a second early, are
 * refused and try again — with a tail over the next half hour. The same people night after night,
 * a few joining each night, at home on their Wi-Fi.
 */
export const midnightCheckIn: Family = {
  id: 'H17',
  kind: 'legit',
  description: 'midnight relay: the same few hundred vote in the first minutes after 00:00 nightly',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const c = rankedCandidate(ctx, rng, 1, 10);
    const join = (): Voter => {
      const r = rng.next();
      const v = r < 0.6 ? local(ctx, rng, c, rng.chance(0.4) ? 'youth' : 'adult') : r < 0.85 ? people.voter(rng, people.household(rng, people.lanzhou(rng), 'city'), 'adult', c.index) : people.voter(rng, people.migrantHousehold(rng, people.province(rng, 'migrants'), c.place), 'adult', c.index);
      v.loyalty = rng.chance(0.4) ? 0.95 : 0.7;
      return v;
    };
    const members = Array.from({ length: scaled(ctx, rng.int(300, 1200), 5) }, join);
    for (let d = 1; d < rhythm.days; d++) {
      const midnight = clock(ctx, d, 0);
      if (!rhythm.inWindow(midnight)) continue;
      const src = legitSource(ctx, `midnight:${d}`, c, 'midnight-relay');
      for (let i = Math.round(members.length * 0.05); i > 0; i--) members.push(join());
      for (const v of members) {
        if (!rng.chance(v.loyalty)) continue;
        if (rng.chance(0.03)) people.cast(rng, v, midnight - rng.uniform(1, 20) * SECOND, src);
        const t = rng.chance(0.75) ? midnight + (rng.exponential(25) + rng.uniform(0.5, 3)) * SECOND : midnight + rng.exponential(6) * MINUTE;
        if (rhythm.inWindow(t)) people.cast(rng, v, t, src);
      }
    }
  },
};
