import { at, organicSize, scaled, type Family } from './family';

/**
 * P3, lockstep group: a closed set of 200–450 accounts (members of a paid "task" group, each on
 * their own phone and network) votes for the same candidate every day on the organiser's call:
 * each day within a 6–14 minute window whose hour moves from day to day.
 */
export const lockstepGroup: Family = {
  id: 'P3',
  kind: 'attack',
  description: 'lockstep group: 200-450 fixed accounts, one candidate, daily 6-14 min window at a shifting hour',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people } = ctx;
    const target = crowd.atRank(rng, 0.25, 0.8);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const members = Array.from({ length: scaled(ctx.scale, rng.int(200, 450), 12) }, () =>
      people.make(rng, { segment: rng.chance(0.7) ? 'town' : 'city', city: rng.chance(0.6) ? city : '成都', candidate: target, single: true }),
    );
    const hours = rng.shuffle([8.5, 11, 12.5, 14, 19, 20.5, 22, 23]);
    const first = rng.int(0, 1);
    const last = ballot.cal.dayCount - 2;
    for (let d = first; d <= last; d++) {
      const start = at(ctx, d, hours[d % hours.length] + rng.uniform(0, 0.5));
      if (start < ballot.cal.opensAt) continue;
      const len = rng.uniform(6, 14) * 60_000;
      const src = ledger.source({ name: `P3 lockstep day ${d}`, kind: 'attack', candidateId: cid, group: 'P3 lockstep group' });
      const turnout = rng.uniform(0.9, 0.97);
      for (const m of members) if (rng.chance(turnout)) people.vote(rng, m, start + len * rng.next() ** 1.3, src);
    }
  },
};
