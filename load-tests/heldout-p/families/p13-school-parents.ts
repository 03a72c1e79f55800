import { at, organicSize, scaled, type Family } from './family';

/**
 * P13, school parents (honest): the county's education bureau asks head teachers to forward the
 * vote to their class parent groups after school (16:30–17:45) on two days. 60–110 classes of
 * 35–55 parents; 65% of a class vote, most within two hours of the forward, at home or on the
 * way (home broadband, mobile data).
 */
export const schoolParents: Family = {
  id: 'P13',
  kind: 'legit',
  description: 'class parent groups: teachers forward after school, parents vote that evening, 2 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people } = ctx;
    const target = crowd.atRank(rng, 0.2, 0.7);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const classes = Array.from({ length: scaled(ctx.scale, rng.int(60, 110), 2) }, () =>
      Array.from({ length: rng.int(35, 55) }, () => people.make(rng, { segment: rng.chance(0.85) ? 'town' : 'elderly', city, candidate: target })),
    );
    const d1 = rng.int(1, 2);
    for (const d of [d1, d1 + rng.int(2, 3)]) {
      const src = ledger.source({ name: `P13 parents day ${d}`, kind: 'legit', candidateId: cid, group: 'P13 school parents' });
      for (const parents of classes) {
        const forward = at(ctx, d, rng.uniform(16.5, 17.75));
        for (const p of parents) if (rng.chance(0.65)) people.vote(rng, p, forward + rng.gamma(1.1, 55 * 60_000), src);
      }
    }
  },
};
