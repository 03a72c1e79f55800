import { MINUTE } from '../../heldout/calendar';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Xinhua county's natives run copy shops and work the lines all over Guangdong: 2,000-3,500 of
 * them, reminded by the hometown chamber's group every night at ~21:30, vote after it or in the
 * canteen at noon, on Guangdong mobile and shop broadband, most days of the week.
 */
export const guangdongDiaspora: Family = {
  id: 'L14',
  kind: 'legit',
  description: 'Xinhua natives in Guangdong vote nightly after the chamber group post',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['新化县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people, ballot } = ctx;
    const c = candidate(ctx, '新化县', 2);
    const members = Array.from({ length: scaled(ctx.scale, rng.int(2000, 3500)) }, () => ({
      p: people.person(rng, { city: '广东', profile: 'migrant', segment: 'migrant', home: rng.chance(0.55) }),
      joins: rng.weightedIndex([3, 2, 1.5, 1, 1, 0.5, 0.3]),
      keen: rng.uniform(0.45, 0.9),
      noon: rng.chance(0.25),
    }));
    for (let d = 0; clock(ctx, d, 19) < ballot.cal.closesAt; d++) {
      const src = ledger.source({ name: `diaspora-day${d}`, kind: 'legit', candidateId: c.id, group: 'diaspora' });
      const post = clock(ctx, d, 21.5 + rng.normal(0, 0.15));
      for (const m of members) {
        if (d < m.joins || !rng.chance(m.keen)) continue;
        const at = m.noon ? clock(ctx, d, 12 + rng.uniform(0, 1)) : post + rng.gamma(1.1, 35 * MINUTE);
        people.vote(rng, m.p, at, c.id, src);
      }
    }
  },
};
