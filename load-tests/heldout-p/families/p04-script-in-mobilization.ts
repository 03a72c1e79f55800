import { makePhone, modelByCode, phoneUa } from '../model/devices';
import { at, organicSize, scaled, type Family } from './family';

/**
 * P4, script inside a genuine mobilization: a county's residents are called out one morning and
 * vote over the next hours on their own phones and networks (an honest surge); in the same hour
 * the vendor's script adds ~1,000 votes for the same candidate (never more than 40% of the
 * residents, so under a third of the burst): fresh accounts, one UA, two cloud /24s, one vote
 * every 5–8 s (±0.2 s).
 */
export const scriptInMobilization: Family = {
  id: 'P4',
  kind: 'attack',
  description: 'script inside a real county mobilization: ~1,000 votes, 1 UA, 2 cloud /24s, machine pace',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people, net } = ctx;
    const target = crowd.atRank(rng, 0.2, 0.6);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const push = at(ctx, rng.int(1, 3), rng.uniform(8.8, 10));
    const residents = scaled(ctx.scale, rng.int(4500, 6500), 30);
    const surge = ledger.source({ name: 'P4 county mobilization', kind: 'legit', candidateId: cid });
    for (let i = 0; i < residents; i++) {
      const p = people.make(rng, { segment: rng.chance(0.8) ? 'town' : 'elderly', city, candidate: target });
      people.vote(rng, p, push + rng.gamma(1.4, 30 * 60_000), surge);
    }
    const script = ledger.source({ name: 'P4 script', kind: 'attack', candidateId: cid });
    const n = Math.min(Math.floor(residents * 0.4), scaled(ctx.scale, rng.int(900, 1200), 5));
    const prefixes = [net.hostingPrefix(), net.hostingPrefix()];
    const ua = phoneUa(makePhone(rng, modelByCode('V2307A')), 'WIFI');
    const gap = rng.uniform(5000, 8000);
    const start = push + rng.uniform(10, 40) * 60_000;
    for (let i = 0; i < n; i++) {
      ledger.add({ at: start + i * gap + rng.uniform(-200, 200), accountId: ledger.newAccount(), candidateIds: [cid], ip: `${prefixes[i % 2]}.${rng.int(20, 230)}`, userAgent: ua, source: script });
    }
  },
};
