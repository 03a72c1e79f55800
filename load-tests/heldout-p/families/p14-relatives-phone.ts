import { at, organicSize, scaled, type Family } from './family';

/**
 * P14, one relative's phone for the whole family (honest): in a mountain county's villages the
 * young relative at home logs in each elder's WeChat account on their own phone after dinner and
 * votes 3–7 family accounts in turn, 40–150 s apart, over the home Wi-Fi (or 4G where there is
 * no broadband), on most days.
 */
export const relativesPhone: Family = {
  id: 'P14',
  kind: 'legit',
  description: 'village households: one relative votes 3-7 family accounts on one phone after dinner',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people, net } = ctx;
    const target = crowd.atRank(rng, 0.3, 0.8);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const households = Array.from({ length: scaled(ctx.scale, rng.int(180, 320), 3) }, () => {
      const helper = people.make(rng, { segment: 'town', city, candidate: target });
      const family = Array.from({ length: rng.int(2, 6) }, () => people.make(rng, { segment: 'elderly', city, candidate: target, phone: helper.phone, home: helper.home ?? null }));
      return { helper, members: [helper, ...family], habit: rng.uniform(19.3, 21.3), days: rng.uniform(0.55, 0.85) };
    });
    for (let d = 1; d < ballot.cal.dayCount - 1; d++) {
      const src = ledger.source({ name: `P14 households day ${d}`, kind: 'legit', candidateId: cid, group: 'P14 relatives phone' });
      for (const h of households) {
        if (!rng.chance(h.days)) continue;
        let t = at(ctx, d, h.habit + rng.normal(0, 0.4));
        const ip = h.helper.home ?? net.mobile(rng, city, h.helper.carrier);
        for (const m of h.members) {
          people.voteFrom(m, t, ip, h.helper.home ? 'WIFI' : '4G', src);
          t += rng.uniform(40, 150) * 1000;
        }
      }
    }
  },
};
