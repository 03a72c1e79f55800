import type { Person } from '../model/crowd';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * 接龙 in Caowei's village groups: each day a village secretary posts the link and starts the relay
 * ("1. 张三 已投"); members vote and append their line one after another, each prompted by the
 * previous, so votes come as a chain 10-90 s apart; twenty-odd villages, morning or evening.
 */
export const relayChain: Family = {
  id: 'L16',
  kind: 'legit',
  description: 'relay chains (接龙) in village groups: members vote one after another daily',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['草尾镇'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people, ballot } = ctx;
    const c = candidate(ctx, '草尾镇', 2);
    const villages = Array.from({ length: rng.int(18, 30) }, () => ({
      members: Array.from({ length: scaled(ctx.scale, rng.int(40, 110), 3) }, (): Person =>
        people.person(rng, { city: c.city, profile: 'town', segment: rng.chance(0.3) ? 'elder' : 'county', home: rng.chance(0.6) }),
      ),
      hour: rng.chance(0.5) ? rng.uniform(6.5, 8) : rng.uniform(19.5, 21),
    }));
    for (let d = 1; clock(ctx, d, 19) < ballot.cal.closesAt; d++) {
      const src = ledger.source({ name: `relay-day${d}`, kind: 'legit', candidateId: c.id, group: 'relay' });
      for (const v of villages) {
        let t = clock(ctx, d, v.hour + rng.normal(0, 0.2));
        for (const p of rng.shuffle([...v.members])) {
          if (!rng.chance(0.75)) continue;
          t += rng.gamma(1.3, 30_000) + (rng.chance(0.05) ? rng.uniform(5, 40) * 60_000 : 0);
          people.vote(rng, p, t, c.id, src);
        }
      }
    }
  },
};
