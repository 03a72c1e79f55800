import { makePhone, modelByCode, phoneUa } from '../model/devices';
import { at, organicSize, scaled, type Family } from './family';

/**
 * P1, scripted burst: a vendor's script registers fresh accounts and votes for one candidate from
 * two or three cloud /24s, with one or two UA strings copied from real phones, one vote every
 * 2.5–4 s (±0.15 s) for one afternoon.
 */
export const scriptedBurst: Family = {
  id: 'P1',
  kind: 'attack',
  description: 'scripted burst: fresh accounts, 2-3 cloud /24s, 1-2 UAs, a vote every ~3 s, one afternoon',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, net } = ctx;
    const target = crowd.atRank(rng, 0.3, 0.8);
    const cid = ballot.candidates[target].id;
    const src = ledger.source({ name: 'P1 script', kind: 'attack', candidateId: cid });
    const prefixes = Array.from({ length: rng.int(2, 3) }, () => net.hostingPrefix());
    const uas = Array.from({ length: rng.int(1, 2) }, () => phoneUa(makePhone(rng, modelByCode(rng.pick(['23049RAD8C', 'V2254A', 'PHM110']))), 'WIFI'));
    const n = scaled(ctx.scale, rng.int(1200, 2400), 20);
    const gap = rng.uniform(2500, 4000);
    const start = at(ctx, rng.int(1, 4), rng.uniform(13, 16.5));
    for (let i = 0; i < n; i++) {
      const t = start + i * gap + rng.uniform(-150, 150);
      ledger.add({ at: t, accountId: ledger.newAccount(), candidateIds: [cid], ip: `${rng.pick(prefixes)}.${rng.int(10, 250)}`, userAgent: uas[i % uas.length], source: src });
    }
  },
};
