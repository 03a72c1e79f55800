import { supporter } from '../model/crowd';
import type { Person } from '../model/people';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * 接龙 relay in village WeChat groups: a cadre posts "已投请接龙" and members vote one after
 * another, each adding their name to the chain a minute or two after the previous one. 40-80
 * groups of 30-120 villagers, most evenings, on home Wi-Fi and mobile data.
 */
export const groupRelay: Family = {
  id: 'Q14',
  kind: 'legit',
  description: '接龙 relay: 40-80 village groups vote one after another in evening chains, most days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const groups: Person[][] = Array.from({ length: scaled(scale, rng.int(40, 80), 2) }, () => {
      let home: string | undefined;
      return Array.from({ length: rng.int(30, 120) }, () => {
        const p = supporter(rng, people, c, 'village', home !== undefined && rng.chance(0.25) ? home : undefined);
        home = p.home ?? home;
        return p;
      });
    });
    for (const d of daysFrom(ctx, 0, rhythm.days)) {
      const src = source(ctx, 'legit', `q14-relay-${d}`, ci, 'q14-relay');
      for (const g of groups) {
        if (!rng.chance(d === 0 ? 0.8 : 0.6)) continue;
        let t = rhythm.at(d, rng.chance(0.8) ? rng.uniform(19, 21.5) : rng.uniform(12, 13));
        const join = rng.uniform(0.4, 0.8);
        for (const p of rng.shuffle([...g])) {
          if (!rng.chance(join)) continue;
          t += rng.logNormal(70_000, 0.9);
          people.vote(rng, p, t, people.selection(rng, ci), src);
        }
      }
    }
  },
};
