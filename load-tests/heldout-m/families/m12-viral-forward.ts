import { MINUTE } from '../../heldout/calendar';
import type { Province } from '../model/networks';
import { honestSource, organicSize, rankedCandidate, scaled, type Family } from './family';

const AWAY: readonly Province[] = ['jiangsu', 'shanghai', 'zhejiang', 'guangdong', 'beijing', 'other'];

/**
 * One evening a moving video about the township (a flood-defence story, a returning
 * entrepreneur) goes round WeChat with the vote link: seed groups at 19:00–20:00, each group's
 * members vote over the next half hour, some forward it on, cascading through hometown,
 * classmate and work groups across the country. A quarter come back the next evening.
 */
export const viralForward: Family = {
  id: 'M12',
  kind: 'legit',
  description: 'an evening viral forward cascading through groups across China',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.3, 0.8);
    const city = ballot.places[ci].city;
    const d = rng.int(2, 4);
    const target = scaled(ctx.scale, rng.int(6000, 11000), 50);
    const src = honestSource(ctx, 'viral evening', ci, 'viral');
    const next = honestSource(ctx, 'viral next evening', ci, 'viral-next');
    const queue: number[] = Array.from({ length: rng.int(8, 15) }, () => rhythm.at(d, 19 * 60) + rng.uniform(0, 60) * MINUTE);
    let voted = 0;
    while (queue.length > 0 && voted < target) {
      const forwardAt = queue.shift() as number;
      const members = Math.round(rng.logNormal(35, 0.9));
      for (let i = 0; i < members && voted < target; i++) {
        const r = rng.next();
        const p = r < 0.55 ? people.make(rng, { city, segment: rng.pick(['town', 'office', 'young', 'elder'] as const) }) : r < 0.92 ? people.make(rng, { city, province: rng.pick(AWAY), segment: 'migrant' }) : people.make(rng, { city: '合肥市', segment: 'office' });
        const t = forwardAt + rng.gamma(1.1, 9 * MINUTE);
        if (t >= ballot.cal.closesAt) continue;
        people.vote(rng, p, t, people.selection(rng, ci, 0.7), src);
        voted++;
        if (rng.chance(0.045)) queue.push(t + rng.exponential(10 * MINUTE));
        if (rng.chance(0.25)) {
          const t2 = rhythm.at(d + 1, 19 * 60 + 30) + rng.normal(0, 60) * MINUTE;
          if (t2 < ballot.cal.closesAt) people.vote(rng, p, t2, people.selection(rng, ci, 0.7), next);
        }
      }
      queue.sort((a, b) => a - b);
    }
  },
};
