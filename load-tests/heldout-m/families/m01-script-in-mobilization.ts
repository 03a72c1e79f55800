import { MINUTE } from '../../heldout/calendar';
import { makePhone, ua } from '../model/devices';
import { attackSource, honestSource, organicSize, rankedCandidate, scaled, weekday, type Family } from './family';

/**
 * A county pushes its residents one weekday morning and, in the same hour, the vendor the county
 * office hired "to be safe" runs a script for the same candidate: fresh 接码 accounts, one
 * copied Android user agent, two cloud /24s, one vote every ~10 s with sub-second jitter. The
 * script is under a third of the burst.
 */
export const scriptInMobilization: Family = {
  id: 'M1',
  kind: 'attack',
  description: 'script of ~1,000 cloud votes hidden in a county mobilization of thousands',
  seeds: [1, 2, 3],
  ballot: { category: 'county' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.25, 0.6);
    const city = ballot.places[ci].city;
    const d = weekday(ctx, 1, 3);
    const push = rhythm.at(d, rng.int(8 * 60 + 40, 9 * 60 + 30));
    // Government, school and hospital exits of the county seat, and the township offices.
    const nats = [
      ...Array.from({ length: rng.int(3, 5) }, () => net.nat(rng, 'gov', rng.int(1, 4))),
      ...Array.from({ length: rng.int(3, 5) }, () => net.nat(rng, 'edu', rng.int(1, 2))),
      ...Array.from({ length: 2 }, () => net.nat(rng, 'hospital', 1)),
    ];
    const residents = scaled(ctx.scale, rng.int(4000, 6500), 30);
    const mob = honestSource(ctx, 'county mobilization', ci, 'mobilization');
    const again = honestSource(ctx, 'county mobilization, later days', ci, 'mobilization-later');
    for (let i = 0; i < residents; i++) {
      const staff = rng.chance(0.6);
      const p = people.make(rng, { city, segment: staff ? 'office' : rng.chance(0.7) ? 'town' : 'elder', office: staff ? rng.pick(nats) : undefined });
      // Forwarded down the chain: county → township → village groups, each level a little later.
      const t = push + rng.gamma(1.4, 35 * MINUTE) + rng.pick([0, 0, 10, 25]) * MINUTE;
      people.vote(rng, p, t, people.selection(rng, ci, 0.8), mob);
      for (let e = d + 1; e < ballot.cal.dayCount; e++) {
        if (rng.chance(0.22)) people.vote(rng, p, rhythm.at(e, 8 * 60 + 30) + rng.gamma(1.3, 40 * MINUTE), people.selection(rng, ci, 0.8), again);
      }
    }
    // The script: under 30% of the residents, so well under a third of the burst.
    const scriptVotes = Math.min(scaled(ctx.scale, rng.int(900, 1150)), Math.floor(residents * 0.28));
    const subnets = [net.hosting24(rng), net.hosting24(rng)];
    const agent = ua(makePhone(rng, 'mid'), 'WIFI');
    const src = attackSource(ctx, 'script', ci, 'script');
    const step = rng.uniform(7.5, 12) * 1000;
    let t = push + rng.int(5, 40) * MINUTE;
    for (let i = 0; i < scriptVotes; i++) {
      ctx.ledger.add({ at: Math.round(t), accountId: ctx.ledger.newAccount(), candidateIds: [ballot.candidates[ci].id], ip: `${rng.pick(subnets)}.${rng.int(2, 254)}`, userAgent: agent, source: src });
      t += step + rng.uniform(-400, 400);
    }
  },
};
