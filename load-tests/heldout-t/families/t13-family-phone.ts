import type { NetType } from '../model/devices';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Yuncheng households where one grandchild or daughter-in-law votes for the whole family: 2–5
 * accounts logged in one after another on the same phone over the home broadband, after dinner,
 * on most days.
 */
export const familyPhone: Family = {
  id: 'T13',
  kind: 'legit',
  description: 'Yuncheng households: one phone votes 2-5 family accounts after dinner',
  seeds: [1, 2],
  ballot: { include: ['郓城县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ledger } = ctx;
    const target = nominee(ctx.ballot, '郓城县');
    const households = Array.from({ length: scaled(ctx.scale, rng.int(260, 420), 4) }, () => {
      const helper = people.make(rng, target.city, { market: 'town', home: ctx.net.broadband(rng) });
      const others = Array.from({ length: rng.int(1, 4) }, () => ({ ...helper, account: ledger.newAccount() }));
      return { members: [helper, ...others], loyalty: rng.uniform(0.6, 0.9), evening: rng.int(19 * 60, 21 * 60) };
    });
    const source = daySources(ctx, 'T13 family phones', 'legit', target);
    for (let day = 0; day < rhythm.days; day++) {
      for (const h of households) {
        if (!rng.chance(h.loyalty)) continue;
        let at = rhythm.near(rng, day, h.evening, 30);
        const via = { ip: h.members[0].home ?? '', net: 'WIFI' as NetType };
        for (const m of h.members) {
          people.cast(rng, m, at, people.picks(rng, target.id), source(day), via);
          at += rng.uniform(40, 150) * 1000;
        }
      }
    }
  },
};
