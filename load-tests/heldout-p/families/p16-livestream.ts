import { at, organicSize, scaled, type Family } from './family';

/**
 * P16, livestream push (honest): the county head sells local produce on a Douyin/WeChat Channels
 * livestream and puts the vote's QR code on screen twice an evening on two evenings; viewers
 * across Sichuan vote within minutes (exponential, mean 4 min) on their own phones and networks.
 */
export const livestream: Family = {
  id: 'P16',
  kind: 'legit',
  description: 'county head livestream: QR code on screen twice an evening, viewers vote in minutes',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people } = ctx;
    const target = crowd.atRank(rng, 0.2, 0.7);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const cities = [...new Set(ballot.places.map((p) => p.city))];
    const d1 = rng.int(1, 3);
    for (const d of [d1, d1 + rng.int(1, 3)]) {
      for (const hour of [20.5 + rng.uniform(0, 0.3), 21.3 + rng.uniform(0, 0.3)]) {
        const src = ledger.source({ name: `P16 live day ${d} ${hour.toFixed(2)}`, kind: 'legit', candidateId: cid, group: 'P16 livestream' });
        const viewers = scaled(ctx.scale, rng.int(1500, 3000), 10);
        const shown = at(ctx, d, hour);
        for (let i = 0; i < viewers; i++) {
          const r = rng.next();
          const p = people.make(rng, { segment: r < 0.6 ? 'town' : r < 0.85 ? 'elderly' : 'city', city: rng.chance(0.55) ? city : rng.pick(cities), candidate: target });
          people.vote(rng, p, shown + rng.exponential(4 * 60_000), src);
        }
      }
    }
  },
};
