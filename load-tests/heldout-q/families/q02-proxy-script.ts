import { makeDevice, userAgent } from '../model/devices';
import type { Elsewhere } from '../model/networks';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

const PROVINCES: readonly Elsewhere[] = ['guangdong', 'zhejiang', 'sichuan', 'fujian', 'shanghai'];
const YUNNAN = ['昆明市', '曲靖市', '红河州', '大理州', '玉溪市'];

/**
 * A script behind a paid proxy pool of residential and mobile exits: every vote a fresh account
 * and a different exit (a third of them in Yunnan), user agents from a short list of real
 * strings. Half the runs pace the votes on a village day's curve, half at a steady rate from
 * morning to night; one day or three to four.
 */
export const proxyScript: Family = {
  id: 'Q2',
  kind: 'attack',
  description: 'proxy-pool script: fresh accounts, residential/mobile exits, 10 UAs, curve or steady pace, 1-4 days',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, ledger, net, rhythm, crowd, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.6) ? 'mid' : 'upper');
    const uas = Array.from({ length: 10 }, () => userAgent(makeDevice(rng, rng.chance(0.5) ? 'city' : 'village'), rng.pick(['WIFI', '4G', '5G'] as const)));
    const steady = rng.chance(0.5);
    const days = rng.chance(0.35) ? daysFrom(ctx, rng.int(1, 5), 1) : daysFrom(ctx, rng.int(1, 3), rng.int(3, 4));
    for (const d of days) {
      const perDay = Math.max(scaled(scale, 500, 15), Math.round(crowd.perDay[ci] * rng.uniform(0.7, 1.3)));
      const src = source(ctx, 'attack', `q2-proxy-day${d}`, ci, 'q2-proxy');
      const from = rhythm.at(d, rng.uniform(7.5, 8.5));
      const until = rhythm.at(d, rng.uniform(22.5, 23.5));
      let t = from;
      for (let i = 0; i < perDay; i++) {
        if (steady) {
          t += rng.exponential((until - from) / perDay);
          if (t >= until) break;
        } else {
          t = rhythm.timeOnDay(rng, 'village', d, from);
          if (t >= until) continue;
        }
        const ip = rng.chance(0.35) ? net.mobile(rng, net.carrier(rng, 'central'), rng.pick(YUNNAN)) : rng.chance(0.5) ? net.elsewhere(rng, rng.pick(PROVINCES)) : net.broadband(rng, 'telecom', rng.pick(YUNNAN));
        ledger.add({ at: t, accountId: ledger.newAccount(), candidateIds: [ballot.candidates[ci].id], ip, userAgent: rng.pick(uas), source: src });
      }
    }
  },
};
