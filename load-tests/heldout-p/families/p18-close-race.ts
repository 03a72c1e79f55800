import type { Person } from '../model/people';
import { at, organicSize, scaled, type Family } from './family';

/**
 * P18, close race (honest): two front-running neighbours are within a few hundred votes on the
 * last full days, so both counties call out their supporters on the same evenings: 2,500–4,500
 * each, reminders in their groups every 60–100 minutes from 18:30, gamma arrivals after each;
 * 70% come back the next evening too.
 */
export const closeRace: Family = {
  id: 'P18',
  kind: 'legit',
  description: 'close race: two leaders rally supporters on the same last evenings, reminders every ~80 min',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people } = ctx;
    const a = crowd.atRank(rng, 0, 0.2);
    const b = crowd.atRank(rng, 0, 0.25, [a]);
    const last = ballot.cal.dayCount - 2;
    for (const ci of [a, b]) {
      const cid = ballot.candidates[ci].id;
      const city = ballot.places[ci].city;
      const fans: Person[] = Array.from({ length: scaled(ctx.scale, rng.int(2500, 4500), 15) }, () =>
        people.make(rng, { segment: rng.chance(0.7) ? 'town' : rng.chance(0.5) ? 'city' : 'elderly', city: rng.chance(0.8) ? city : '成都', candidate: ci }),
      );
      for (const d of [last - 1, last]) {
        const src = ledger.source({ name: `P18 ${ballot.candidates[ci].name} day ${d}`, kind: 'legit', candidateId: cid, group: `P18 rally ${cid}` });
        const reminders: number[] = [];
        for (let h = 18.5 + rng.uniform(0, 0.5); h < 23; h += rng.uniform(1, 1.7)) reminders.push(at(ctx, d, h));
        for (const f of fans) if (d === last - 1 || rng.chance(0.7)) people.vote(rng, f, rng.pick(reminders) + rng.gamma(1.3, 12 * 60_000), src);
      }
    }
  },
};
