import { makePhone, pickModel, phoneUa } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * P2, proxy script: a script behind a residential and mobile proxy pool (each vote another exit,
 * 55% on Sichuan carriers' ranges, the rest across China), fresh accounts, UAs drawn from a list
 * of eight real strings, sending at times drawn from the town day curve for four or five days at
 * 0.6–1× the candidate's own organic daily volume.
 */
export const proxyScript: Family = {
  id: 'P2',
  kind: 'attack',
  description: 'proxy script: many residential/mobile exits, 8 real UAs, organic day curve, 4-5 days',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, net, rhythm } = ctx;
    const target = crowd.atRank(rng, 0.35, 0.85);
    const cid = ballot.candidates[target].id;
    const uas = Array.from({ length: 8 }, () => phoneUa(makePhone(rng, pickModel(rng, 'town')), rng.pick(['WIFI', '4G', '5G'] as const)));
    const cities = [...new Set(ballot.places.map((p) => p.city))];
    const first = rng.int(1, 2);
    const days = rng.int(4, 5);
    const perDay = Math.max(scaled(ctx.scale, 150), Math.round(crowd.daily(target) * rng.uniform(0.6, 1)));
    for (let d = first; d < first + days; d++) {
      const src = ledger.source({ name: `P2 proxies day ${d}`, kind: 'attack', candidateId: cid, group: 'P2 proxy script' });
      const n = Math.round(perDay * rng.uniform(0.85, 1.15));
      for (let i = 0; i < n; i++) {
        const t = rhythm.timeOnDay(rng, 'town', d);
        const ip = rng.chance(0.55) ? (rng.chance(0.6) ? net.mobile(rng, rng.pick(cities), 'mobile') : net.broadband(rng)) : net.elsewhere(rng);
        ledger.add({ at: t, accountId: ledger.newAccount(), candidateIds: [cid], ip, userAgent: rng.pick(uas), source: src });
      }
    }
  },
};
